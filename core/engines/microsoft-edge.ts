import { z } from 'zod';
import { FerryError } from '../messaging/errors';
import { decodeEntities, escapeMarkup } from './html-text';
import { errorCodeForStatus, requestJson, RetryableEngineError, type HttpFailure } from './http';
import { joinPieces, splitText } from './split-text';
import type { EngineOutput, TranslateBatch, TranslationEngine } from './types';

/**
 * Microsoft's free Edge endpoint: no key, the Translator v3 response shape,
 * and a plain string array as the body.
 *
 * The endpoint runs Microsoft's HTML tag aligner over every text, so `&`, `<`,
 * `>` and `"` are sent escaped and the answer's entities are decoded exactly
 * once: `AT&T`, `<3` and a literal `&amp;` come back as posted.
 *
 * Azure's documented 1,000 items / 50,000 characters are not this endpoint's
 * limits; production clients keep to about 20 items and 10,000 characters
 * (Kiss Translator's batch queue, src/config/api.js), and so does Ferry.
 */
export const MICROSOFT_EDGE_MAX_ITEMS = 20;
export const MICROSOFT_EDGE_MAX_CHARS = 10_000;
/** One item's most characters (as sent, escaped): a longer post is cut at sentence boundaries. */
export const MICROSOFT_EDGE_MAX_ITEM_CHARS = 5_000;
const responseSchema = z.array(
  z.object({
    detectedLanguage: z.object({ language: z.string(), score: z.number().optional() }).optional(),
    translations: z.array(z.object({ text: z.string(), to: z.string().optional() })).min(1),
  }),
);

const errorBodySchema = z.object({ error: z.object({ code: z.union([z.number(), z.string()]).optional(), message: z.string().optional() }) });

/** Ferry codes to Microsoft's: Chinese scripts are zh-Hans / zh-Hant, the rest pass through. */
export function toMicrosoftLanguage(code: string): string {
  if (code === 'auto') return '';
  const lower = code.toLowerCase();
  if (lower === 'zh-hant' || lower === 'zh-tw' || lower === 'zh-hk') return 'zh-Hant';
  if (lower.startsWith('zh')) return 'zh-Hans';
  return lower.split('-')[0]!;
}

export function fromMicrosoftLanguage(code: string): string {
  if (code === 'zh-Hans' || code === 'zh-Hant') return code;
  return code.toLowerCase();
}

export interface MicrosoftEdgeConfig {
  baseUrl: string;
  /** Longest wait for the whole answer. */
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
}

export function createMicrosoftEdgeEngine(config: MicrosoftEdgeConfig): TranslationEngine {
  const id = 'microsoft-edge' as const;
  return {
    id,
    cacheVariant: 'v1',
    capabilities: {
      maxSegments: MICROSOFT_EDGE_MAX_ITEMS,
      maxChars: MICROSOFT_EDGE_MAX_CHARS,
      html: true,
      streaming: false,
      remote: true,
      languages: 'any',
      rate: { requestsPerSecond: 5, burst: 10, concurrency: 4 },
    },
    async translate(batch: TranslateBatch, signal: AbortSignal): Promise<EngineOutput> {
      // Long posts go out as several items, cut where a line or a sentence ends.
      const split = batch.texts.map((text) => splitText(text, (piece) => escapeMarkup(piece).length <= MICROSOFT_EDGE_MAX_ITEM_CHARS));
      const items = split.flatMap((pieces, owner) => pieces.map((piece) => ({ owner, text: piece.text })));
      const answers: Answer[] = [];
      for (const chunk of chunkItems(items.map((item) => item.text))) answers.push(...(await send(chunk, batch, signal)));
      const translations: string[] = [];
      const detected: (string | undefined)[] = [];
      let next = 0;
      for (const pieces of split) {
        const mine = answers.slice(next, next + pieces.length);
        next += pieces.length;
        translations.push(
          joinPieces(
            pieces,
            mine.map((answer) => answer.text),
            batch.target,
          ),
        );
        detected.push(mine.find((answer) => answer.detected)?.detected);
      }
      return { translations, detected };
    },
  };

  /** One request; a 400 or 413 about its size is answered by sending each half on its own. */
  async function send(texts: string[], batch: TranslateBatch, signal: AbortSignal): Promise<Answer[]> {
    const url = new URL('/translate/translatetext', config.baseUrl);
    url.searchParams.set('from', toMicrosoftLanguage(batch.source));
    url.searchParams.set('to', toMicrosoftLanguage(batch.target));
    url.searchParams.set('isEnterpriseClient', 'false');
    let body: unknown;
    try {
      body = await requestJson(
        url.toString(),
        { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(texts.map(escapeMarkup)) },
        { engine: id, signal, fetchImpl: config.fetchImpl, timeoutMs: config.timeoutMs },
        (failure) => mapMicrosoftFailure(failure),
      );
    } catch (error) {
      if (!(error instanceof RequestTooLarge) || texts.length < 2) throw error;
      const half = Math.ceil(texts.length / 2);
      return [...(await send(texts.slice(0, half), batch, signal)), ...(await send(texts.slice(half), batch, signal))];
    }
    const parsed = responseSchema.safeParse(body);
    if (!parsed.success) throw new FerryError('engine-bad-response', 'unexpected response shape', id);
    if (parsed.data.length !== texts.length) {
      throw new FerryError('engine-bad-response', `asked for ${texts.length} segments, got ${parsed.data.length}`, id);
    }
    return parsed.data.map((item) => ({
      text: decodeEntities(item.translations[0]!.text),
      detected: item.detectedLanguage ? fromMicrosoftLanguage(item.detectedLanguage.language) : undefined,
    }));
  }
}

interface Answer {
  text: string;
  detected?: string;
}

/** Items in order, cut into requests within the endpoint's item and character limits (counted as sent). */
export function chunkItems(texts: string[]): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  let chars = 0;
  for (const text of texts) {
    const length = escapeMarkup(text).length;
    if (current.length > 0 && (current.length >= MICROSOFT_EDGE_MAX_ITEMS || chars + length > MICROSOFT_EDGE_MAX_CHARS)) {
      chunks.push(current);
      current = [];
      chars = 0;
    }
    current.push(text);
    chars += length;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** A 400 or 413 that says the request was too large: the same texts in smaller requests will pass. */
class RequestTooLarge extends FerryError {}

// Translator v3's size errors: 400050 (text too long), 400077 (request too large).
const SIZE_ERROR_CODES = new Set(['400050', '400077']);

function mapMicrosoftFailure(failure: HttpFailure): FerryError {
  const parsed = errorBodySchema.safeParse(failure.body);
  const detail = `HTTP ${failure.status}${parsed.success && parsed.data.error.message ? `: ${parsed.data.error.message}` : ''}`;
  const code = String(parsed.success ? (parsed.data.error.code ?? '') : '');
  if (failure.status === 413 || (failure.status === 400 && (SIZE_ERROR_CODES.has(code) || /too (long|large)|size .*exceeded|exceeded.*size/i.test(detail)))) {
    return new RequestTooLarge('engine-bad-response', detail, 'microsoft-edge');
  }
  // 403001 is the free tier's quota being spent, not a bad key.
  if (failure.status === 403 && code.startsWith('403001')) return new FerryError('engine-quota', detail, 'microsoft-edge');
  const mapped = errorCodeForStatus(failure.status);
  if (mapped === 'engine-rate-limit' || mapped === 'engine-unavailable' || mapped === 'timeout') {
    return new RetryableEngineError(mapped, detail, 'microsoft-edge', failure.retryAfterMs);
  }
  return new FerryError(mapped, detail, 'microsoft-edge');
}
