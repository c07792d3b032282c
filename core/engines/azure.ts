import { z } from 'zod';
import { TARGET_LANGUAGES } from '../languages';
import { FerryError } from '../messaging/errors';
import { errorCodeForStatus, requestJson, RetryableEngineError, type HttpFailure } from './http';
import { fromMicrosoftLanguage, toMicrosoftLanguage } from './microsoft-edge';
import type { EngineOutput, TranslateBatch, TranslationEngine } from './types';

/**
 * Azure AI Translator v3 with the user's own resource:
 * `POST /translate?api-version=3.0&to=…` with `[{"Text": …}]`, the key in
 * Ocp-Apim-Subscription-Key and, for regional and multi-service resources,
 * the region in Ocp-Apim-Subscription-Region.
 */
export const AZURE_MAX_SEGMENTS = 1_000;
export const AZURE_MAX_CHARS = 50_000;

export interface AzureConfig {
  apiKey: string;
  /** Empty for a global resource. */
  region: string;
  baseUrl: string;
  fetchImpl?: typeof fetch;
}

const responseSchema = z.array(
  z.object({
    detectedLanguage: z.object({ language: z.string(), score: z.number().optional() }).optional(),
    translations: z.array(z.object({ text: z.string(), to: z.string().optional() })).min(1),
  }),
);

const errorBodySchema = z.object({ error: z.object({ code: z.union([z.number(), z.string()]).optional(), message: z.string().optional() }) });

export function createAzureEngine(config: AzureConfig): TranslationEngine {
  const id = 'azure' as const;
  const apiKey = config.apiKey.trim();
  const region = config.region.trim();
  const baseUrl = config.baseUrl.replace(/\/+$/, '');
  return {
    id,
    cacheVariant: 'v1',
    capabilities: {
      maxSegments: AZURE_MAX_SEGMENTS,
      maxChars: AZURE_MAX_CHARS,
      html: false,
      streaming: false,
      remote: true,
      languages: TARGET_LANGUAGES,
      // No concurrency limit is published; the hourly character quota should be used evenly.
      rate: { requestsPerSecond: 5, burst: 10, concurrency: 4 },
    },
    async translate(batch: TranslateBatch, signal: AbortSignal): Promise<EngineOutput> {
      signal.throwIfAborted();
      if (!apiKey) throw new FerryError('engine-auth', 'no API key set', id);
      if (batch.texts.length === 0) return { translations: [], detected: [] };
      const url = new URL(`${baseUrl}/translate`);
      url.searchParams.set('api-version', '3.0');
      url.searchParams.set('to', toMicrosoftLanguage(batch.target));
      // Without `from` the service detects the language and reports it per item.
      if (batch.source !== 'auto') url.searchParams.set('from', toMicrosoftLanguage(batch.source));
      url.searchParams.set('textType', 'plain');
      const headers: Record<string, string> = { 'Content-Type': 'application/json; charset=UTF-8', 'Ocp-Apim-Subscription-Key': apiKey };
      if (region) headers['Ocp-Apim-Subscription-Region'] = region;
      const body = await requestJson(
        url.toString(),
        { method: 'POST', headers, body: JSON.stringify(batch.texts.map((text) => ({ Text: text }))) },
        { engine: id, signal, fetchImpl: config.fetchImpl },
        mapAzureFailure,
      );
      const parsed = responseSchema.safeParse(body);
      if (!parsed.success) throw new FerryError('engine-bad-response', 'unexpected response shape', id);
      if (parsed.data.length !== batch.texts.length) {
        throw new FerryError('engine-bad-response', `asked for ${batch.texts.length} segments, got ${parsed.data.length}`, id);
      }
      return {
        translations: parsed.data.map((item) => item.translations[0]!.text),
        detected: parsed.data.map((item) => (item.detectedLanguage ? fromMicrosoftLanguage(item.detectedLanguage.language) : undefined)),
      };
    },
  };
}

/**
 * Azure's six-digit codes are the HTTP status plus three digits; the status
 * alone would call a spent free tier (403001) a bad key.
 */
export function mapAzureFailure(failure: HttpFailure): FerryError {
  const engine = 'azure';
  const parsed = errorBodySchema.safeParse(failure.body);
  const code = parsed.success ? String(parsed.data.error.code ?? '') : '';
  const message = parsed.success ? (parsed.data.error.message ?? '') : '';
  const detail = `HTTP ${failure.status}${code ? ` (${code})` : ''}${message ? `: ${message}` : ''}`;
  // 403001: the free tier's quota is used up; it renews, a retry now cannot help.
  if (code === '403001') return new FerryError('engine-quota', detail, engine);
  // 401000 bad or missing key, 401015 a Speech key, 403000 a key without access, and region mismatches.
  if (failure.status === 401 || failure.status === 403) return new FerryError('engine-auth', `${detail}${code === '401000' ? ' (check the key and the region)' : ''}`, engine);
  // 408001: a custom system is still starting; 429000-429003: request or character rate.
  if (failure.status === 408) return new RetryableEngineError('engine-unavailable', detail, engine, failure.retryAfterMs);
  if (failure.status === 404) return new FerryError('engine-bad-response', `${detail} (check the base URL)`, engine);
  const mapped = errorCodeForStatus(failure.status);
  if (mapped === 'engine-rate-limit' || mapped === 'engine-unavailable' || mapped === 'timeout') {
    return new RetryableEngineError(mapped, detail, engine, failure.retryAfterMs);
  }
  return new FerryError(mapped, detail, engine);
}
