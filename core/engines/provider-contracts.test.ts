import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import libreContract from '../../test/contracts/libretranslate/examples.json' with { type: 'json' };
import microsoftContract from '../../test/contracts/microsoft-edge/examples.json' with { type: 'json' };
import { startEngineServer, type EngineServer } from '../../test/mocks/engine-server';
import { libreTranslateProvider } from '../../test/mocks/providers/libretranslate';
import { microsoftEdgeProvider } from '../../test/mocks/providers/microsoft-edge';
import { createLibreTranslateEngine } from './libretranslate';
import { createMicrosoftEdgeEngine } from './microsoft-edge';

/**
 * Each engine against the request/answer pairs recorded from third-party
 * evidence (test/contracts/<engine>/examples.json, each naming its source):
 * the request Ferry builds must match the documented one field by field, and
 * the mock must serve the documented answer unchanged.
 */
let server: EngineServer;
beforeAll(async () => {
  server = await startEngineServer({ providers: [microsoftEdgeProvider, libreTranslateProvider] });
});
afterAll(async () => {
  await server.close();
});

const live = () => new AbortController().signal;

describe('contract: Microsoft Edge translatetext', () => {
  const example = microsoftContract.examples[0]!;
  it('every contract file names its sources with URL and date', () => {
    for (const source of [...microsoftContract.sources, ...libreContract.sources]) {
      expect(source.url).toMatch(/^https:\/\//);
      expect(source.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('builds the documented request and reads the documented answer', async () => {
    server.requests.length = 0;
    const engine = createMicrosoftEdgeEngine({ baseUrl: server.url });
    const output = await engine.translate({ texts: example.request!.body as string[], source: 'auto', target: 'zh-Hans' }, live());
    const sent = server.requests[0]!;
    expect(sent.method).toBe(example.request!.method);
    expect(sent.path).toBe(example.request!.path);
    expect(sent.query).toEqual(example.request!.query);
    expect(sent.headers['content-type']).toBe(example.request!.contentType);
    expect(sent.body).toEqual(example.request!.body);
    const documented = example.response.body as { detectedLanguage: { language: string }; translations: { text: string }[] }[];
    expect(output.translations).toEqual(documented.map((item) => item.translations[0]!.text));
    expect(output.detected).toEqual(documented.map((item) => item.detectedLanguage.language));
  });
});

describe('contract: LibreTranslate /translate', () => {
  it('builds the README request for a known source and reads its answer', async () => {
    const example = libreContract.examples[0]!;
    server.requests.length = 0;
    const engine = createLibreTranslateEngine({ baseUrl: server.url });
    const request = example.request!;
    const body = request.body as { q: string; source: string; target: string };
    const output = await engine.translate({ texts: [body.q], source: body.source, target: body.target, sourceHints: [body.source] }, live());
    const sent = server.requests.find((recorded) => recorded.path === request.path)!;
    expect(sent.method).toBe(request.method);
    expect(sent.headers['content-type']).toBe(request.contentType);
    const sentBody = sent.body as Record<string, unknown>;
    // Every documented field has the documented value; Ferry adds only format "text" (the server's default).
    expect(sentBody.q).toEqual(body.q);
    expect(sentBody.source).toBe(body.source);
    expect(sentBody.target).toBe(body.target);
    expect(sentBody.format).toBe('text');
    expect(output.translations).toEqual([(example.response.body as { translatedText: string }).translatedText]);
  });
});
