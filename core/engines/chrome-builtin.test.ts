import { describe, expect, it } from 'vitest';
import { installFakeTranslatorApi, type FakeTranslatorOptions } from '@/test/mocks/fake-translator-api';
import { FerryError } from '../messaging/errors';
import {
  builtinDetectorApi,
  builtinTranslatorApi,
  createChromeBuiltinEngine,
  downloadBuiltinModel,
  toBuiltinLanguage,
  type TranslatorFactory,
} from './chrome-builtin';

function setup(options: Partial<FakeTranslatorOptions> = {}) {
  const scope: Record<string, unknown> = {};
  const state = installFakeTranslatorApi({ pairs: { 'zh>en': 'available' }, context: 'service-worker', prefix: '[on-device] ', ...options }, scope);
  const engine = createChromeBuiltinEngine({ api: () => builtinTranslatorApi(scope), detector: () => builtinDetectorApi(scope) });
  return { scope, state, engine };
}

/** The worker's Translator plus the LanguageDetector of a window context (what the offscreen document hosts). */
function setupWithWindowDetector(options: Partial<FakeTranslatorOptions> = {}) {
  const scope: Record<string, unknown> = {};
  const window: Record<string, unknown> = {};
  const state = installFakeTranslatorApi({ pairs: {}, context: 'service-worker', prefix: '[on-device] ', ...options }, scope);
  installFakeTranslatorApi({ pairs: {}, context: 'window', prefix: '', ...options }, window);
  const engine = createChromeBuiltinEngine({ api: () => builtinTranslatorApi(scope), detector: () => builtinDetectorApi(scope) ?? builtinDetectorApi(window) });
  return { scope, window, state, engine };
}

const signal = () => new AbortController().signal;

describe('Chrome built-in Translator engine', () => {
  it('maps Ferry codes to the tags the API best-fits', () => {
    expect(toBuiltinLanguage('zh-Hans')).toBe('zh');
    expect(toBuiltinLanguage('zh-Hant')).toBe('zh-Hant');
    expect(toBuiltinLanguage('en')).toBe('en');
    expect(toBuiltinLanguage('ja')).toBe('ja');
  });

  it('translates with an available pair, detecting the source from the script', async () => {
    const { engine, state } = setup();
    const output = await engine.translate({ texts: ['种草了', '下个月去成都'], source: 'auto', target: 'en' }, signal());
    expect(output.translations).toEqual(['[on-device] 种草了', '[on-device] 下个月去成都']);
    expect(output.detected).toEqual(['zh', 'zh']);
    expect(state.created).toEqual(['zh>en']);
  });

  it('never runs two translations at once, even for concurrent batches', async () => {
    const { engine, state } = setup({ latencyMs: 5 });
    await Promise.all([
      engine.translate({ texts: ['一', '二', '三'], source: 'auto', target: 'en' }, signal()),
      engine.translate({ texts: ['四', '五'], source: 'auto', target: 'en' }, signal()),
    ]);
    expect(state.translateCalls).toBe(5);
    expect(state.maxConcurrent).toBe(1);
  });

  it('reports a downloadable pair as not ready without downloading it', async () => {
    const { engine, state } = setup({ pairs: { 'zh>en': 'downloadable' } });
    const error = await engine.translate({ texts: ['你好'], source: 'auto', target: 'en' }, signal()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FerryError);
    expect((error as FerryError).code).toBe('model-not-ready');
    expect(state.created).toEqual([]);
    expect(state.progressEvents).toEqual([]);
  });

  it('treats an unsupported pair as a final error and a missing API as not ready', async () => {
    const { engine } = setup({ pairs: {} });
    await expect(engine.translate({ texts: ['你好'], source: 'auto', target: 'en' }, signal())).rejects.toMatchObject({ code: 'engine-bad-response' });
    const bare = createChromeBuiltinEngine({ api: () => undefined });
    await expect(bare.translate({ texts: ['你好'], source: 'auto', target: 'en' }, signal())).rejects.toMatchObject({ code: 'model-not-ready' });
  });

  it('has no LanguageDetector in the service worker, as the specification exposes it on Window only', () => {
    const { scope } = setup();
    expect(builtinDetectorApi(scope)).toBeUndefined();
  });

  it('detects Latin text with the LanguageDetector of a window context (the offscreen document) and passes same-language text through', async () => {
    const { engine, state, window } = setupWithWindowDetector({ pairs: { 'en>zh': 'available', 'es>en': 'available' }, detections: { 'hola amigos, qué tal': 'es' } });
    const output = await engine.translate({ texts: ['what does this mean'], source: 'auto', target: 'zh-Hans' }, signal());
    expect(output.translations).toEqual(['[on-device] what does this mean']);
    const spanish = await engine.translate({ texts: ['hola amigos, qué tal'], source: 'auto', target: 'en' }, signal());
    expect(spanish).toEqual({ translations: ['[on-device] hola amigos, qué tal'], detected: ['es'] });
    const same = await engine.translate({ texts: ['already English'], source: 'auto', target: 'en' }, signal());
    expect(same.translations).toEqual(['already English']);
    expect(state.translateCalls).toBe(2);
    expect(window.LanguageDetector).toBeDefined();
  });

  it("uses the pipeline's reliable detection: a Spanish post for an English reader is translated, not passed through as English", async () => {
    const { engine, state } = setup({ pairs: { 'es>en': 'available' } });
    const output = await engine.translate({ texts: ['Me encanta esta ciudad, la comida es increíble'], source: 'auto', target: 'en', sourceHints: ['es'] }, signal());
    expect(output).toEqual({ translations: ['[on-device] Me encanta esta ciudad, la comida es increíble'], detected: ['es'] });
    expect(state.created).toEqual(['es>en']);
  });

  it('never guesses English for Latin text nobody could detect: it fails, so the next engine answers and nothing is cached as "already English"', async () => {
    const { engine, state } = setup({ pairs: { 'es>en': 'available', 'fr>en': 'available' } });
    const error = await engine.translate({ texts: ['Bonjour à tous, quelle belle journée'], source: 'auto', target: 'en' }, signal()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FerryError);
    expect((error as FerryError).code).toBe('engine-bad-response');
    expect(state.translateCalls).toBe(0);
  });

  it('picks up a model downloaded after an earlier failure', async () => {
    const { engine, scope } = setup({ pairs: { 'zh>en': 'downloadable' } });
    await expect(engine.translate({ texts: ['你好'], source: 'auto', target: 'en' }, signal())).rejects.toMatchObject({ code: 'model-not-ready' });
    const api = builtinTranslatorApi(scope)!;
    await downloadBuiltinModel(api, 'zh-Hans', 'en', () => {});
    await expect(engine.translate({ texts: ['你好'], source: 'auto', target: 'en' }, signal())).resolves.toMatchObject({ translations: ['[on-device] 你好'] });
  });

  it('stops at once when aborted', async () => {
    const { engine } = setup();
    const controller = new AbortController();
    controller.abort();
    await expect(engine.translate({ texts: ['你好'], source: 'auto', target: 'en' }, controller.signal)).rejects.toThrow();
  });
});

describe('model download from a page', () => {
  it('needs a user gesture in a window, reports progress from 0 to 1 and ends available', async () => {
    const scope: Record<string, unknown> = {};
    installFakeTranslatorApi({ pairs: { 'zh>en': 'downloadable' }, context: 'window', prefix: '' }, scope);
    const api = builtinTranslatorApi(scope) as TranslatorFactory;
    await expect(downloadBuiltinModel(api, 'zh-Hans', 'en', () => {})).rejects.toMatchObject({ name: 'NotAllowedError' });

    (scope.__grantUserActivation as () => void)();
    const progress: number[] = [];
    const state = await downloadBuiltinModel(api, 'zh-Hans', 'en', (loaded) => progress.push(loaded));
    expect(state).toBe('available');
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(1);
    expect(progress.length).toBeGreaterThanOrEqual(2);
  });

  it('says unavailable for a pair the browser cannot translate', async () => {
    const scope: Record<string, unknown> = {};
    installFakeTranslatorApi({ pairs: {}, context: 'window', prefix: '' }, scope);
    await expect(downloadBuiltinModel(builtinTranslatorApi(scope)!, 'ko', 'en', () => {})).resolves.toBe('unavailable');
  });
});
