import { cleanCueText, type Cue } from './types';

/**
 * WebVTT (W3C), as TikTok serves the files listed in `subtitleInfos`. Only
 * what a caption needs: cue timings and text. Cue settings, NOTE, STYLE and
 * REGION blocks, and inline tags and timestamps are dropped.
 */
const TIMING = /^(?:(\d{1,3}):)?(\d{1,2}):(\d{2})[.,](\d{3})\s+-->\s+(?:(\d{1,3}):)?(\d{1,2}):(\d{2})[.,](\d{3})/;

const ms = (hours: string | undefined, minutes: string, seconds: string, millis: string) =>
  ((Number(hours ?? 0) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000 + Number(millis);

export function parseWebVtt(source: string): Cue[] {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!/^WEBVTT(?:[ \t\n]|$)/.test(text)) return [];
  const cues: Cue[] = [];
  for (const block of text.split(/\n{2,}/).slice(1)) {
    const lines = block.split('\n');
    const timingIndex = lines.findIndex((line) => line.includes('-->'));
    if (timingIndex === -1 || /^(NOTE|STYLE|REGION)\b/.test(lines[0] ?? '')) continue;
    const match = TIMING.exec(lines[timingIndex]!.trim());
    if (!match) continue;
    const start = ms(match[1], match[2]!, match[3]!, match[4]!);
    const end = ms(match[5], match[6]!, match[7]!, match[8]!);
    const body = cleanCueText(lines.slice(timingIndex + 1).join('\n'));
    if (!body || end < start) continue;
    cues.push({ start, end, text: body });
    if (cues.length >= 20_000) break;
  }
  return cues.sort((a, b) => a.start - b.start);
}
