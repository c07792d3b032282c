import { browser, type Browser } from 'wxt/browser';
import { explainMessages, streamExplanation } from '@/core/engines/openai-explain';
import { resolveUiLanguage } from '@/core/i18n/language';
import { EXPLAIN_PORT, explainRequestSchema, type ExplainEvent } from '@/core/messaging/explain-port';
import { FerryError, toFerryError } from '@/core/messaging/errors';
import { loadSettings } from '@/core/settings/items';
import type { Settings } from '@/core/settings/schema';
import { loadSecrets } from '@/core/settings/secrets';
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
export function registerExplainPort(): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== EXPLAIN_PORT || port.sender?.id !== browser.runtime.id) return;
    const controller = new AbortController();
    port.onDisconnect.addListener(() => controller.abort());
    port.onMessage.addListener((raw: unknown) => void explain(port, raw, controller.signal));
  });
}

async function explain(port: Browser.runtime.Port, raw: unknown, signal: AbortSignal): Promise<void> {
  const send = (event: ExplainEvent) => {
    if (!signal.aborted) port.postMessage(event);
  };
  try {
    const request = explainRequestSchema.safeParse(raw);
    if (!request.success) throw new FerryError('invalid-message', 'invalid explain request');
    const [settings, secrets] = await Promise.all([loadSettings(), loadSecrets()]);
    if (!explainAvailable(settings, secrets.openaiCompatibleApiKey)) throw new FerryError('no-engine', 'no OpenAI-compatible engine with a key');
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
    if (!signal.aborted) send({ type: 'error', error: toFerryError(error).toInfo() });
  }
}
