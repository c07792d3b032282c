import { browser } from 'wxt/browser';
import { builtinDetectorApi, builtinTranslatorApi, type TranslatorInstance } from '@/core/engines/chrome-builtin';
import { offscreenRequestSchema, type OffscreenReply } from '@/core/engines/offscreen-protocol';

// Hosts the on-device Translator for a service worker that cannot see it.
// Only answers Ferry's own background; downloads never start here (no user gesture).
const translators = new Map<string, Promise<TranslatorInstance>>();
let detector: Promise<{ detect(input: string): Promise<{ detectedLanguage: string; confidence: number }[]> }> | undefined;

browser.runtime.onMessage.addListener((raw, sender): Promise<OffscreenReply> | undefined => {
  const parsed = offscreenRequestSchema.safeParse(raw);
  if (!parsed.success || sender.id !== browser.runtime.id) return undefined;
  const request = parsed.data;
  if (request.op === 'detector-availability' || request.op === 'detect') {
    return (async (): Promise<OffscreenReply> => {
      try {
        const factory = builtinDetectorApi();
        if (!factory) return { ok: true, availability: 'unavailable' };
        if (request.op === 'detector-availability') return { ok: true, availability: await factory.availability() };
        detector ??= factory.create();
        detector.catch(() => (detector = undefined));
        return { ok: true, detections: (await (await detector).detect(request.text)).slice(0, 100) };
      } catch (error) {
        const name = error instanceof DOMException ? error.name : 'Error';
        return { ok: false, name, message: error instanceof Error ? error.message : String(error) };
      }
    })();
  }
  const api = builtinTranslatorApi();
  const pair = { sourceLanguage: request.sourceLanguage, targetLanguage: request.targetLanguage };
  return (async (): Promise<OffscreenReply> => {
    try {
      if (!api) return { ok: true, availability: 'unavailable' };
      if (request.op === 'availability') return { ok: true, availability: await api.availability(pair) };
      const key = `${pair.sourceLanguage}>${pair.targetLanguage}`;
      let translator = translators.get(key);
      if (!translator) {
        translator = api.create(pair);
        translators.set(key, translator);
        translator.catch(() => translators.delete(key));
      }
      return { ok: true, translation: await (await translator).translate(request.text) };
    } catch (error) {
      const name = error instanceof DOMException ? error.name : 'Error';
      return { ok: false, name, message: error instanceof Error ? error.message : String(error) };
    }
  })();
});
