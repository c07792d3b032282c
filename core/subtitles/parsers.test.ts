import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJson3, timedtextRequest } from './youtube-json3';
import { chooseBilibiliTrack, parseBilibiliPlayer, parseBilibiliSubtitle, subtitleFileUrl } from './bilibili';
import { parseWebVtt } from './webvtt';
import { parseUtterances, tiktokTracks } from './tiktok';

const fixture = (name: string) => readFileSync(path.resolve('test/fixtures/subtitles', name), 'utf8');
const json = (name: string) => JSON.parse(fixture(name)) as unknown;

describe('YouTube json3', () => {
  it('reads an ASR track: window and "\\n" append events dropped, word starts kept, rolling overlaps cut', () => {
    const cues = parseJson3(json('youtube-asr-en.json3'));
    expect(cues.map((cue) => cue.text)).toEqual([
      'so today we are making',
      'dumplings from scratch',
      'no cap this recipe is',
      'the best one I know',
      'first we mix the flour',
      'with warm water',
      'then we let the dough',
      'rest for an hour',
      'see you next time',
    ]);
    expect(cues[0]!.words!.map((word) => word.start)).toEqual([500, 800, 1100, 1400, 1700]);
    // Shown until the line after next in the file; its own speech ends where the next line starts.
    expect(cues[0]!.end).toBe(2000);
    expect(cues.at(-1)!.end).toBe(20000);
  });

  it('reads an uploaded track: line breaks inside a cue become spaces, empty events are skipped', () => {
    const cues = parseJson3(json('youtube-manual-en.json3'));
    expect(cues.map((cue) => [cue.start, cue.end, cue.text])).toEqual([
      [800, 3400, 'Welcome back to the night market,'],
      [3400, 5800, 'where every stall has a queue.'],
      [7000, 10000, 'This stinky tofu is worth the wait.'],
      [11000, 14500, 'Next up: bubble tea.'],
      [15000, 19000, 'Thanks for watching!'],
    ]);
    expect(cues.every((cue) => cue.words === undefined)).toBe(true);
  });

  it('keeps markup and entities out of cue text and survives broken events', () => {
    const cues = parseJson3({ events: [null, { tStartMs: 0, dDurationMs: 900, segs: [{ utf8: 'Tom &amp; <b>Jerry</b>' }] }, { tStartMs: 'x' }, { tStartMs: 1000, segs: [{ utf8: '   ' }] }] });
    expect(cues).toEqual([{ start: 0, end: 900, text: 'Tom & Jerry' }]);
    expect(parseJson3('')).toEqual([]);
    expect(parseJson3({ events: 'nope' })).toEqual([]);
  });

  it('knows a player timedtext request, and refuses YouTube\'s own translations and other formats', () => {
    expect(timedtextRequest('https://www.youtube.com/api/timedtext?v=Vb1cKq9xT0A&caps=asr&kind=asr&lang=en&fmt=json3&pot=MnQ&c=WEB')).toEqual({ videoId: 'Vb1cKq9xT0A', language: 'en', automatic: true });
    expect(timedtextRequest('/api/timedtext?v=Vb1cKq9xT0A&lang=en&fmt=json3')?.automatic).toBe(false);
    expect(timedtextRequest('https://www.youtube.com/api/timedtext?v=Vb1cKq9xT0A&lang=en&tlang=zh-Hans&fmt=json3')).toBeUndefined();
    expect(timedtextRequest('https://www.youtube.com/api/timedtext?v=Vb1cKq9xT0A&lang=en&fmt=vtt')).toBeUndefined();
    expect(timedtextRequest('https://evil.example/api/timedtext?v=Vb1cKq9xT0A')).toBeUndefined();
  });
});

describe('Bilibili', () => {
  it('reads the subtitle file body (seconds) into cues', () => {
    const cues = parseBilibiliSubtitle(json('bilibili-ai-zh.json'));
    expect(cues).toHaveLength(6);
    expect(cues[1]).toEqual({ start: 3000, end: 6000, text: '这家店的牛油锅底真的yyds' });
    expect(parseBilibiliSubtitle({ body: [{ from: 1, to: 2, content: '' }, { from: 'x' }] })).toEqual([]);
    expect(parseBilibiliSubtitle({ font_size: 0.4 })).toEqual([]);
  });

  it('reads the player answer\'s subtitle list, including ai-zh, and accepts only Bilibili\'s subtitle host', () => {
    const player = parseBilibiliPlayer(json('bilibili-player-v2.json'))!;
    expect(player.cid).toBe(279786);
    expect(player.tracks).toEqual([
      { lan: 'ai-zh', lanDoc: '中文（自动生成）', url: 'https://aisubtitle.hdslb.com/bfs/ai_subtitle/prod/170001279786ferryfixture?auth_key=1790000000-ferry-0-fixture', automatic: true },
    ]);
    expect(subtitleFileUrl('//evil.example/bfs/x.json')).toBeUndefined();
    expect(subtitleFileUrl('javascript:alert(1)')).toBeUndefined();
    const human = { lan: 'zh-CN', lanDoc: '中文（中国）', url: 'https://aisubtitle.hdslb.com/bfs/subtitle/a.json', automatic: false };
    expect(chooseBilibiliTrack([...player.tracks, human])).toBe(human);
    expect(parseBilibiliPlayer({ data: { subtitle: { subtitles: [] } } })?.tracks).toEqual([]);
  });
});

describe('TikTok and Douyin', () => {
  it('lists the page\'s subtitleInfos WebVTT files, original first, TikTok\'s machine translations left out', () => {
    const found = tiktokTracks(json('tiktok-universal-data.json'))!;
    expect(found.videoId).toBe('7301234567890123456');
    expect(found.tracks).toEqual([{ videoId: '7301234567890123456', language: 'eng-US', url: 'https://v16-webapp.tiktokcdn.com/subtitles/ferry-fixture-eng.vtt', automatic: true }]);
    expect(tiktokTracks({ __DEFAULT_SCOPE__: {} })).toBeUndefined();
  });

  it('parses WebVTT: tags, entities, cue settings and NOTE blocks out; empty cues skipped', () => {
    expect(parseWebVtt(fixture('tiktok-eng-US.vtt'))).toEqual([
      { start: 400, end: 2800, text: 'ok so this is the night market' },
      { start: 2800, end: 4900, text: 'and it is lowkey amazing' },
      { start: 6000, end: 9000, text: 'the queue is & always this long' },
    ]);
    expect(parseWebVtt('not a vtt file')).toEqual([]);
    expect(parseWebVtt('WEBVTT\r\n\r\n01:02:03.004 --> 01:02:04.000\r\nhi')).toEqual([{ start: 3_723_004, end: 3_724_000, text: 'hi' }]);
  });

  it('parses automatic caption utterances (milliseconds)', () => {
    expect(parseUtterances(json('douyin-auto-captions.json'))).toEqual([
      { start: 300, end: 1800, text: '家人们谁懂啊' },
      { start: 1800, end: 3900, text: '这个夜市绝绝子' },
    ]);
  });
});
