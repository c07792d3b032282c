import { z } from 'zod';
import { lazySchema } from '../../messaging/lazy-schema';
import { codedTopicSchema } from './schema';

export const MAX_DECODE_CHARS = 10_000;

const bilingualSchema = lazySchema(() => z.object({ en: z.string().max(1_000), 'zh-Hans': z.string().max(1_000) }));

/** One decoded span of a post, as the background reports it to the moderation overlay. */
export const codedLineSchema = lazySchema(() => z.object({
  entryId: z.string().max(100),
  topic: codedTopicSchema,
  /** Span in the text that was sent (UTF-16 offsets) and what the author wrote there. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  written: z.string().max(200),
  meaning: bilingualSchema,
  care: bilingualSchema.optional(),
  source: z.object({ title: z.string().max(500), url: z.string().max(2_000) }),
}));
export type CodedLine = z.infer<typeof codedLineSchema>;

/** Spread into the protocol: a site's content script asks the background to decode a post's text. */
export const codedMessages = {
  codedDecode: {
    from: 'site-content',
    request: lazySchema(() => z.object({ text: z.string().max(MAX_DECODE_CHARS) })),
    response: lazySchema(() => z.object({ lines: z.array(codedLineSchema).max(50) })),
  },
} as const;
