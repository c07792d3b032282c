import type { Cue, SubtitleLine } from './types';

/** A gap in speech this long ends a sentence even without punctuation. */
export const PAUSE_MS = 900;
/** No line flashes for less than this. */
export const MIN_LINE_MS = 700;
/** A sentence longer than this is shown in parts, cut at a clause or word boundary. */
export const MAX_LINE_MS = 7_000;
const MAX_LINE_CHARS = { cjk: 36, other: 110 };

const CJK = /[\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;
const CLAUSE_END = /[,，、;；:：—–]$/;

interface Token {
  text: string;
  start: number;
  end: number;
  /** A whole cue (not an ASR word): its end is a line break the captioner chose. */
  whole?: boolean;
}

/** An ASR event stays on screen until the line after next starts, so its last word's end is a guess: at most this long. */
const LAST_WORD_MS = 800;

/** A run of text with each character's media time, so any cut can be put back on the timeline. */
interface TimedText {
  text: string;
  /** Per token: where it starts in `text`, and its times. */
  spans: { from: number; to: number; start: number; end: number }[];
}

function tokensOf(cues: Cue[]): Token[] {
  const tokens: Token[] = [];
  for (const cue of cues) {
    if (cue.words?.length) {
      cue.words.forEach((word, index) => {
        const next = cue.words![index + 1];
        const end = next ? next.start : Math.min(cue.end, word.start + LAST_WORD_MS);
        tokens.push({ text: word.text, start: word.start, end: Math.max(word.start, end) });
      });
    } else {
      tokens.push({ text: cue.text.replace(/\s*\n\s*/g, ' '), start: cue.start, end: cue.end, whole: true });
    }
  }
  return tokens.filter((token) => token.text.trim());
}

/** Latin words are joined with a space; Chinese and Japanese text is not. */
function joiner(left: string, right: string): string {
  if (/\s$/.test(left) || /^\s/.test(right)) return '';
  if (CJK.test(left.at(-1) ?? '') || CJK.test(right[0] ?? '')) return '';
  return ' ';
}

function timed(tokens: Token[]): TimedText {
  let text = '';
  const spans: TimedText['spans'] = [];
  for (const token of tokens) {
    const piece = token.text.trim();
    text += text ? joiner(text, piece) : '';
    spans.push({ from: text.length, to: text.length + piece.length, start: token.start, end: token.end });
    text += piece;
  }
  return { text, spans };
}

/** The media time at a character offset, read off the token it falls in (linear within a token). */
function timeAt(timedText: TimedText, offset: number, edge: 'start' | 'end'): number {
  const spans = timedText.spans;
  for (const span of spans) {
    if (edge === 'start' ? offset < span.to : offset <= span.to) {
      if (offset <= span.from) return span.start;
      const share = (offset - span.from) / Math.max(1, span.to - span.from);
      return Math.round(span.start + share * (span.end - span.start));
    }
  }
  return spans.at(-1)?.end ?? 0;
}

/**
 * Splits where speech pauses: the pieces are never one sentence. Chinese and
 * Japanese cues rarely carry punctuation, and each is a phrase the captioner
 * chose, so their ends split too; Latin cues that end mid-sentence are joined.
 */
function splitAtPauses(tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  for (const token of tokens) {
    const previous = run.at(-1);
    const phraseEnd = previous?.whole && token.whole && (CJK.test(previous.text.trimEnd().at(-1) ?? '') || CJK.test(token.text.trimStart()[0] ?? ''));
    if (previous && (token.start - previous.end >= PAUSE_MS || phraseEnd)) {
      runs.push(run);
      run = [];
    }
    run.push(token);
  }
  if (run.length) runs.push(run);
  return runs;
}

let sentenceSegmenter: Intl.Segmenter | undefined;
let wordSegmenter: Intl.Segmenter | undefined;

function sentences(text: string): { from: number; to: number }[] {
  sentenceSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'sentence' });
  const out: { from: number; to: number }[] = [];
  for (const part of sentenceSegmenter.segment(text)) {
    const from = part.index + (part.segment.length - part.segment.trimStart().length);
    const to = part.index + part.segment.trimEnd().length;
    if (to > from) out.push({ from, to });
  }
  return out;
}

/** Cuts a too-long stretch in two: at the clause mark nearest the middle, else at the word boundary nearest it. */
function cut(text: string, from: number, to: number): number | undefined {
  const middle = (from + to) / 2;
  let best: number | undefined;
  const consider = (offset: number) => {
    if (offset <= from + 1 || offset >= to - 1) return;
    if (best === undefined || Math.abs(offset - middle) < Math.abs(best - middle)) best = offset;
  };
  for (let index = from; index < to; index++) if (CLAUSE_END.test(text[index]!)) consider(index + 1);
  if (best !== undefined && Math.abs(best - middle) < (to - from) / 3) return best;
  best = undefined;
  wordSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  for (const part of wordSegmenter.segment(text.slice(from, to))) consider(from + part.index);
  return best;
}

function tooLong(text: string, start: number, end: number): boolean {
  const cjk = CJK.test(text);
  return end - start > MAX_LINE_MS || text.length > (cjk ? MAX_LINE_CHARS.cjk : MAX_LINE_CHARS.other);
}

/**
 * Builds display lines from a track's cues: fragments (ASR words, cues that
 * break mid-sentence) are joined, cut into sentences with Intl.Segmenter and at
 * pauses, long sentences cut again at clauses, and each piece put back on the
 * timeline through the times of the words it came from. A line lasts at least
 * MIN_LINE_MS unless the next line starts sooner, and never past the next line.
 */
export function buildLines(cues: Cue[]): SubtitleLine[] {
  const pieces: { text: string; start: number; end: number }[] = [];
  for (const run of splitAtPauses(tokensOf([...cues].sort((a, b) => a.start - b.start)))) {
    const timedText = timed(run);
    const stack = sentences(timedText.text).reverse();
    while (stack.length) {
      const range = stack.pop()!;
      const text = timedText.text.slice(range.from, range.to).trim();
      const start = timeAt(timedText, range.from, 'start');
      const end = timeAt(timedText, range.to, 'end');
      const at = tooLong(text, start, end) ? cut(timedText.text, range.from, range.to) : undefined;
      if (at !== undefined) {
        stack.push({ from: at, to: range.to }, { from: range.from, to: at });
        continue;
      }
      if (text) pieces.push({ text, start, end: Math.max(start, end) });
    }
  }
  pieces.sort((a, b) => a.start - b.start);
  const lines: SubtitleLine[] = [];
  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index]!;
    const next = pieces[index + 1];
    let end = Math.max(piece.end, piece.start + MIN_LINE_MS);
    if (next) end = Math.min(end, Math.max(next.start, piece.end));
    const previous = lines.at(-1);
    // Still a flash (the next line starts at once): it joins the next line instead.
    if (end - piece.start < MIN_LINE_MS && next) {
      next.text = `${piece.text}${joiner(piece.text, next.text)}${next.text}`;
      next.start = piece.start;
      continue;
    }
    const start = previous ? Math.max(piece.start, previous.end) : piece.start;
    lines.push({ id: `${start}-${end}`, start, end, text: piece.text });
  }
  return lines;
}

/** The line showing at `time`, by binary search (lines are sorted and do not overlap). */
export function lineAt(lines: SubtitleLine[], time: number): SubtitleLine | undefined {
  let low = 0;
  let high = lines.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const line = lines[middle]!;
    if (time < line.start) high = middle - 1;
    else if (time >= line.end) low = middle + 1;
    else return line;
  }
  return undefined;
}

/** The first line start or end after `time`: when what is shown changes next. */
export function nextBoundary(lines: SubtitleLine[], time: number): number | undefined {
  let low = 0;
  let high = lines.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (lines[middle]!.end <= time) low = middle + 1;
    else high = middle;
  }
  const line = lines[low];
  if (!line) return undefined;
  return line.start > time ? line.start : line.end;
}
