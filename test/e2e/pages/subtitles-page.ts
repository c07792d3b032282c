import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { subtitleTestClip } from '../subtitle-clip';

const FIXTURES = path.resolve('test/fixtures');

export const YT_ASR_VIDEO = 'Sb7dQm2xKp0';
export const YT_MANUAL_VIDEO = 'Tn4wEr8yUj1';
export const YT_NO_CAPTIONS_VIDEO = 'Nc0aPt9zLq5';
export const BILI_SUBTITLE_BVID = 'BV1Sb4y1T7Xq';

/** Serves the player fixture pages, the test clip, and the sites' caption answers at their real origins. */
export async function routeSubtitleSites(context: BrowserContext, log: string[] = []): Promise<void> {
  const clip = readFileSync(subtitleTestClip());
  // Byte ranges, as video servers answer them: without them Chromium cannot seek.
  const serveClip = (route: Parameters<Parameters<BrowserContext['route']>[1]>[0]) => {
    const range = /^bytes=(\d+)-(\d*)$/.exec(route.request().headers()['range'] ?? '');
    if (!range) return route.fulfill({ status: 200, contentType: 'video/webm', body: clip, headers: { 'accept-ranges': 'bytes' } });
    const start = Number(range[1]);
    const end = range[2] ? Math.min(Number(range[2]), clip.length - 1) : clip.length - 1;
    return route.fulfill({
      status: 206,
      contentType: 'video/webm',
      body: clip.subarray(start, end + 1),
      headers: { 'accept-ranges': 'bytes', 'content-range': `bytes ${start}-${end}/${clip.length}` },
    });
  };
  await context.route('https://www.youtube.com/ferry-test/**', serveClip);
  await context.route('https://www.bilibili.com/ferry-test/**', serveClip);
  await context.route(/^https:\/\/www\.youtube\.com\/watch\?v=(Sb7dQm2xKp0|Tn4wEr8yUj1|Nc0aPt9zLq5)/, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(path.join(FIXTURES, 'sites/youtube/subtitles-watch.html'), 'utf8') }),
  );
  const tracks: Record<string, string> = { [YT_ASR_VIDEO]: 'youtube-asr-en.json3', [YT_MANUAL_VIDEO]: 'youtube-manual-en.json3' };
  await context.route('https://www.youtube.com/api/timedtext**', (route) => {
    const url = new URL(route.request().url());
    log.push(url.href);
    const file = tracks[url.searchParams.get('v') ?? ''];
    // As YouTube has answered since mid-2025: no proof-of-origin token, an empty 200.
    if (!url.searchParams.get('pot') || !file) return route.fulfill({ status: 200, contentType: 'application/json; charset=UTF-8', body: '' });
    return route.fulfill({ status: 200, contentType: 'application/json; charset=UTF-8', body: readFileSync(path.join(FIXTURES, 'subtitles', file), 'utf8') });
  });
  await context.route(`https://www.bilibili.com/video/${BILI_SUBTITLE_BVID}**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(path.join(FIXTURES, 'sites/bilibili/subtitles-video.html'), 'utf8') }),
  );
  await context.route('https://api.bilibili.com/x/player/wbi/v2**', (route) => {
    log.push(route.request().url());
    return route.fulfill({
      status: 200,
      contentType: 'application/json; charset=utf-8',
      headers: { 'access-control-allow-origin': 'https://www.bilibili.com', 'access-control-allow-credentials': 'true' },
      body: readFileSync(path.join(FIXTURES, 'subtitles/bilibili-player-v2.json'), 'utf8'),
    });
  });
  await context.route('https://aisubtitle.hdslb.com/**', (route) => {
    log.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body: readFileSync(path.join(FIXTURES, 'subtitles/bilibili-ai-zh.json'), 'utf8') });
  });
}

export class SubtitlesPage {
  constructor(readonly page: Page) {}

  readonly overlay = () => this.page.locator('ferry-subtitles');
  readonly line = () => this.page.locator('ferry-subtitles .line');
  readonly original = () => this.page.locator('ferry-subtitles .original');
  readonly translation = () => this.page.locator('ferry-subtitles .translation');
  readonly chips = () => this.page.locator('ferry-subtitles button.chip');
  readonly status = () => this.page.locator('ferry-subtitles .status');
  readonly toggle = () => this.page.locator('ferry-subtitles-control button.toggle');
  readonly mode = () => this.page.locator('ferry-subtitles-control button.mode');

  async openYoutube(videoId = YT_ASR_VIDEO): Promise<void> {
    await this.page.goto(`https://www.youtube.com/watch?v=${videoId}`);
  }

  async openBilibili(): Promise<void> {
    await this.page.goto(`https://www.bilibili.com/video/${BILI_SUBTITLE_BVID}/`);
  }

  video<T>(fn: (video: HTMLVideoElement, arg: unknown) => T | Promise<T>, arg?: unknown): Promise<T> {
    return this.page.locator('video').first().evaluate(fn as (video: HTMLVideoElement, arg: unknown) => T, arg);
  }

  async seek(seconds: number): Promise<void> {
    await this.video(
      (video, to) =>
        new Promise<void>((resolve) => {
          video.addEventListener('seeked', () => resolve(), { once: true });
          video.currentTime = to as number;
        }),
      seconds,
    );
  }

  async ready(): Promise<void> {
    await this.video((video) => (video.readyState >= 1 ? undefined : new Promise<void>((resolve) => video.addEventListener('loadedmetadata', () => resolve(), { once: true }))));
    await this.page.locator('ferry-subtitles[data-status="ready"]').waitFor({ state: 'attached' });
  }

  /**
   * Records every change of the shown line with the media time it happened at,
   * from inside the page (one MutationObserver on the overlay's shadow root).
   */
  async record(): Promise<void> {
    await this.page.evaluate(() => {
      const host = document.querySelector('ferry-subtitles')!;
      const video = document.querySelector('video')!;
      const box = host.shadowRoot!.querySelector<HTMLElement>('.line')!;
      const records: { at: number; id: string | null; translation: string; hidden: boolean }[] = [];
      (window as unknown as { __ferryRecords: typeof records }).__ferryRecords = records;
      const note = () => {
        const entry = { at: video.currentTime * 1000, id: box.getAttribute('data-line-id'), translation: box.querySelector('.translation')?.textContent ?? '', hidden: box.hidden };
        const last = records.at(-1);
        if (!last || last.id !== entry.id || last.translation !== entry.translation || last.hidden !== entry.hidden) records.push(entry);
      };
      new MutationObserver(note).observe(host.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  }

  records(): Promise<{ at: number; id: string | null; translation: string; hidden: boolean }[]> {
    return this.page.evaluate(() => (window as unknown as { __ferryRecords: { at: number; id: string | null; translation: string; hidden: boolean }[] }).__ferryRecords);
  }
}
