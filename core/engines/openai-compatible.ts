import { z } from 'zod';
import { FerryError } from '../messaging/errors';
import { errorCodeForStatus, requestJson, RetryableEngineError, type HttpFailure } from './http';
import type { EngineOutput, TranslateBatch, TranslationEngine } from './types';

/** Bump when the prompt or output contract changes: it is part of the cache key. */
export const PROMPT_VERSION = 'p1';

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  'zh-Hans': 'Simplified Chinese (简体中文)',
  'zh-Hant': 'Traditional Chinese (繁體中文)',
  ja: 'Japanese',
  ko: 'Korean',
  es: 'Spanish',
  fr: 'French',
  de: 'German',
};

export const SYSTEM_PROMPT = [
  'You translate social-media posts and comments.',
  'The user message is JSON: {"target": <language>, "segments": [<text>, ...]}.',
  'Reply with JSON only: {"translations": [<text>, ...]}, one translation per segment, in the same order and the same count.',
  'Translate naturally for a reader of the target language; keep the tone, slang and register.',
  'Keep unchanged: #hashtags, @mentions, URLs, emoji and line breaks.',
  'Never add notes, explanations or quotes around the text. If a segment is already in the target language, return it unchanged.',
].join('\n');

const completionSchema = z.object({
  choices: z
    .array(
      z.object({
        message: z.object({ content: z.string().nullable().optional(), refusal: z.string().nullable().optional() }),
        finish_reason: z.string().nullable().optional(),
      }),
    )
    .min(1),
});

const errorBodySchema = z.object({
  error: z.object({ message: z.string().optional(), type: z.string().nullable().optional(), code: z.union([z.string(), z.number()]).nullable().optional() }),
});

const outputSchema = z.object({ translations: z.array(z.string()) });

export interface OpenAiCompatibleConfig {
  baseUrl: string;
  model: string;
  apiKey: string;
  fetchImpl?: typeof fetch;
}

export function buildChatRequest(batch: TranslateBatch, model: string) {
  return {
    model,
    temperature: 0.2,
    messages: [
      { role: 'system' as const, content: SYSTEM_PROMPT },
      { role: 'user' as const, content: JSON.stringify({ target: LANGUAGE_NAMES[batch.target] ?? batch.target, segments: batch.texts }) },
    ],
    response_format: {
      type: 'json_schema' as const,
      json_schema: {
        name: 'ferry_translations',
        strict: true,
        schema: {
          type: 'object',
          properties: { translations: { type: 'array', items: { type: 'string' } } },
          required: ['translations'],
          additionalProperties: false,
        },
      },
    },
  };
}

export function createOpenAiCompatibleEngine(config: OpenAiCompatibleConfig): TranslationEngine {
  const id = 'openai-compatible' as const;
  return {
    id,
    cacheVariant: `${config.model}|${PROMPT_VERSION}`,
    // LLMs are bounded by tokens, not items: keep batches small enough to answer fast.
    capabilities: {
      maxSegments: 40,
      maxChars: 6_000,
      html: false,
      streaming: true,
      remote: true,
      languages: 'any',
      rate: { requestsPerSecond: 2, burst: 4, concurrency: 2 },
    },
    async translate(batch: TranslateBatch, signal: AbortSignal): Promise<EngineOutput> {
      if (!config.apiKey) throw new FerryError('engine-auth', 'no API key set', id);
      const body = await requestJson(
        `${config.baseUrl}/chat/completions`,
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${config.apiKey}` },
          body: JSON.stringify(buildChatRequest(batch, config.model)),
        },
        { engine: id, signal, fetchImpl: config.fetchImpl, timeoutMs: 60_000 },
        mapOpenAiFailure,
      );
      const completion = completionSchema.safeParse(body);
      if (!completion.success) throw new FerryError('engine-bad-response', 'unexpected response shape', id);
      const choice = completion.data.choices[0]!;
      if (choice.message.refusal) throw new FerryError('engine-bad-response', 'the model refused', id);
      const translations = parseTranslations(choice.message.content ?? '');
      if (translations.length !== batch.texts.length) {
        throw new FerryError('engine-bad-response', `asked for ${batch.texts.length} segments, got ${translations.length}`, id);
      }
      return { translations };
    },
  };
}

/** Accepts the JSON object, also when a server wraps it in a Markdown fence. */
export function parseTranslations(content: string): string[] {
  const unfenced = content.trim().replace(/^```(?:json)?\s*/i, '').replace(/\s*```$/, '');
  let json: unknown;
  try {
    json = JSON.parse(unfenced);
  } catch {
    throw new FerryError('engine-bad-response', 'the model did not answer with JSON', 'openai-compatible');
  }
  const parsed = outputSchema.safeParse(json);
  if (!parsed.success) throw new FerryError('engine-bad-response', 'JSON without a translations list', 'openai-compatible');
  return parsed.data.translations;
}

function mapOpenAiFailure(failure: HttpFailure): FerryError {
  const parsed = errorBodySchema.safeParse(failure.body);
  const error = parsed.success ? parsed.data.error : undefined;
  const detail = `HTTP ${failure.status}${error?.message ? `: ${error.message}` : ''}`;
  const code = String(error?.code ?? error?.type ?? '');
  // insufficient_quota arrives as a 429 but no amount of waiting fixes it.
  if (code === 'insufficient_quota' || failure.status === 402) return new FerryError('engine-quota', detail, 'openai-compatible');
  if (failure.status === 404) return new FerryError('engine-bad-response', `${detail} (check the base URL and model)`, 'openai-compatible');
  const mapped = errorCodeForStatus(failure.status);
  if (mapped === 'engine-rate-limit' || mapped === 'engine-unavailable' || mapped === 'timeout') {
    return new RetryableEngineError(mapped, detail, 'openai-compatible', failure.retryAfterMs);
  }
  return new FerryError(mapped, detail, 'openai-compatible');
}
