import { z } from 'zod';
import { cleanCueText, type Cue } from './types';

/**
 * YouTube's json3 timedtext (`/api/timedtext?…&fmt=json3`), the format the web
 * player requests. See docs/subtitle-formats.md for the fields and sources.
 */
const MAX_EVENTS = 20_000;
const MAX_SEGS = 200;

const segSchema = z.object({
  utf8: z.string().max(2_000).optional(),
  tOffsetMs: z.number().int().min(0).max(86_400_000).optional(),
  acAsrConf: z.number().optional(),
});

const eventSchema = z.object({
  tStartMs: z.number().int().min(0).max(86_400_000),
  dDurationMs: z.number().int().min(0).max(86_400_000).optional(),
  wWinId: z.number().int().optional(),
  aAppend: z.number().int().optional(),
  segs: z.array(segSchema).max(MAX_SEGS).optional(),
});

export const json3Schema = z.object({
  wireMagic: z.string().max(20).optional(),
  events: z.array(eventSchema.or(z.unknown().transform(() => undefined))).max(MAX_EVENTS),
});
export type Json3 = z.infer<typeof json3Schema>;

/**
 * Events with text become cues. Window events (no segs) and the `aAppend`
 * "\n" events that roll an ASR caption window up are dropped. Automatic tracks
 * keep each word's start (`tStartMs + tOffsetMs`), and since their events stay
 * on screen until the line after next starts, a cue ends where the next begins.
 */
export function parseJson3(raw: unknown): Cue[] {
  const parsed = json3Schema.safeParse(raw);
  if (!parsed.success) return [];
  const cues: Cue[] = [];
  for (const event of parsed.data.events) {
    if (!event?.segs || event.aAppend) continue;
    const words = event.segs
      .filter((seg) => seg.utf8 !== undefined && seg.utf8 !== '\n')
      .map((seg) => ({ start: event.tStartMs + (seg.tOffsetMs ?? 0), text: seg.utf8! }));
    const text = cleanCueText(words.map((word) => word.text).join('').replace(/\n/g, ' '));
    if (!text) continue;
    const end = event.tStartMs + (event.dDurationMs ?? 0);
    const cue: Cue = { start: event.tStartMs, end: Math.max(end, event.tStartMs), text };
    // Word timings only matter when there are several words with their own offsets (ASR).
    if (words.length > 1 && event.segs.some((seg) => seg.tOffsetMs !== undefined)) {
      cue.words = words.map((word) => ({ start: word.start, text: cleanCueText(word.text) })).filter((word) => word.text);
    }
    cues.push(cue);
  }
  cues.sort((a, b) => a.start - b.start);
  // Rolling ASR windows overlap; a cue's own speech ends where the next one's starts.
  for (let index = 0; index < cues.length - 1; index++) {
    const next = cues[index + 1]!;
    if (cues[index]!.end > next.start && cues[index]!.words) cues[index]!.end = Math.max(next.start, cues[index]!.start);
  }
  return cues;
}

/** The video id and track of a timedtext request URL (`v`, `lang`, `kind=asr`). */
export function timedtextRequest(url: string): { videoId: string; language: string; automatic: boolean } | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url, 'https://www.youtube.com');
  } catch {
    return undefined;
  }
  if (!/(^|\.)youtube\.com$/.test(parsed.hostname) || parsed.pathname !== '/api/timedtext') return undefined;
  const videoId = parsed.searchParams.get('v') ?? '';
  if (!/^[\w-]{6,20}$/.test(videoId)) return undefined;
  // Translated tracks (`tlang`) are YouTube's own machine translation, not the spoken words.
  if (parsed.searchParams.has('tlang')) return undefined;
  const format = parsed.searchParams.get('fmt');
  if (format !== null && format !== 'json3') return undefined;
  return { videoId, language: (parsed.searchParams.get('lang') ?? '').slice(0, 20), automatic: parsed.searchParams.get('kind') === 'asr' };
}
