import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TranslationResult } from '../messaging/protocol';
import { DEFAULT_GATHER_TIMING, gatherWindow, TranslationClient, type SendTranslate } from './translation-client';

function recorder() {
  const calls: string[][] = [];
  const send: SendTranslate = (segments) => {
    calls.push(segments.map((segment) => segment.text));
    const results = segments.map(
      (segment): TranslationResult => ({ key: segment.key, status: 'done', translation: `EN(${segment.text})`, engine: 'microsoft-edge', sourceLanguage: 'zh-Hans', cached: false }),
    );
    return Promise.resolve({ results });
  };
  return { calls, send };
}

describe('gatherWindow', () => {
  it('is tens of ms on screen, waits until shortly before a post ahead arrives, and is capped', () => {
    expect(gatherWindow(0, 0)).toBe(DEFAULT_GATHER_TIMING.urgentMs);
    expect(gatherWindow(2_000, 3_000)).toBe(3_000 - DEFAULT_GATHER_TIMING.leadMs);
    // About to arrive: no waiting beyond the urgent window.
    expect(gatherWindow(100, 200)).toBe(DEFAULT_GATHER_TIMING.urgentMs);
    // A reader who stopped: as long as allowed.
    expect(gatherWindow(2_000, undefined)).toBe(DEFAULT_GATHER_TIMING.maxWaitMs);
    expect(gatherWindow(2_000, Infinity)).toBe(DEFAULT_GATHER_TIMING.maxWaitMs);
  });
});

describe('TranslationClient gathering', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('posts entering the look-ahead one by one travel in one message', async () => {
    const { calls, send } = recorder();
    const client = new TranslationClient(send);
    const results: Promise<unknown>[] = [];
    // Ten posts join 300 ms apart, each expected on screen 3.5 s after it joined.
    for (let index = 0; index < 10; index++) {
      results.push(client.translate(`帖子${index}`, 'en', 2_800, 3_500));
      await vi.advanceTimersByTimeAsync(300);
    }
    // The first is due shortly before it reaches the screen; the others go with it.
    await vi.advanceTimersByTimeAsync(3_500 - DEFAULT_GATHER_TIMING.leadMs - 3_000);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toHaveLength(10);
    await Promise.all(results);
  });

  it('a post on screen goes within the urgent window and takes every waiting text along, nearest first', async () => {
    const { calls, send } = recorder();
    const client = new TranslationClient(send);
    void client.translate('远处', 'en', 3_000, 5_000);
    void client.translate('较近', 'en', 1_000, 2_000);
    await vi.advanceTimersByTimeAsync(100);
    expect(calls).toHaveLength(0);
    void client.translate('屏幕上', 'en', 0, 0);
    await vi.advanceTimersByTimeAsync(DEFAULT_GATHER_TIMING.urgentMs - 1);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toEqual([['屏幕上', '较近', '远处']]);
  });

  it('a waiting post that reaches the screen is hurried', async () => {
    const { calls, send } = recorder();
    const client = new TranslationClient(send);
    void client.translate('前方', 'en', 2_000, 4_000);
    await vi.advanceTimersByTimeAsync(500);
    client.hurry('前方', 'en', 0, 0);
    await vi.advanceTimersByTimeAsync(DEFAULT_GATHER_TIMING.urgentMs);
    expect(calls).toEqual([['前方']]);
    // Hurrying never delays: a later, farther estimate changes nothing.
    void client.translate('另一个', 'en', 10, 0);
    client.hurry('另一个', 'en', 3_000, 5_000);
    await vi.advanceTimersByTimeAsync(DEFAULT_GATHER_TIMING.urgentMs);
    expect(calls).toEqual([['前方'], ['另一个']]);
  });

  it('a reader who stopped scrolling gets the posts ahead after the longest wait', async () => {
    const { calls, send } = recorder();
    const client = new TranslationClient(send);
    void client.translate('下面', 'en', 1_500);
    await vi.advanceTimersByTimeAsync(DEFAULT_GATHER_TIMING.maxWaitMs - 1);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toEqual([['下面']]);
  });

  it('a full message goes at once', async () => {
    const { calls, send } = recorder();
    const client = new TranslationClient(send, { blockSize: 4 });
    for (let index = 0; index < 4; index++) void client.translate(`块${index}`, 'en', 3_000, 6_000);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toHaveLength(4);
  });

  it('a post that scrolls away before its text is sent drops it; the text is sent once when wanted again', async () => {
    const { calls, send } = recorder();
    const client = new TranslationClient(send);
    const gone = client.translate('掠过', 'en', 2_000, 2_500);
    client.cancel('掠过', 'en');
    expect(await gone).toMatchObject({ status: 'error', error: { code: 'cancelled' } });
    await vi.advanceTimersByTimeAsync(DEFAULT_GATHER_TIMING.maxWaitMs);
    expect(calls).toHaveLength(0);
    const back = client.translate('掠过', 'en', 0, 0);
    await vi.advanceTimersByTimeAsync(DEFAULT_GATHER_TIMING.urgentMs);
    expect(await back).toMatchObject({ status: 'done' });
    expect(calls.flat()).toEqual(['掠过']);
  });

  it('a text already sent is neither cancelled nor sent again; its answer stays for the post that comes back', async () => {
    const { calls, send } = recorder();
    const client = new TranslationClient(send);
    const first = client.translate('已在路上', 'en', 0, 0);
    await vi.advanceTimersByTimeAsync(DEFAULT_GATHER_TIMING.urgentMs);
    client.cancel('已在路上', 'en');
    expect(await first).toMatchObject({ status: 'done' });
    expect(await client.translate('已在路上', 'en', 0, 0)).toMatchObject({ status: 'done', translation: 'EN(已在路上)' });
    expect(calls).toEqual([['已在路上']]);
  });
});
