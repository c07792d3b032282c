import { z } from 'zod';
import { ferryErrorSchema } from './errors';
import { MAX_SEGMENT_CHARS } from './protocol';

/**
 * "Explain this post" streams over a runtime Port: one request from the tab,
 * then text pieces until done or error. Both directions are zod-validated.
 */
export const EXPLAIN_PORT = 'ferry-explain';

export const explainRequestSchema = z.object({
  type: z.literal('explain'),
  text: z.string().trim().min(1).max(MAX_SEGMENT_CHARS),
  translation: z.string().max(MAX_SEGMENT_CHARS).optional(),
});
export type ExplainRequest = z.infer<typeof explainRequestSchema>;

export const explainEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('delta'), text: z.string().max(10_000) }),
  z.object({ type: z.literal('done') }),
  z.object({ type: z.literal('error'), error: ferryErrorSchema }),
]);
export type ExplainEvent = z.infer<typeof explainEventSchema>;
