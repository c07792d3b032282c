import { z } from 'zod';
import { TARGET_LANGUAGES } from '../languages';
import { FerryError } from '../messaging/errors';
import { errorCodeForStatus, requestJson, RetryableEngineError, type HttpFailure } from './http';
import type { EngineOutput, GlossaryTerm, TranslateBatch, TranslationEngine } from './types';

/**
 * DeepL API v2 (`POST /v2/translate`, JSON body, `DeepL-Auth-Key` header).
 * Wire format: DeepLcom/openapi `openapi.yaml`; see test/contracts/deepl.
 */
export const DEEPL_FREE_URL = 'https://api-free.deepl.com';
export const DEEPL_PRO_URL = 'https://api.deepl.com';

export type DeeplFormality = 'default' | 'more' | 'less' | 'prefer_more' | 'prefer_less';

export interface DeeplConfig {
  apiKey: string;
  /** Overrides the host picked from the key (tests, proxies); empty or missing means pick from the key. */
  baseUrl?: string;
  formality?: DeeplFormality;
  /** Applied only when the source language is known: DeepL rejects a glossary with auto-detection. */
  glossaryId?: string;
  /** Extra text that steers the translation; not translated, not billed. */
  context?: string;
  fetchImpl?: typeof fetch;
}

const responseSchema = z.object({
  translations: z.array(z.object({ detected_source_language: z.string().optional(), text: z.string() })),
});

const errorBodySchema = z.object({ message: z.string().optional(), code: z.union([z.string(), z.number()]).optional() });

/** Free-plan keys end in ":fx" (a DeepL convention, not in the spec). */
export function deeplBaseUrl(apiKey: string): string {
  return apiKey.trim().endsWith(':fx') ? DEEPL_FREE_URL : DEEPL_PRO_URL;
}

/**
 * Ferry targets to DeepL's. English must name a variant as a target (plain EN
 * is deprecated there): EN-US, the variant most readers of social media expect;
 * EN-GB would need a setting. Chinese keeps its script.
 */
export function toDeeplTarget(code: string): string {
  const lower = code.toLowerCase();
  if (lower === 'en' || lower === 'en-us') return 'EN-US';
  if (lower === 'en-gb') return 'EN-GB';
  if (lower === 'zh-hant' || lower === 'zh-tw' || lower === 'zh-hk') return 'ZH-HANT';
  if (lower.startsWith('zh')) return 'ZH-HANS';
  if (lower === 'pt' || lower === 'pt-br') return 'PT-BR';
  if (lower === 'pt-pt') return 'PT-PT';
  return lower.split('-')[0]!.toUpperCase();
}

/** Source languages have no variants at DeepL (ZH, EN, PT...); 'auto' means leave source_lang out. */
export function toDeeplSource(code: string): string | undefined {
  if (code === 'auto' || code === '') return undefined;
  return code.split('-')[0]!.toUpperCase();
}

/** DeepL reports bare uppercase codes (ZH, EN): Ferry keeps them lowercase. */
export function fromDeeplLanguage(code: string): string {
  return code.toLowerCase();
}

/**
 * 'more' and 'less' make DeepL answer 400 for targets without formality (EN,
 * ZH and KO among Ferry's); the prefer_ variants apply the same formality where
 * it exists and fall back to default elsewhere, so one setting works for every target.
 */
function effectiveFormality(formality: DeeplFormality | undefined): DeeplFormality | undefined {
  if (formality === 'more') return 'prefer_more';
  if (formality === 'less') return 'prefer_less';
  if (formality === 'default') return undefined;
  return formality;
}

/**
 * The coded language decoded in a text, as DeepL `context` (steers the
 * translation, is not translated). A DeepL glossary would need a stored
 * glossary per language pair and a known source language; context needs neither.
 */
export function glossaryContext(glossary: readonly GlossaryTerm[] | undefined): string {
  if (!glossary?.length) return '';
  return `Coded language in this text, to be translated by its meaning: ${glossary.map((term) => `"${term.written}" means ${term.meaning}`).join('; ')}.`;
}

/** Every text of the batch shares its context: `translate` sends texts with different glossaries apart. */
export function buildDeeplRequest(batch: TranslateBatch, config: Pick<DeeplConfig, 'formality' | 'glossaryId' | 'context'>) {
  const sourceLang = toDeeplSource(batch.source);
  const formality = effectiveFormality(config.formality);
  const context = [config.context, glossaryContext(batch.glossaries?.[0])].filter(Boolean).join('\n');
  return {
    text: batch.texts,
    target_lang: toDeeplTarget(batch.target),
    ...(sourceLang ? { source_lang: sourceLang } : {}),
    ...(context ? { context } : {}),
    ...(formality ? { formality } : {}),
    ...(config.glossaryId && sourceLang ? { glossary_id: config.glossaryId } : {}),
    // '1' (the default without tag_handling) treats every newline as a sentence
    // boundary, so each line of a post is translated on its own and the line
    // breaks come back where they were. 'nonewlines' would let a sentence run
    // across lines and DeepL may then drop or move the break. Sent explicitly
    // because the default changes to 'nonewlines' if tag_handling is ever added.
    split_sentences: '1',
  };
}

export function createDeeplEngine(config: DeeplConfig): TranslationEngine {
  const id = 'deepl' as const;
  const apiKey = config.apiKey.trim();
  // An empty baseUrl (the settings default) also means: pick from the key.
  const baseUrl = (config.baseUrl || deeplBaseUrl(apiKey)).replace(/\/+$/, '');

  /** One request; every text in it shares the batch's (first) glossary as context. */
  async function send(batch: TranslateBatch, signal: AbortSignal): Promise<EngineOutput> {
    const body = await requestJson(
      `${baseUrl}/v2/translate`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `DeepL-Auth-Key ${apiKey}` },
        body: JSON.stringify(buildDeeplRequest(batch, config)),
      },
      { engine: id, signal, fetchImpl: config.fetchImpl },
      mapDeeplFailure,
    );
    const parsed = responseSchema.safeParse(body);
    if (!parsed.success) throw new FerryError('engine-bad-response', 'unexpected response shape', id);
    const { translations } = parsed.data;
    if (translations.length !== batch.texts.length) {
      throw new FerryError('engine-bad-response', `asked for ${batch.texts.length} segments, got ${translations.length}`, id);
    }
    return {
      translations: translations.map((item) => item.text),
      detected: translations.map((item) => (item.detected_source_language ? fromDeeplLanguage(item.detected_source_language) : undefined)),
    };
  }

  return {
    id,
    cacheVariant: `v1|${effectiveFormality(config.formality) ?? 'default'}|${config.glossaryId ?? ''}|${config.context ?? ''}`,
    capabilities: {
      maxSegments: 50,
      // DeepL caps the request at 128 KiB (131,072 bytes), not at characters.
      // Ferry mostly sends Chinese, which is 3 UTF-8 bytes per UTF-16 unit
      // (emoji are 4 bytes per 2 units), so 40,000 units is at most ~120,000
      // bytes of text, leaving ~11 KB for JSON quoting, 50 separators, the
      // language codes and the context. 120,000 characters would only fit
      // for ASCII text.
      maxChars: 40_000,
      html: false,
      streaming: false,
      remote: true,
      languages: TARGET_LANGUAGES,
      // DeepL publishes no fixed request rate; 429/529 with back-off cover the rest.
      rate: { requestsPerSecond: 3, burst: 6, concurrency: 3 },
      glossary: true,
    },
    async translate(batch: TranslateBatch, signal: AbortSignal): Promise<EngineOutput> {
      signal.throwIfAborted();
      if (!apiKey) throw new FerryError('engine-auth', 'no API key set', id);
      if (batch.texts.length === 0) return { translations: [], detected: [] };
      // One context per request: texts are grouped by their glossary (most have none and travel together).
      const groups = new Map<string, number[]>();
      batch.texts.forEach((_, index) => {
        const context = glossaryContext(batch.glossaries?.[index]);
        groups.set(context, [...(groups.get(context) ?? []), index]);
      });
      const translations = new Array<string>(batch.texts.length);
      const detected = new Array<string | undefined>(batch.texts.length);
      await Promise.all(
        [...groups.values()].map(async (indices) => {
          const glossary = batch.glossaries?.[indices[0]!];
          const output = await send({ ...batch, texts: indices.map((index) => batch.texts[index]!), sourceHints: undefined, glossaries: glossary ? [glossary] : undefined }, signal);
          indices.forEach((index, position) => {
            translations[index] = output.translations[position]!;
            detected[index] = output.detected?.[position];
          });
        }),
      );
      return { translations, detected };
    },
  };
}

function mapDeeplFailure(failure: HttpFailure): FerryError {
  const parsed = errorBodySchema.safeParse(failure.body);
  const detail = `HTTP ${failure.status}${parsed.success && parsed.data.message ? `: ${parsed.data.message}` : ''}`;
  switch (failure.status) {
    case 403:
      return new FerryError('engine-auth', detail, 'deepl');
    // 456: the character allowance is spent; retrying cannot help until it renews.
    case 456:
      return new FerryError('engine-quota', detail, 'deepl');
    // 529 is DeepL's "too many requests" under high load, not a server fault.
    case 429:
    case 529:
      return new RetryableEngineError('engine-rate-limit', detail, 'deepl', failure.retryAfterMs);
    // DeepL documents 504 as "service unavailable", not a gateway timeout.
    case 500:
    case 502:
    case 503:
    case 504:
      return new RetryableEngineError('engine-unavailable', detail, 'deepl', failure.retryAfterMs);
    // 413: the batch outgrew 128 KiB; resending the same batch fails the same way.
    case 413:
      return new FerryError('engine-bad-response', `${detail} (request too large)`, 'deepl');
    case 404:
      return new FerryError('engine-bad-response', `${detail} (check the base URL)`, 'deepl');
    default: {
      const mapped = errorCodeForStatus(failure.status);
      if (mapped === 'engine-rate-limit' || mapped === 'engine-unavailable' || mapped === 'timeout') {
        return new RetryableEngineError(mapped, detail, 'deepl', failure.retryAfterMs);
      }
      return new FerryError(mapped, detail, 'deepl');
    }
  }
}
