import { z } from 'zod';
import { cleanCueText, type Cue } from './types';

/**
 * TikTok's video page embeds its data as JSON in
 * `<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__">`; the item's
 * `video.subtitleInfos` lists WebVTT caption files (see docs/subtitle-formats.md).
 */
export interface TiktokTrackInfo {
  videoId: string;
  language: string;
  url: string;
  automatic: boolean;
}

const infoSchema = z.object({
  LanguageCodeName: z.string().max(40),
  Url: z.string().max(4_000),
  Format: z.string().max(20).optional(),
  Source: z.string().max(20).optional(),
  isOriginalCaption: z.boolean().optional(),
});

const pageSchema = z.object({
  __DEFAULT_SCOPE__: z.object({
    'webapp.video-detail': z.object({
      itemInfo: z.object({
        itemStruct: z.object({
          id: z.string().max(40),
          video: z.object({ subtitleInfos: z.array(infoSchema.or(z.unknown().transform(() => undefined))).max(50).optional() }),
        }),
      }),
    }),
  }),
});

/** Caption files must come from TikTok's CDN: the URL is from the page and Ferry fetches it. */
function captionUrl(raw: string): string | undefined {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' && /(^|\.)(tiktokcdn(-[a-z]+)?\.com|tiktokcdn-us\.com|tiktok\.com)$/.test(url.hostname) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function tiktokTracks(pageJson: unknown): { videoId: string; tracks: TiktokTrackInfo[] } | undefined {
  const parsed = pageSchema.safeParse(pageJson);
  if (!parsed.success) return undefined;
  const item = parsed.data.__DEFAULT_SCOPE__['webapp.video-detail'].itemInfo.itemStruct;
  const tracks: TiktokTrackInfo[] = [];
  for (const info of item.video.subtitleInfos ?? []) {
    // MT tracks are TikTok's own machine translations, not what is said.
    if (!info || (info.Format && info.Format !== 'webvtt') || info.Source === 'MT') continue;
    const url = captionUrl(info.Url);
    if (url) tracks.push({ videoId: item.id, language: info.LanguageCodeName, url, automatic: info.Source === 'ASR' });
  }
  // The original-language caption first.
  const original = item.video.subtitleInfos?.find((info) => info?.isOriginalCaption);
  tracks.sort((a, b) => Number(b.language === original?.LanguageCodeName) - Number(a.language === original?.LanguageCodeName));
  return { videoId: item.id, tracks };
}

/** Douyin and TikTok's automatic captions (`auto_captions` files): `utterances` in milliseconds. */
const utterancesSchema = z.object({
  utterances: z.array(z.object({ start_time: z.number().min(0), end_time: z.number().min(0), text: z.string().max(2_000) }).or(z.unknown().transform(() => undefined))).max(20_000),
});

export function parseUtterances(raw: unknown): Cue[] {
  const parsed = utterancesSchema.safeParse(raw);
  if (!parsed.success) return [];
  return parsed.data.utterances
    .flatMap((item) => {
      const text = item ? cleanCueText(item.text) : '';
      return item && text ? [{ start: Math.round(item.start_time), end: Math.max(Math.round(item.start_time), Math.round(item.end_time)), text }] : [];
    })
    .sort((a, b) => a.start - b.start);
}
