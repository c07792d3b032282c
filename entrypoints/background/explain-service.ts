import { browser, type Browser } from 'wxt/browser';
import { explainMessages, streamExplanation } from '@/core/engines/openai-explain';
import { resolveUiLanguage } from '@/core/i18n/language';
import { EXPLAIN_PORT, explainRequestSchema, type ExplainEvent } from '@/core/messaging/explain-port';
import { FerryError, toFerryError } from '@/core/messaging/errors';
import { withoutErrorDetail } from '@/core/messaging/router';
import { loadSettings } from '@/core/settings/items';
import type { Settings } from '@/core/settings/schema';
import { loadSecrets } from '@/core/settings/secrets';
import { loadConsent } from '@/core/settings/consent';
import { keyMayGo } from './engine-registry';
import { attachNotes } from './knowledge-service';

/** An LLM can explain only when the reader set one up and did not ask for on-device only. */
export function explainAvailable(settings: Settings, apiKey: string): boolean {
  return Boolean(apiKey.trim()) && !settings.privacy.onDeviceOnly && !settings.engines.disabled.includes('openai-compatible');
}

/**
 * "Explain this post" over a runtime Port: the tab sends the post, the
 * background matches Ferry's notes for it, asks the OpenAI-compatible engine
 * and streams the answer back piece by piece. The key never leaves the worker.
 */
/** At most this many explanations per tab per minute: a page that fakes clicks still cannot spend the key in a loop. */
export const EXPLAIN_LIMIT = { perTab: 6, windowMs: 60_000 };

export class ExplainRateLimit {
  private readonly starts = new Map<number | string, number[]>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Whether the tab may start one more explanation now; counts it when it may. */
  take(tab: number | string): boolean {
    const now = this.now();
    const recent = (this.starts.get(tab) ?? []).filter((at) => now - at < EXPLAIN_LIMIT.windowMs);
    if (recent.length >= EXPLAIN_LIMIT.perTab) {
      this.starts.set(tab, recent);
      return false;
    }
    this.starts.set(tab, [...recent, now]);
    return true;
  }

  forget(tab: number): void {
    this.starts.delete(tab);
  }
}

const explainLimit = new ExplainRateLimit();

export function registerExplainPort(): void {
  browser.tabs.onRemoved.addListener((tabId) => explainLimit.forget(tabId));
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== EXPLAIN_PORT || port.sender?.id !== browser.runtime.id) return;
    const controller = new AbortController();
    port.onDisconnect.addListener(() => controller.abort());
    port.onMessage.addListener((raw: unknown) => void explain(port, raw, controller.signal, port.sender?.tab?.id ?? 'page'));
  });
}

async function explain(port: Browser.runtime.Port, raw: unknown, signal: AbortSignal, tab: number | string): Promise<void> {
  const send = (event: ExplainEvent) => {
    if (!signal.aborted) port.postMessage(event);
  };
  try {
    const request = explainRequestSchema.safeParse(raw);
    if (!request.success) throw new FerryError('invalid-message', 'invalid explain request');
    if (!explainLimit.take(tab)) throw new FerryError('engine-rate-limit', 'too many explanations from this tab');
    const [settings, secrets] = await Promise.all([loadSettings(), loadSecrets()]);
    if (!explainAvailable(settings, secrets.openaiCompatibleApiKey)) throw new FerryError('no-engine', 'no OpenAI-compatible engine with a key');
    if (!(await loadConsent()).remote.includes('openai-compatible')) throw new FerryError('no-engine', 'the OpenAI-compatible engine was not chosen');
    if (!(await keyMayGo('openai-compatible', settings, secrets))) throw new FerryError('forbidden', 'the key is not sent to an origin the browser has not granted');
    const { text, translation } = request.data;
    // Grounding: the same notes the card shows, matched here rather than trusted from the tab.
    const [withNotes] = await attachNotes(
      [{ key: 'post', status: 'done', translation: translation ?? '', engine: 'openai-compatible', sourceLanguage: 'und', cached: false }],
      new Map([['post', text]]),
      settings,
    ).catch(() => []);
    const notes = withNotes && withNotes.status !== 'error' ? (withNotes.notes ?? []) : [];
    const language = resolveUiLanguage(settings.uiLanguage, browser.i18n.getUILanguage());
    const { baseUrl, model } = settings.engines.openaiCompatible;
    for await (const piece of streamExplanation({ baseUrl, model, apiKey: secrets.openaiCompatibleApiKey }, explainMessages({ text, translation }, notes, language), signal)) {
      if (piece) send({ type: 'delta', text: piece.slice(0, 10_000) });
    }
    send({ type: 'done' });
  } catch (error) {
    // Codes only: the answer is drawn in the page, and provider text stays in the worker.
    if (!signal.aborted) send({ type: 'error', error: withoutErrorDetail(toFerryError(error).toInfo()) });
  }
}
