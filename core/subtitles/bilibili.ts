import { z } from 'zod';
import { cleanCueText, type Cue } from './types';

/** Bilibili's subtitle JSON (the file `subtitle_url` points at): `body` is a list of cues in seconds. */
const bodySchema = z.object({
  body: z
    .array(
      z.object({
        from: z.number().min(0).max(86_400),
        to: z.number().min(0).max(86_400),
        content: z.string().max(2_000),
      }).or(z.unknown().transform(() => undefined)),
    )
    .max(20_000),
});

export function parseBilibiliSubtitle(raw: unknown): Cue[] {
  const parsed = bodySchema.safeParse(raw);
  if (!parsed.success) return [];
  return parsed.data.body
    .flatMap((item) => {
      if (!item) return [];
      const text = cleanCueText(item.content.replace(/\\n/g, '\n'));
      if (!text) return [];
      const start = Math.round(item.from * 1000);
      return [{ start, end: Math.max(start, Math.round(item.to * 1000)), text }];
    })
    .sort((a, b) => a.start - b.start);
}

/** One entry of `data.subtitle.subtitles` in the player's `/x/player/wbi/v2` answer. */
export interface BilibiliTrackInfo {
  lan: string;
  lanDoc: string;
  url: string;
  automatic: boolean;
}

const trackSchema = z.object({
  lan: z.string().max(20),
  lan_doc: z.string().max(60).optional(),
  subtitle_url: z.string().max(2_000),
  type: z.number().optional(),
});

export const bilibiliPlayerSchema = z.object({
  data: z.object({
    cid: z.number().int().optional(),
    bvid: z.string().max(20).optional(),
    subtitle: z.object({ subtitles: z.array(trackSchema.or(z.unknown().transform(() => undefined))).max(50).optional() }).optional(),
  }),
});

/**
 * Only subtitle files on Bilibili's own subtitle host are accepted: the URL
 * comes from the page and is fetched by Ferry, so it must not lead anywhere else.
 */
export function subtitleFileUrl(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw.startsWith('//') ? `https:${raw}` : raw);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (!/(^|\.)hdslb\.com$/.test(url.hostname)) return undefined;
  url.protocol = 'https:';
  return url.href;
}

export function parseBilibiliPlayer(raw: unknown): { cid?: number; tracks: BilibiliTrackInfo[] } | undefined {
  const parsed = bilibiliPlayerSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const tracks: BilibiliTrackInfo[] = [];
  for (const item of parsed.data.data.subtitle?.subtitles ?? []) {
    if (!item) continue;
    const url = subtitleFileUrl(item.subtitle_url);
    if (!url) continue;
    tracks.push({ lan: item.lan, lanDoc: item.lan_doc ?? item.lan, url, automatic: item.lan.startsWith('ai-') || item.type === 1 });
  }
  return { cid: parsed.data.data.cid, tracks };
}

/** A track written by people beats the automatic one; Chinese first, as the video's own language. */
export function chooseBilibiliTrack(tracks: BilibiliTrackInfo[]): BilibiliTrackInfo | undefined {
  const rank = (track: BilibiliTrackInfo) => (track.automatic ? 2 : 0) + (/zh/i.test(track.lan) ? 0 : 1);
  return [...tracks].sort((a, b) => rank(a) - rank(b))[0];
}
