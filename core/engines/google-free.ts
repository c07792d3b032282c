import { z } from 'zod';
import { TARGET_LANGUAGES } from '../languages';
import { FerryError } from '../messaging/errors';
import { fromGoogleLanguage, toGoogleLanguage } from './google-languages';
import { htmlToText, textToHtml } from './html-text';
import { errorCodeForStatus, isRetryable, requestJson, RetryableEngineError, type HttpFailure } from './http';
import type { EngineOutput, TranslateBatch, TranslationEngine } from './types';
import { joinPieces, splitText, type TextPiece } from './split-text';

/**
 * Google's keyless web endpoints. First `translateHtml` (the Chrome / website
 * translator backend: native batching, HTML in and out), then, when it fails,
 * `translate_a/single?client=gtx` (one text per GET). Both are unofficial and
 * change without notice, which is why there are two.
 */

/** The public key embedded in Google's website translator element (not a user secret). */
export const GOOGLE_WEB_KEY = 'AIzaSyATBXajvzQLTDHEQbcpq0Ihe0vWDHmO520';

/** Peers split translateHtml requests at about 800 characters; Google publishes no limit. */
export const GOOGLE_FREE_MAX_CHARS = 800;
export const GOOGLE_FREE_MAX_SEGMENTS = 50;
/** Longest percent-encoded text one gtx GET carries; longer texts go in several GETs. */
export const GTX_MAX_ENCODED_QUERY = 6_000;
/** After translateHtml fails, batches go straight to gtx for this long instead of waiting on it again. */
export const PRIMARY_REST_MS = 2 * 60_000;
const PRIMARY_TIMEOUT_MS = 10_000;
const GTX_PARALLEL = 3;

export interface GoogleFreeConfig {
  /** translateHtml host (https://translate-pa.googleapis.com). */
  baseUrl: string;
  /** gtx host (https://translate.googleapis.com). */
  fallbackBaseUrl: string;
  /** How long translateHtml gets before gtx is asked instead; shorter than a keyed engine's, since a fallback is ready. */
  primaryTimeoutMs?: number;
  fetchImpl?: typeof fetch;
  now?: () => number;
}

const translateHtmlSchema = z.array(z.unknown()).min(1);
const translationsSchema = z.array(z.string());
const detectedSchema = z.array(z.string().nullable()).nullish();

const gtxSchema = z.object({
  sentences: z.array(z.object({ trans: z.string().optional() })).optional(),
  src: z.string().optional(),
});

const googleErrorSchema = z.object({ error: z.object({ message: z.string().optional(), status: z.string().optional() }) });

export function createGoogleFreeEngine(config: GoogleFreeConfig): TranslationEngine {
  const id = 'google-free' as const;
  const baseUrl = config.baseUrl.replace(/\/+$/, '');
  const fallbackBaseUrl = config.fallbackBaseUrl.replace(/\/+$/, '');
  const now = config.now ?? Date.now;
  let primaryRestingUntil = 0;

  const viaTranslateHtml = async (batch: TranslateBatch, texts: string[], signal: AbortSignal): Promise<EngineOutput> => {
    const body = await requestJson(
      `${baseUrl}/v1/translateHtml`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json+protobuf', 'X-Goog-API-Key': GOOGLE_WEB_KEY },
        body: JSON.stringify([[texts.map(textToHtml), toGoogleLanguage(batch.source), toGoogleLanguage(batch.target)], 'wt_lib']),
      },
      { engine: id, signal, fetchImpl: config.fetchImpl, timeoutMs: config.primaryTimeoutMs ?? PRIMARY_TIMEOUT_MS },
      (failure) => mapGoogleWebFailure(failure, 'translateHtml'),
    );
    const outer = translateHtmlSchema.safeParse(body);
    const translations = outer.success ? translationsSchema.safeParse(outer.data[0]) : undefined;
    const detected = outer.success ? detectedSchema.safeParse(outer.data[1]) : undefined;
    if (!translations?.success || !detected?.success) throw new FerryError('engine-bad-response', 'unexpected translateHtml response shape', id);
    if (translations.data.length !== texts.length) {
      throw new FerryError('engine-bad-response', `asked for ${texts.length} segments, got ${translations.data.length}`, id);
    }
    return {
      // The answer is HTML: <br> back to line breaks, entities decoded once, nothing parsed as markup.
      translations: translations.data.map(htmlToText),
      detected: texts.map((_, index) => {
        const code = detected.data?.[index];
        return code ? fromGoogleLanguage(code) : undefined;
      }),
    };
  };

  const gtxOne = async (text: string, batch: TranslateBatch, signal: AbortSignal): Promise<{ text: string; detected?: string }> => {
    const pieces = splitForGtx(text);
    const answers: { text: string; detected?: string }[] = [];
    // Sequential: the pieces of one text are few, and order matters for the join.
    // A blank piece (a run of empty lines too long to fold into its neighbour) needs no request.
    for (const piece of pieces) answers.push(piece.text.trim() ? await gtxRequest(piece.text, batch, signal) : { text: piece.text });
    return {
      text: joinPieces(
        pieces,
        answers.map((answer) => answer.text),
        batch.target,
      ), detected: answers.find((answer) => answer.detected)?.detected };
  };

  const gtxRequest = async (text: string, batch: TranslateBatch, signal: AbortSignal): Promise<{ text: string; detected?: string }> => {
    const url = new URL(`${fallbackBaseUrl}/translate_a/single`);
    const params: [string, string][] = [
      ['client', 'gtx'],
      ['sl', toGoogleLanguage(batch.source)],
      ['tl', toGoogleLanguage(batch.target)],
      ['dt', 't'],
      ['dj', '1'],
      ['ie', 'UTF-8'],
      ['oe', 'UTF-8'],
      // URLSearchParams percent-encodes #, & and emoji, so a hashtag never becomes a URL fragment.
      ['q', text],
    ];
    for (const [name, value] of params) url.searchParams.append(name, value);
    const body = await requestJson(url.toString(), { method: 'GET' }, { engine: id, signal, fetchImpl: config.fetchImpl }, (failure) =>
      mapGoogleWebFailure(failure, 'gtx'),
    );
    const parsed = gtxSchema.safeParse(body);
    if (!parsed.success || !parsed.data.sentences) throw new FerryError('engine-bad-response', 'unexpected gtx response shape', id);
    // gtx answers plain text, not HTML: nothing to decode.
    return {
      text: parsed.data.sentences.map((sentence) => sentence.trans ?? '').join(''),
      detected: parsed.data.src ? fromGoogleLanguage(parsed.data.src) : undefined,
    };
  };

  const viaGtx = async (batch: TranslateBatch, texts: string[], signal: AbortSignal): Promise<EngineOutput> => {
    const results = await mapWithConcurrency(texts, GTX_PARALLEL, (text) => gtxOne(text, batch, signal));
    return { translations: results.map((result) => result.text), detected: results.map((result) => result.detected) };
  };

  const translateNonBlank = async (batch: TranslateBatch, texts: string[], signal: AbortSignal): Promise<EngineOutput> => {
    if (now() >= primaryRestingUntil) {
      try {
        return await viaTranslateHtml(batch, texts, signal);
      } catch (primary) {
        // A cancelled batch is not a failed endpoint, and nothing is sent on its behalf.
        if (signal.aborted) throw primary;
        primaryRestingUntil = now() + PRIMARY_REST_MS;
        try {
          return await viaGtx(batch, texts, signal);
        } catch (fallback) {
          if (signal.aborted) throw fallback;
          throw preferRetryable(fallback, primary);
        }
      }
    }
    return viaGtx(batch, texts, signal);
  };

  return {
    id,
    cacheVariant: 'v1',
    capabilities: {
      maxSegments: GOOGLE_FREE_MAX_SEGMENTS,
      maxChars: GOOGLE_FREE_MAX_CHARS,
      html: false,
      streaming: false,
      remote: true,
      languages: TARGET_LANGUAGES,
      rate: { requestsPerSecond: 4, burst: 8, concurrency: 3 },
    },
    async translate(batch: TranslateBatch, signal: AbortSignal): Promise<EngineOutput> {
      signal.throwIfAborted();
      // Google answers 400 to an empty item, so blank texts are kept back and returned as they are.
      const sendIndexes = batch.texts.flatMap((text, index) => (text.trim() ? [index] : []));
      const translations = [...batch.texts];
      const detected: (string | undefined)[] = batch.texts.map(() => undefined);
      if (sendIndexes.length === 0) return { translations, detected };
      const output = await translateNonBlank(
        batch,
        sendIndexes.map((index) => batch.texts[index]!),
        signal,
      );
      sendIndexes.forEach((original, position) => {
        translations[original] = output.translations[position]!;
        detected[original] = output.detected?.[position];
      });
      return { translations, detected };
    },
  };
}

/**
 * Which failure to report when both endpoints failed: one the pipeline may
 * retry wins (the retry goes straight to gtx), otherwise translateHtml's.
 */
function preferRetryable(fallback: unknown, primary: unknown): unknown {
  if (isRetryable(fallback)) return fallback;
  return primary;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export type GtxPiece = TextPiece;

/** Cuts a text into pieces whose percent-encoded form fits one gtx URL (see `splitText`). */
export function splitForGtx(text: string, maxEncoded = GTX_MAX_ENCODED_QUERY): GtxPiece[] {
  // Measured as the URL will carry it: a lone surrogate goes out as U+FFFD (encodeURIComponent would throw on it).
  return splitText(text, (value) => encodeURIComponent(value.replace(LONE_SURROGATE, '\ufffd')).length <= maxEncoded);
}

async function mapWithConcurrency<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function mapGoogleWebFailure(failure: HttpFailure, endpoint: 'translateHtml' | 'gtx'): FerryError {
  const parsed = googleErrorSchema.safeParse(failure.body);
  const detail = `${endpoint} HTTP ${failure.status}${parsed.success && parsed.data.error.message ? `: ${parsed.data.error.message}` : ''}`;
  const engine = 'google-free';
  // The key is Google's own public one: a refusal means it was rotated, and gtx, which needs none, takes over.
  if (endpoint === 'translateHtml' && (failure.status === 401 || failure.status === 403)) {
    return new FerryError('engine-auth', `${detail} (Google refused its public web key)`, engine);
  }
  // gtx has no key; a 403 there is Google blocking this network for a while.
  if (endpoint === 'gtx' && failure.status === 403) return new RetryableEngineError('engine-unavailable', detail, engine, failure.retryAfterMs);
  if (failure.status === 404) return new FerryError('engine-bad-response', `${detail} (check the base URL)`, engine);
  const mapped = errorCodeForStatus(failure.status);
  if (mapped === 'engine-rate-limit' || mapped === 'engine-unavailable' || mapped === 'timeout') {
    return new RetryableEngineError(mapped, detail, engine, failure.retryAfterMs);
  }
  return new FerryError(mapped, detail, engine);
}
