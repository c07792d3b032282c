import { z } from 'zod';

/**
 * Messages between the background and the offscreen document that hosts the
 * Translator API on browsers whose service worker lacks it.
 */
export const offscreenRequestSchema = z.discriminatedUnion('op', [
  z.object({ channel: z.literal('ferry-offscreen'), op: z.literal('availability'), sourceLanguage: z.string().max(20), targetLanguage: z.string().max(20) }),
  z.object({
    channel: z.literal('ferry-offscreen'),
    op: z.literal('translate'),
    sourceLanguage: z.string().max(20),
    targetLanguage: z.string().max(20),
    text: z.string().max(20_000),
  }),
  // LanguageDetector, like Translator, is exposed on Window only: the service worker asks here.
  z.object({ channel: z.literal('ferry-offscreen'), op: z.literal('detector-availability') }),
  z.object({ channel: z.literal('ferry-offscreen'), op: z.literal('detect'), text: z.string().max(20_000) }),
]);
export type OffscreenRequest = z.infer<typeof offscreenRequestSchema>;

export const offscreenReplySchema = z.union([
  z.object({ ok: z.literal(true), availability: z.enum(['unavailable', 'downloadable', 'downloading', 'available']) }),
  z.object({ ok: z.literal(true), translation: z.string() }),
  z.object({ ok: z.literal(true), detections: z.array(z.object({ detectedLanguage: z.string().max(35), confidence: z.number() })).max(100) }),
  z.object({ ok: z.literal(false), name: z.string(), message: z.string() }),
]);
export type OffscreenReply = z.infer<typeof offscreenReplySchema>;
