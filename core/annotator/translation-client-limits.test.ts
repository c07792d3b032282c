import { describe, expect, it } from 'vitest';
import { MAX_SEGMENT_CHARS, protocol, type TranslationResult } from '../messaging/protocol';
import { TranslationClient, type SendTranslate } from './translation-client';

/** A background reached through the real request schema, as sendMessage does it. */
function validatingBackground() {
  const sent: string[] = [];
  const send: SendTranslate = async (segments, targetLanguage) => {
    const request = protocol.translate.request.parse({ segments, targetLanguage });
    sent.push(...request.segments.map((segment) => segment.text));
    const results = request.segments.map(
      (segment): TranslationResult => ({ key: segment.key, status: 'done', translation: `EN(${segment.text.length})`, engine: 'microsoft-edge', sourceLanguage: 'zh-Hans', cached: false }),
    );
    return { results };
  };
  return { sent, send };
}

describe('TranslationClient with posts over the message limit', () => {
  it('gives a post too long to send its own error and still translates the posts gathered with it', async () => {
    const { sent, send } = validatingBackground();
    const client = new TranslationClient(send);
    const long = '长'.repeat(MAX_SEGMENT_CHARS + 1);
    const [before, tooLong, after] = await Promise.all([client.translate('短帖一', 'en'), client.translate(long, 'en'), client.translate('短帖二', 'en')]);
    expect(before).toMatchObject({ status: 'done', translation: 'EN(3)' });
    expect(after).toMatchObject({ status: 'done', translation: 'EN(3)' });
    expect(tooLong).toMatchObject({ status: 'error', error: { code: 'text-too-long' } });
    expect(sent).toEqual(['短帖一', '短帖二']);
  });

  it('still sends a post of exactly the limit', async () => {
    const { sent, send } = validatingBackground();
    const client = new TranslationClient(send);
    const result = await client.translate('长'.repeat(MAX_SEGMENT_CHARS), 'en');
    expect(result).toMatchObject({ status: 'done', translation: `EN(${MAX_SEGMENT_CHARS})` });
    expect(sent).toHaveLength(1);
  });
});
