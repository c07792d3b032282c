import { browser } from 'wxt/browser';
import type { Availability, LanguageDetectorFactory, TranslatorFactory } from '@/core/engines/chrome-builtin';
import { offscreenReplySchema, type OffscreenRequest } from '@/core/engines/offscreen-protocol';

const OFFSCREEN_PATH = '/offscreen.html';
let creating: Promise<void> | undefined;

async function ensureDocument(): Promise<void> {
  const offscreen = (browser as unknown as { offscreen?: typeof chrome.offscreen }).offscreen;
  if (!offscreen) throw new DOMException('No offscreen documents in this browser', 'NotSupportedError');
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  const contexts = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  if (contexts.length > 0) return;
  creating ??= offscreen
    .createDocument({ url: OFFSCREEN_PATH, reasons: ['WORKERS'], justification: 'Runs the on-device Translator API, which this browser does not expose to service workers.' })
    .finally(() => (creating = undefined));
  await creating;
}

type WithoutChannel<T> = T extends unknown ? Omit<T, 'channel'> : never;

async function ask(request: WithoutChannel<OffscreenRequest>) {
  await ensureDocument();
  const reply = offscreenReplySchema.parse(await browser.runtime.sendMessage({ channel: 'ferry-offscreen', ...request }));
  if (!reply.ok) throw new DOMException(reply.message, reply.name);
  return reply;
}

/**
 * The Translator API as seen through an offscreen document (Chrome before
 * service workers exposed it). Model downloads still happen from a page click.
 */
export const offscreenTranslatorApi: TranslatorFactory = {
  async availability(pair) {
    const reply = await ask({ op: 'availability', ...pair });
    return ('availability' in reply ? reply.availability : 'unavailable') as Availability;
  },
  async create(pair) {
    return {
      async translate(text: string) {
        const reply = await ask({ op: 'translate', ...pair, text });
        if (!('translation' in reply)) throw new DOMException('No translation', 'UnknownError');
        return reply.translation;
      },
    };
  },
};

/**
 * LanguageDetector as seen through the offscreen document: the specification
 * exposes it on Window only, so the service worker never has its own.
 */
export const offscreenDetectorApi: LanguageDetectorFactory = {
  async availability() {
    const reply = await ask({ op: 'detector-availability' });
    return ('availability' in reply ? reply.availability : 'unavailable') as Availability;
  },
  async create() {
    return {
      async detect(text: string) {
        const reply = await ask({ op: 'detect', text });
        return 'detections' in reply ? reply.detections : [];
      },
    };
  },
};
