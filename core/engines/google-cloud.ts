import { z } from 'zod';
import { TARGET_LANGUAGES } from '../languages';
import { FerryError } from '../messaging/errors';
import { fromGoogleLanguage, toGoogleLanguage } from './google-languages';
import { errorCodeForStatus, requestJson, RetryableEngineError, type HttpFailure } from './http';
import type { EngineOutput, TranslateBatch, TranslationEngine } from './types';

/**
 * Google Cloud Translation – Basic (v2): `POST /language/translate/v2` with a
 * JSON body, `q` as an array and `format: "text"` (the default, html, would
 * answer HTML-escaped text). The key goes in the X-Goog-Api-Key header, which
 * every Google API accepts like `?key=`, so it never ends up in a URL.
 */
export const GOOGLE_CLOUD_MAX_SEGMENTS = 128;
/** Google recommends at most 5,000 code points per request (the hard cap is 100K bytes). */
export const GOOGLE_CLOUD_MAX_CHARS = 5_000;

export interface GoogleCloudConfig {
  apiKey: string;
  baseUrl: string;
  fetchImpl?: typeof fetch;
}

const responseSchema = z.object({
  data: z.object({
    translations: z.array(z.object({ translatedText: z.string(), detectedSourceLanguage: z.string().optional() })),
  }),
});

const errorBodySchema = z.object({
  error: z.object({
    code: z.number().optional(),
    message: z.string().optional(),
    status: z.string().optional(),
    errors: z.array(z.object({ reason: z.string().optional(), message: z.string().optional() })).optional(),
    details: z.array(z.object({ reason: z.string().optional() }).passthrough()).optional(),
  }),
});

export function createGoogleCloudEngine(config: GoogleCloudConfig): TranslationEngine {
  const id = 'google-cloud' as const;
  const apiKey = config.apiKey.trim();
  const baseUrl = config.baseUrl.replace(/\/+$/, '');
  return {
    id,
    cacheVariant: 'v1',
    capabilities: {
      maxSegments: GOOGLE_CLOUD_MAX_SEGMENTS,
      maxChars: GOOGLE_CLOUD_MAX_CHARS,
      html: false,
      streaming: false,
      remote: true,
      languages: TARGET_LANGUAGES,
      // The default quota is 6M characters a minute; requests are what stays polite.
      rate: { requestsPerSecond: 5, burst: 10, concurrency: 4 },
    },
    async translate(batch: TranslateBatch, signal: AbortSignal): Promise<EngineOutput> {
      signal.throwIfAborted();
      if (!apiKey) throw new FerryError('engine-auth', 'no API key set', id);
      if (batch.texts.length === 0) return { translations: [], detected: [] };
      const source = toGoogleLanguage(batch.source);
      const body = await requestJson(
        `${baseUrl}/language/translate/v2`,
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json; charset=utf-8', 'X-Goog-Api-Key': apiKey },
          body: JSON.stringify({ q: batch.texts, target: toGoogleLanguage(batch.target), format: 'text', ...(source === 'auto' ? {} : { source }) }),
        },
        { engine: id, signal, fetchImpl: config.fetchImpl },
        mapGoogleCloudFailure,
      );
      const parsed = responseSchema.safeParse(body);
      if (!parsed.success) throw new FerryError('engine-bad-response', 'unexpected response shape', id);
      const { translations } = parsed.data.data;
      if (translations.length !== batch.texts.length) {
        throw new FerryError('engine-bad-response', `asked for ${batch.texts.length} segments, got ${translations.length}`, id);
      }
      return {
        // format=text: the answer is plain text, not HTML, so nothing is decoded.
        translations: translations.map((item) => item.translatedText),
        detected: translations.map((item) => (item.detectedSourceLanguage ? fromGoogleLanguage(item.detectedSourceLanguage) : undefined)),
      };
    },
  };
}

/** The reasons Google puts in `errors[].reason` and `details[].reason` for one failure. */
function reasonsOf(parsed: z.infer<typeof errorBodySchema>): string[] {
  return [...(parsed.error.errors ?? []).map((item) => item.reason), ...(parsed.error.details ?? []).map((item) => item.reason)].filter(
    (reason): reason is string => Boolean(reason),
  );
}

export function mapGoogleCloudFailure(failure: HttpFailure): FerryError {
  const engine = 'google-cloud';
  const parsed = errorBodySchema.safeParse(failure.body);
  const message = parsed.success ? (parsed.data.error.message ?? '') : '';
  const reasons = parsed.success ? reasonsOf(parsed.data) : [];
  const detail = `HTTP ${failure.status}${message ? `: ${message}` : ''}`;
  const has = (...names: string[]) => reasons.some((reason) => names.includes(reason));
  switch (failure.status) {
    case 400:
      // A wrong key is a 400 (keyInvalid / API_KEY_INVALID), not a 401.
      if (has('keyInvalid', 'API_KEY_INVALID') || /API key not valid/i.test(message)) return new FerryError('engine-auth', detail, engine);
      return new FerryError('engine-bad-response', detail, engine);
    case 401:
      return new FerryError('engine-auth', detail, engine);
    case 403:
      // The per-minute quota (User Rate Limit Exceeded) refills within a minute: wait and resend.
      if (has('userRateLimitExceeded', 'rateLimitExceeded') || /rate limit exceeded/i.test(message)) {
        return new RetryableEngineError('engine-rate-limit', detail, engine, failure.retryAfterMs);
      }
      // The daily quota and billing do not come back by retrying.
      if (has('dailyLimitExceeded', 'quotaExceeded', 'billingNotEnabled', 'BILLING_DISABLED') || /daily limit|billing/i.test(message)) {
        return new FerryError('engine-quota', detail, engine);
      }
      // A key that is restricted, or the API not enabled for its project.
      return new FerryError('engine-auth', detail, engine);
    case 404:
      return new FerryError('engine-bad-response', `${detail} (check the base URL)`, engine);
    default: {
      const mapped = errorCodeForStatus(failure.status);
      if (mapped === 'engine-rate-limit' || mapped === 'engine-unavailable' || mapped === 'timeout') {
        return new RetryableEngineError(mapped, detail, engine, failure.retryAfterMs);
      }
      return new FerryError(mapped, detail, engine);
    }
  }
}
