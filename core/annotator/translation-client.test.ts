import { describe, expect, it } from 'vitest';
import type { TranslationResult } from '../messaging/protocol';
import { TranslationClient, type SendTranslate } from './translation-client';

/** A fake background that records what was asked and answers `EN(text)`. */
function recorder() {
  const calls: { text: string; priority?: number }[][] = [];
  const send: SendTranslate = (segments) => {
    calls.push(segments.map(({ text, priority }) => ({ text, priority })));
    const results = segments.map(
      (segment): TranslationResult => ({ key: segment.key, status: 'done', translation: `EN(${segment.text})`, engine: 'microsoft-edge', sourceLanguage: 'zh-Hans', cached: false }),
    );
    return Promise.resolve({ results });
  };
  return { calls, send };
}

describe('TranslationClient', () => {
  it('sends each distinct text once, gathered into one message, nearest posts first', async () => {
    const { calls, send } = recorder();
    const client = new TranslationClient(send);
    const results = await Promise.all([client.translate('远', 'en', 900), client.translate('近', 'en', 0), client.translate('远', 'en', 900), client.translate('中', 'en', 300)]);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.map((segment) => segment.text)).toEqual(['近', '中', '远']);
    expect(results.map((result) => (result.status === 'done' ? result.translation : result.status))).toEqual(['EN(远)', 'EN(近)', 'EN(远)', 'EN(中)']);
  });

  it('a shared text keeps the nearest priority of the posts waiting for it', async () => {
    const { calls, send } = recorder();
    const client = new TranslationClient(send);
    await Promise.all([client.translate('甲', 'en', 500), client.translate('乙', 'en', 100), client.translate('甲', 'en', 0)]);
    expect(calls[0]!.map((segment) => segment.text)).toEqual(['甲', '乙']);
  });

  it('cancelling for one post leaves a text others still wait for', async () => {
    const { calls, send } = recorder();
    const client = new TranslationClient(send);
    const first = client.translate('同一句', 'en');
    const second = client.translate('同一句', 'en');
    client.cancel('同一句', 'en');
    expect(await second).toMatchObject({ status: 'done', translation: 'EN(同一句)' });
    expect(await first).toMatchObject({ status: 'done' });
    expect(calls.flat().map((segment) => segment.text)).toEqual(['同一句']);
  });

  it('drops a text nobody waits for before it is sent, and asks again when a post wants it later', async () => {
    const { calls, send } = recorder();
    const client = new TranslationClient(send);
    const gone = client.translate('离开了', 'en');
    const stays = client.translate('还在', 'en');
    client.cancel('离开了', 'en');
    expect(await gone).toMatchObject({ status: 'error', error: { code: 'cancelled' } });
    await stays;
    expect(calls.flat().map((segment) => segment.text)).toEqual(['还在']);
    expect(await client.translate('离开了', 'en')).toMatchObject({ status: 'done', translation: 'EN(离开了)' });
  });

  it('never cancels a text already sent', async () => {
    const { calls, send } = recorder();
    const client = new TranslationClient(send);
    const pending = client.translate('已发送', 'en');
    await new Promise((resolve) => setTimeout(resolve, 0));
    client.cancel('已发送', 'en');
    expect(await pending).toMatchObject({ status: 'done' });
    expect(calls).toHaveLength(1);
  });
});
