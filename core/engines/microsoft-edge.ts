import { z } from 'zod';
import { FerryError } from '../messaging/errors';
import { errorCodeForStatus, requestJson, RetryableEngineError, type HttpFailure } from './http';
import type { EngineOutput, TranslateBatch, TranslationEngine } from './types';

/**
 * Microsoft's free Edge endpoint: no key, the Translator v3 response shape,
 * and a plain string array as the body.
 */
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
      maxSegments: 1000,
      maxChars: 50_000,
      html: true,
      streaming: false,
      remote: true,
      languages: 'any',
      rate: { requestsPerSecond: 5, burst: 10, concurrency: 4 },
    },
    async translate(batch: TranslateBatch, signal: AbortSignal): Promise<EngineOutput> {
      const url = new URL('/translate/translatetext', config.baseUrl);
      url.searchParams.set('from', toMicrosoftLanguage(batch.source));
      url.searchParams.set('to', toMicrosoftLanguage(batch.target));
      url.searchParams.set('isEnterpriseClient', 'false');
      const body = await requestJson(
        url.toString(),
        { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(batch.texts) },
        { engine: id, signal, fetchImpl: config.fetchImpl, timeoutMs: config.timeoutMs },
        (failure) => mapMicrosoftFailure(failure),
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

function mapMicrosoftFailure(failure: HttpFailure): FerryError {
  const parsed = errorBodySchema.safeParse(failure.body);
  const detail = `HTTP ${failure.status}${parsed.success && parsed.data.error.message ? `: ${parsed.data.error.message}` : ''}`;
  const code = String(parsed.success ? (parsed.data.error.code ?? '') : '');
  // 403001 is the free tier's quota being spent, not a bad key.
  if (failure.status === 403 && code.startsWith('403001')) return new FerryError('engine-quota', detail, 'microsoft-edge');
  const mapped = errorCodeForStatus(failure.status);
  if (mapped === 'engine-rate-limit' || mapped === 'engine-unavailable' || mapped === 'timeout') {
    return new RetryableEngineError(mapped, detail, 'microsoft-edge', failure.retryAfterMs);
  }
  return new FerryError(mapped, detail, 'microsoft-edge');
}
