import { z } from 'zod';
import { TARGET_LANGUAGES } from '../languages';
import { FerryError } from '../messaging/errors';
import { errorCodeForStatus, requestJson, RetryableEngineError, type HttpFailure } from './http';
import type { EngineOutput, TranslateBatch, TranslationEngine } from './types';

/**
 * LibreTranslate (self-hosted or libretranslate.com): `POST /translate` with a
 * JSON body and an array `q`. Servers disagree on Chinese codes (old: zh / zt,
 * new: zh-Hans / zh-Hant), so the engine reads `GET /languages` first and maps.
 */
export interface LibreTranslateConfig {
  baseUrl: string;
  /** Required by libretranslate.com, optional on most self-hosted servers. */
  apiKey?: string;
  fetchImpl?: typeof fetch;
}

const languagesSchema = z.array(z.object({ code: z.string(), name: z.string().optional(), targets: z.array(z.string()).optional() }));

const detectedSchema = z.object({ language: z.string(), confidence: z.number().optional() });

const responseSchema = z.object({
  translatedText: z.union([z.string(), z.array(z.string())]),
  detectedLanguage: z.union([detectedSchema, z.array(detectedSchema)]).optional(),
});

const errorBodySchema = z.object({ error: z.string() });

/**
 * A Ferry code to what this server lists, or undefined when it has no match.
 * Chinese prefers the script-tagged codes newer servers list and falls back to
 * the historic zh (Simplified) / zt (Traditional); pt-BR likewise to pb.
 */
export function toLibreLanguage(code: string, available: ReadonlySet<string>): string | undefined {
  const lower = code.toLowerCase();
  const candidates =
    lower === 'zh-hant' || lower === 'zh-tw' || lower === 'zh-hk'
      ? ['zh-Hant', 'zt']
      : lower.startsWith('zh')
        ? ['zh-Hans', 'zh']
        : lower === 'pt-br'
          ? ['pt-BR', 'pb', 'pt']
          : [lower.split('-')[0]!];
  return candidates.find((candidate) => available.has(candidate));
}

/** A server's code back to Ferry's: the historic zt and pb become BCP 47. */
export function fromLibreLanguage(code: string): string {
  if (code === 'zt') return 'zh-Hant';
  if (code === 'pb') return 'pt-BR';
  if (code === 'zh-Hans' || code === 'zh-Hant' || code === 'pt-BR') return code;
  return code.toLowerCase();
}

export function createLibreTranslateEngine(config: LibreTranslateConfig): TranslationEngine {
  const id = 'libretranslate' as const;
  const baseUrl = config.baseUrl.replace(/\/+$/, '');
  const apiKey = config.apiKey?.trim();
  let languages: Promise<Set<string>> | undefined;

  /** Read once per engine; a failed read is forgotten so the next batch asks again. */
  const loadLanguages = (): Promise<Set<string>> => {
    languages ??= fetchLanguages(baseUrl, config.fetchImpl).catch((error: unknown) => {
      languages = undefined;
      throw error;
    });
    return languages;
  };

  return {
    id,
    cacheVariant: `v1|${baseUrl}`,
    capabilities: {
      // The server's --batch-limit caps the items in one q array; 50 stays under common settings.
      maxSegments: 50,
      // The server's --char-limit applies to each text of q (app.py); public instances often run with 5000.
      maxChars: 5_000,
      html: false,
      streaming: false,
      remote: true,
      // What the server offers is known only after GET /languages; missing targets fail per batch.
      languages: TARGET_LANGUAGES,
      // The server's --req-limit counts every item of q (request.req_cost = len(q)): charged per item.
      rate: { requestsPerSecond: 2, burst: 50, concurrency: 2, perSegment: true },
    },
    async translate(batch: TranslateBatch, signal: AbortSignal): Promise<EngineOutput> {
      signal.throwIfAborted();
      if (batch.texts.length === 0) return { translations: [], detected: [] };
      const available = await untilAborted(loadLanguages(), signal);
      const target = toLibreLanguage(batch.target, available);
      if (!target) throw new FerryError('engine-bad-response', `this LibreTranslate server does not offer ${batch.target}`, id);
      const translations: string[] = new Array<string>(batch.texts.length);
      const detected: (string | undefined)[] = new Array<string | undefined>(batch.texts.length);
      // Sequential: the pipeline's limiter already charged this batch one token per item, and granted one slot.
      for (const group of groupBySource(batch, available)) {
        const answer = await post(
          group.indexes.map((index) => batch.texts[index]!),
          group.source,
          target,
          signal,
        );
        group.indexes.forEach((index, position) => {
          translations[index] = answer.translations[position]!;
          // A source Ferry sent is reported as its own; "auto" as what the server detected for that one text.
          detected[index] = group.source === 'auto' ? answer.detected[position] : fromLibreLanguage(group.source);
        });
      }
      return { translations, detected };
    },
  };

  async function post(texts: string[], source: string, target: string, signal: AbortSignal): Promise<{ translations: string[]; detected: (string | undefined)[] }> {
    const body = await requestJson(
      `${baseUrl}/translate`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        // One text goes as a plain string q, the documented form every server version reads.
        body: JSON.stringify({ q: texts.length === 1 ? texts[0] : texts, source, target, format: 'text', ...(apiKey ? { api_key: apiKey } : {}) }),
      },
      { engine: id, signal, fetchImpl: config.fetchImpl },
      mapLibreFailure,
    );
    const parsed = responseSchema.safeParse(body);
    if (!parsed.success) throw new FerryError('engine-bad-response', 'unexpected response shape', id);
    const { translatedText, detectedLanguage } = parsed.data;
    // Older servers answer a one-item array like a single string.
    const translations = typeof translatedText === 'string' ? [translatedText] : translatedText;
    if (translations.length !== texts.length) {
      throw new FerryError('engine-bad-response', `asked for ${texts.length} segments, got ${translations.length}`, id);
    }
    const detected = translations.map((_, index) => {
      const item = Array.isArray(detectedLanguage) ? detectedLanguage[index] : detectedLanguage;
      return item?.language ? fromLibreLanguage(item.language) : undefined;
    });
    return { translations, detected };
  }
}

/**
 * One request per source language. With source "auto" and an array q the
 * server detects once for the whole batch and translates every item from that
 * language (app.py, translate()), so texts are grouped by the language the
 * pipeline detected and sent with it; a text whose language nobody knows goes
 * alone with "auto", so the server's detection is about that text only.
 */
export function groupBySource(batch: TranslateBatch, available: ReadonlySet<string>): { source: string; indexes: number[] }[] {
  const groups = new Map<string, number[]>();
  const alone: { source: string; indexes: number[] }[] = [];
  batch.texts.forEach((_, index) => {
    const known = batch.source !== 'auto' ? batch.source : batch.sourceHints?.[index];
    // A source the server does not list is left to its detector rather than failing the batch.
    const source = known ? toLibreLanguage(known, available) : undefined;
    if (!source) return void alone.push({ source: 'auto', indexes: [index] });
    groups.set(source, [...(groups.get(source) ?? []), index]);
  });
  return [...[...groups.entries()].map(([source, indexes]) => ({ source, indexes })), ...alone];
}

async function fetchLanguages(baseUrl: string, fetchImpl: typeof fetch | undefined): Promise<Set<string>> {
  // Shared by every batch waiting for it, so no single caller's signal may cancel it; callers stop waiting on their own.
  const body = await requestJson(
    `${baseUrl}/languages`,
    { method: 'GET' },
    { engine: 'libretranslate', signal: new AbortController().signal, fetchImpl },
    mapLibreFailure,
  );
  const parsed = languagesSchema.safeParse(body);
  if (!parsed.success || parsed.data.length === 0) throw new FerryError('engine-bad-response', 'unexpected /languages response', 'libretranslate');
  return new Set(parsed.data.map((language) => language.code));
}

function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function mapLibreFailure(failure: HttpFailure): FerryError {
  const parsed = errorBodySchema.safeParse(failure.body);
  const message = parsed.success ? parsed.data.error : '';
  const detail = `HTTP ${failure.status}${message ? `: ${message}` : ''}`;
  // After repeated Slowdown answers the server bans the client with a 403; the key is fine, the allowance is not.
  if (failure.status === 403 && /limits? violations/i.test(message)) return new FerryError('engine-quota', detail, 'libretranslate');
  if (failure.status === 404) return new FerryError('engine-bad-response', `${detail} (check the base URL)`, 'libretranslate');
  const mapped = errorCodeForStatus(failure.status);
  if (mapped === 'engine-rate-limit' || mapped === 'engine-unavailable' || mapped === 'timeout') {
    return new RetryableEngineError(mapped, detail, 'libretranslate', failure.retryAfterMs);
  }
  return new FerryError(mapped, detail, 'libretranslate');
}
