import { z } from 'zod';

/**
 * What the main-world subtitles bridge may tell the content script, and the
 * one thing the content script may ask it. Page scripts can dispatch these
 * events too, so the content script validates every detail with the same
 * schema; nothing in them is more than caption text and times, drawn as text.
 */
export const SUBTITLES_EVENT = 'ferry:subtitles';
export const SUBTITLES_REQUEST_EVENT = 'ferry:subtitles-request';

export const MAX_BRIDGED_CUES = 10_000;

const cueSchema = z.object({
  start: z.number().int().min(0).max(86_400_000),
  end: z.number().int().min(0).max(86_400_000),
  text: z.string().min(1).max(2_000),
  words: z.array(z.object({ start: z.number().int().min(0).max(86_400_000), text: z.string().max(200) })).max(200).optional(),
});

export const bridgeMessageSchema = z.discriminatedUnion('kind', [
  /** Cues of the track the YouTube player itself loaded. */
  z.object({
    kind: z.literal('youtube-track'),
    videoId: z.string().regex(/^[\w-]{6,20}$/),
    language: z.string().max(20),
    automatic: z.boolean(),
    cues: z.array(cueSchema).max(MAX_BRIDGED_CUES),
  }),
  /** How many caption tracks the YouTube player response lists for a video (0: the video has none). */
  z.object({ kind: z.literal('youtube-tracks'), videoId: z.string().regex(/^[\w-]{6,20}$/), count: z.number().int().min(0).max(200) }),
  /** The subtitle list of Bilibili's player answer (URLs already limited to Bilibili's subtitle host). */
  z.object({
    kind: z.literal('bilibili-tracks'),
    cid: z.number().int().min(0).optional(),
    tracks: z.array(z.object({ lan: z.string().max(20), lanDoc: z.string().max(60), url: z.string().url().max(2_000), automatic: z.boolean() })).max(50),
  }),
]);
export type BridgeMessage = z.infer<typeof bridgeMessageSchema>;

/** Reads one bridge event detail (a JSON string: objects do not cross between worlds). */
export function readBridgeDetail(detail: unknown): BridgeMessage | undefined {
  if (typeof detail !== 'string' || detail.length > 5_000_000) return undefined;
  try {
    const parsed = bridgeMessageSchema.safeParse(JSON.parse(detail));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
