import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLines, lineAt, MIN_LINE_MS } from './sentences';
import { parseJson3 } from './youtube-json3';
import { parseBilibiliSubtitle } from './bilibili';
import type { Cue } from './types';

const json = (name: string) => JSON.parse(readFileSync(path.resolve('test/fixtures/subtitles', name), 'utf8')) as unknown;

function checkTimeline(lines: ReturnType<typeof buildLines>) {
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    expect(line.end).toBeGreaterThan(line.start);
    if (index > 0) expect(line.start).toBeGreaterThanOrEqual(lines[index - 1]!.end);
  }
}

describe('sentence building', () => {
  it('joins ASR fragments into sentences at pauses and puts them back on the word timeline', () => {
    const lines = buildLines(parseJson3(json('youtube-asr-en.json3')));
    expect(lines.map((line) => line.text)).toEqual([
      'so today we are making dumplings from scratch',
      'no cap this recipe is the best one I know',
      'first we mix the flour with warm water',
      'then we let the dough rest for an hour',
      'see you next time',
    ]);
    // From the first word to the last word's end, not to the end of the rolling window.
    expect([lines[0]!.start, lines[0]!.end]).toEqual([500, 3500]);
    expect(lines[1]!.start).toBe(4800);
    expect(lines.at(-1)!.end).toBe(20000);
    checkTimeline(lines);
  });

  it('joins Latin cues that break mid-sentence, and cuts sentences that share a cue', () => {
    const cues: Cue[] = [
      { start: 0, end: 2000, text: 'All right, so here we are, in front of the' },
      { start: 2000, end: 3000, text: 'elephants. The cool thing about these guys' },
      { start: 3000, end: 5000, text: 'is that they have really long trunks.' },
    ];
    const lines = buildLines(cues);
    expect(lines.map((line) => line.text)).toEqual(['All right, so here we are, in front of the elephants.', 'The cool thing about these guys is that they have really long trunks.']);
    // The second sentence starts inside the second cue, at its share of the cue's time.
    expect(lines[1]!.start).toBeGreaterThan(2000);
    expect(lines[1]!.start).toBeLessThan(2600);
    checkTimeline(lines);
  });

  it('keeps each Chinese cue a line of its own (no punctuation to go by)', () => {
    const lines = buildLines(parseBilibiliSubtitle(json('bilibili-ai-zh.json')));
    expect(lines.map((line) => line.text)).toEqual(['大家好 今天带大家去成都吃火锅', '这家店的牛油锅底真的yyds', '毛肚七上八下刚刚好', '看完是不是已经被种草了', '记得点赞投币收藏', '我们下期再见']);
    checkTimeline(lines);
  });

  it('never flashes a line for less than 700 ms: a short one lasts longer or joins the next', () => {
    const lines = buildLines([
      { start: 0, end: 200, text: 'Yes.' },
      { start: 3000, end: 3300, text: 'Oh.' },
      { start: 3350, end: 5000, text: 'That was quick.' },
    ]);
    expect(lines.map((line) => [line.text, line.start, line.end])).toEqual([
      ['Yes.', 0, MIN_LINE_MS],
      ['Oh. That was quick.', 3000, 5000],
    ]);
  });

  it('handles overlapping, empty and out-of-order cues', () => {
    const lines = buildLines([
      { start: 4000, end: 6000, text: 'Second line here.' },
      { start: 1000, end: 4500, text: 'First line overlaps.' },
      { start: 7000, end: 8000, text: '   ' },
    ]);
    expect(lines.map((line) => line.text)).toEqual(['First line overlaps.', 'Second line here.']);
    checkTimeline(lines);
    expect(buildLines([])).toEqual([]);
  });

  it('cuts a long sentence at a clause mark and keeps the pieces in time order', () => {
    const words = 'we walked all the way up the hill behind the old temple, and when we finally got there the view over the whole valley was absolutely worth every single step of it'.split(' ');
    const cue: Cue = { start: 0, end: 14_000, text: words.join(' '), words: words.map((text, index) => ({ start: index * 400, text })) };
    const lines = buildLines([cue]);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[0]!.text.endsWith('temple,')).toBe(true);
    expect(lines.map((line) => line.text).join(' ')).toBe(cue.text);
    for (const line of lines) expect(line.end - line.start).toBeLessThanOrEqual(7_000);
    checkTimeline(lines);
  });

  it('finds the line at a time by binary search', () => {
    const lines = buildLines(parseJson3(json('youtube-asr-en.json3')));
    expect(lineAt(lines, 499)).toBeUndefined();
    expect(lineAt(lines, 500)?.text).toMatch(/^so today/);
    expect(lineAt(lines, 5000)?.text).toMatch(/no cap/);
    expect(lineAt(lines, 4000)).toBeUndefined();
    expect(lineAt(lines, 25_000)).toBeUndefined();
  });
});
