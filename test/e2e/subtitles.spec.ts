import { SUBTITLES_TO_CHINESE, SUBTITLES_TO_ENGLISH } from '../mocks/phrasebook-subtitles';
import { expect, pointEnginesAtLoopback, test } from './fixtures';
import { routeSubtitleSites, SubtitlesPage, YT_MANUAL_VIDEO, YT_NO_CAPTIONS_VIDEO } from './pages/subtitles-page';

const zh = (english: string) => SUBTITLES_TO_CHINESE[english]!['zh-Hans']!;
const lineStart = (id: string | null) => Number((id ?? '').split('-')[0]);

test.describe('Bilingual video subtitles on YouTube', () => {
  test.use({ browserLocale: 'zh-CN' });

  test('the player\'s own ASR track is read, translated ahead in one request, and kept in sync through seeking, 2× speed, an ad and fullscreen', async ({ context, serviceWorker, engine }) => {
    test.setTimeout(150_000);
    const timedtext: string[] = [];
    await routeSubtitleSites(context, timedtext);
    await pointEnginesAtLoopback(serviceWorker, engine);
    const yt = new SubtitlesPage(await context.newPage());
    await yt.openYoutube();

    // The Ferry button sits in the player's control bar.
    await expect(yt.page.locator('.ytp-right-controls ferry-subtitles-control')).toHaveCount(1);
    await expect(yt.toggle()).toHaveAttribute('aria-pressed', 'true');
    await yt.ready();
    // Ferry never asked for captions itself: the only request is the player's own, with its token.
    expect(timedtext).toHaveLength(1);
    expect(new URL(timedtext[0]!).searchParams.get('pot')).toBeTruthy();
    // The whole track went to the engine at once.
    const translateRequests = engine.requests.length;
    expect(translateRequests).toBe(1);
    // The player's own caption window gives way to Ferry's.
    await expect(yt.page.locator('.ytp-caption-window-container')).toBeHidden();

    // 1×: every line appears with its translation, in sync: within 400 ms of media time of its start (the player's
    // timeupdate period is 250 ms; a line drawn for the wrong moment is off by seconds). Speed is measured in the bench.
    await yt.record();
    await yt.video((video) => video.play());
    await yt.page.waitForFunction(() => document.querySelector('video')!.currentTime > 10.2, undefined, { timeout: 20_000 });
    await yt.video((video) => video.pause());
    const shown = (await yt.records()).filter((entry) => !entry.hidden && entry.id);
    expect(shown.map((entry) => entry.translation)).toEqual([
      zh('so today we are making dumplings from scratch'),
      zh('no cap this recipe is the best one I know'),
      zh('first we mix the flour with warm water'),
    ]);
    for (const entry of shown) expect(entry.at - lineStart(entry.id)).toBeLessThanOrEqual(400);

    // Seeking backwards shows the line of that moment, with the slang chip.
    await yt.seek(5);
    await expect(yt.translation()).toHaveText(zh('no cap this recipe is the best one I know'));
    await expect(yt.original()).toHaveText('no cap this recipe is the best one I know');
    await expect(yt.chips().first()).toContainText('no cap');
    await yt.page.screenshot({ path: 'docs/screenshots/subtitles-youtube.png', clip: { x: 0, y: 0, width: 902, height: 560 } });

    // A chip pauses the video and opens its note card.
    await yt.video((video) => video.play());
    await yt.chips().first().click();
    expect(await yt.video((video) => video.paused)).toBe(true);
    await expect(yt.page.locator('ferry-subtitles [data-ferry-note-card]')).toBeVisible();

    // 2×: lines stay in sync (800 ms of media time is 400 ms of wall time), from a second before a line.
    await yt.seek(3.8);
    await yt.record();
    await yt.video((video) => {
      video.playbackRate = 2;
      return video.play();
    });
    await yt.page.waitForFunction(() => document.querySelector('video')!.currentTime > 15, undefined, { timeout: 20_000 });
    const fast = (await yt.records()).filter((entry) => !entry.hidden && entry.id);
    expect(fast.map((entry) => entry.translation).slice(0, 3)).toEqual([
      zh('no cap this recipe is the best one I know'),
      zh('first we mix the flour with warm water'),
      zh('then we let the dough rest for an hour'),
    ]);
    for (const entry of fast) expect(entry.at - lineStart(entry.id)).toBeLessThanOrEqual(800);
    // Nothing was translated twice.
    expect(engine.requests.length).toBe(translateRequests);

    // An ad in the same <video>: no subtitles while it plays.
    await yt.video((video) => {
      video.pause();
      video.playbackRate = 1;
    });
    await yt.seek(5);
    await expect(yt.line()).toBeVisible();
    await yt.page.evaluate(() => (window as unknown as { __fixture: { ad(on: boolean): void } }).__fixture.ad(true));
    await yt.video((video) => video.play());
    await yt.page.waitForTimeout(400);
    await expect(yt.line()).toBeHidden();
    await yt.video((video) => video.pause());
    await yt.page.evaluate(() => (window as unknown as { __fixture: { ad(on: boolean): void } }).__fixture.ad(false));
    await expect(yt.line()).toBeVisible();

    // Fullscreen keeps the subtitles, sized to the larger player.
    const before = await yt.translation().evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    await yt.page.locator('.ytp-fullscreen-button').click();
    await yt.page.waitForFunction(() => document.fullscreenElement?.id === 'movie_player');
    await yt.seek(12);
    await expect(yt.translation()).toHaveText(zh('first we mix the flour with warm water'));
    await expect(yt.line()).toBeInViewport();
    const after = await yt.translation().evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(after).toBeGreaterThan(before);
    await yt.page.evaluate(() => document.exitFullscreen());
  });

  test('switching video clears the old track; a video without captions says so in the player', async ({ context, serviceWorker, engine }) => {
    await routeSubtitleSites(context);
    await pointEnginesAtLoopback(serviceWorker, engine);
    const yt = new SubtitlesPage(await context.newPage());
    await yt.openYoutube();
    await yt.ready();
    await yt.seek(5);
    await expect(yt.translation()).toHaveText(zh('no cap this recipe is the best one I know'));

    await yt.page.evaluate((id) => (window as unknown as { __fixture: { navigate(id: string): void } }).__fixture.navigate(id), YT_MANUAL_VIDEO);
    // The old line is gone at once, and never comes back on the new video.
    await expect(yt.original()).not.toHaveText(/no cap/);
    await yt.ready();
    await yt.seek(8);
    await expect(yt.original()).toHaveText('This stinky tofu is worth the wait.');
    await expect(yt.translation()).toHaveText(zh('This stinky tofu is worth the wait.'));
    await yt.seek(5);
    await expect(yt.original()).toHaveText('Welcome back to the night market, where every stall has a queue.');

    await yt.page.evaluate((id) => (window as unknown as { __fixture: { navigate(id: string): void } }).__fixture.navigate(id), YT_NO_CAPTIONS_VIDEO);
    await expect(yt.status()).toHaveText('此视频没有字幕');
    await expect(yt.toggle()).toHaveAttribute('title', /此视频没有字幕/);
    await yt.seek(5);
    await expect(yt.line()).toBeHidden();

    // The Ferry button switches the subtitles off and on; the choice is kept.
    await yt.page.evaluate((id) => (window as unknown as { __fixture: { navigate(id: string): void } }).__fixture.navigate(id), YT_MANUAL_VIDEO);
    await yt.ready();
    await yt.toggle().click();
    await expect(yt.toggle()).toHaveAttribute('aria-pressed', 'false');
    await expect(yt.overlay()).toBeHidden();
    await yt.toggle().focus();
    await yt.page.keyboard.press('Enter');
    await expect(yt.toggle()).toHaveAttribute('aria-pressed', 'true');
    await yt.seek(8);
    await expect(yt.translation()).toHaveText(zh('This stinky tofu is worth the wait.'));
  });
});

test.describe('Bilingual video subtitles on Bilibili', () => {
  test('the ai-zh track from the player\'s subtitle list, translated with a slang chip; translation-only mode', async ({ context, serviceWorker, engine }) => {
    const requests: string[] = [];
    await routeSubtitleSites(context, requests);
    await pointEnginesAtLoopback(serviceWorker, engine);
    const bili = new SubtitlesPage(await context.newPage());
    await bili.openBilibili();
    await expect(bili.page.locator('.bpx-player-control-bottom-right ferry-subtitles-control')).toHaveCount(1);
    await bili.ready();
    expect(requests.filter((url) => url.includes('aisubtitle.hdslb.com'))).toHaveLength(1);

    await bili.record();
    await bili.video((video) => video.play());
    await bili.page.waitForFunction(() => document.querySelector('video')!.currentTime > 7, undefined, { timeout: 20_000 });
    await bili.video((video) => video.pause());
    const shown = (await bili.records()).filter((entry) => !entry.hidden && entry.id);
    expect(shown.map((entry) => entry.translation)).toEqual([SUBTITLES_TO_ENGLISH['大家好 今天带大家去成都吃火锅'], SUBTITLES_TO_ENGLISH['这家店的牛油锅底真的yyds'], SUBTITLES_TO_ENGLISH['毛肚七上八下刚刚好']]);
    for (const entry of shown) expect(entry.at - lineStart(entry.id)).toBeLessThanOrEqual(400);

    await bili.seek(4);
    await expect(bili.original()).toHaveText('这家店的牛油锅底真的yyds');
    await expect(bili.translation()).toHaveText(SUBTITLES_TO_ENGLISH['这家店的牛油锅底真的yyds']!);
    await expect(bili.chips().first()).toContainText('yyds');
    await bili.page.screenshot({ path: 'docs/screenshots/subtitles-bilibili.png', clip: { x: 0, y: 0, width: 902, height: 580 } });

    await bili.mode().click();
    await expect(bili.original()).toBeHidden();
    await expect(bili.translation()).toBeVisible();
  });
});
