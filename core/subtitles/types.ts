/** One timed caption as the site delivers it, in milliseconds of media time. */
export interface Cue {
  start: number;
  end: number;
  text: string;
  /** Word timings of an automatic (ASR) track, when the site gives them. */
  words?: TimedWord[];
}

export interface TimedWord {
  start: number;
  text: string;
}

/** A caption track read from a site, before sentence building. */
export interface CaptionTrack {
  /** The site's id of the video the track belongs to (YouTube video id, Bilibili cid, TikTok item id). */
  videoId: string;
  /** The track's language as the site names it (en, ai-zh, cmn-Hans-CN…). */
  language: string;
  /** Automatic speech recognition (YouTube `kind=asr`, Bilibili `ai-*`, TikTok `Source: ASR`). */
  automatic: boolean;
  cues: Cue[];
}

/** A display line: a sentence (or part of a long one) with its place on the timeline. */
export interface SubtitleLine {
  /** Stable within a track: `start-end` of the line. */
  id: string;
  start: number;
  end: number;
  text: string;
}

/** Caption text is plain text; the few entities some formats carry are decoded, tags dropped. */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'", lrm: '', rlm: '' };

export function cleanCueText(raw: string): string {
  return raw
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39|lrm|rlm);/g, (_, name: string) => ENTITIES[name] ?? '')
    // Control characters other than tab and line feed are never caption text.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}
