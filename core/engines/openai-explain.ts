import { z } from 'zod';
import type { Note } from '../knowledge/notes';
import { FerryError } from '../messaging/errors';
import { requestSse } from './http-stream';
import { defaultSampling, mapOpenAiFailure } from './openai-compatible';

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  'zh-CN': 'Simplified Chinese',
  'zh-TW': 'Traditional Chinese',
  ja: 'Japanese',
  ko: 'Korean',
  es: 'Spanish',
};

export function explainSystemPrompt(language: string): string {
  return [
    'You help someone read a social-media post written in another language or culture.',
    'Explain its slang, references, jokes and tone in a few short paragraphs. Do not translate it again and do not judge the author.',
    'The user message is JSON: {"post", "translation", "notes"}. The notes are checked background from Ferry; rely on them where they apply and say so when you are unsure.',
    `Answer in ${LANGUAGE_NAMES[language] ?? 'English'}, as plain text: no Markdown, no HTML, no lists with symbols.`,
  ].join('\n');
}

export function explainMessages(post: { text: string; translation?: string }, notes: readonly Note[], language: string) {
  const grounding = notes.map((note) => ({ kind: note.kind, title: note.title, explanation: note.explanation }));
  return [
    { role: 'system' as const, content: explainSystemPrompt(language) },
    { role: 'user' as const, content: JSON.stringify({ post: post.text, translation: post.translation ?? '', notes: grounding }) },
  ];
}

const chunkSchema = z.object({
  choices: z.array(z.object({ index: z.number().optional(), delta: z.object({ content: z.string().nullable().optional() }).optional(), finish_reason: z.string().nullable().optional() })),
});
const completionSchema = z.object({ choices: z.array(z.object({ message: z.object({ content: z.string().nullable().optional() }) })).min(1) });

export interface ExplainConfig {
  baseUrl: string;
  model: string;
  apiKey: string;
  fetchImpl?: typeof fetch;
}

/** Streams an explanation from a chat-completions endpoint, yielding text pieces as they arrive. */
export async function* streamExplanation(config: ExplainConfig, messages: ReturnType<typeof explainMessages>, signal: AbortSignal): AsyncGenerator<string> {
  if (!config.apiKey.trim()) throw new FerryError('engine-auth', 'no API key set', 'openai-compatible');
  const init: RequestInit = {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream', Authorization: `Bearer ${config.apiKey.trim()}` },
    // Reasoning models (gpt-5, o-series) refuse any temperature but the default.
    body: JSON.stringify({ model: config.model, ...(defaultSampling(config.model).temperature ? { temperature: 0.4 } : {}), stream: true, messages }),
  };
  const events = requestSse(`${config.baseUrl.replace(/\/+$/, '')}/chat/completions`, init, { engine: 'openai-compatible', signal, fetchImpl: config.fetchImpl, timeoutMs: 30_000, idleTimeoutMs: 30_000 }, mapOpenAiFailure);
  let finished = false;
  for await (const data of events) {
    if (data === '[DONE]') {
      finished = true;
      break;
    }
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      throw new FerryError('engine-bad-response', 'a stream event is not JSON', 'openai-compatible');
    }
    const whole = completionSchema.safeParse(json);
    if (whole.success) {
      yield whole.data.choices[0]!.message.content ?? '';
      return;
    }
    const chunk = chunkSchema.safeParse(json);
    if (!chunk.success) throw new FerryError('engine-bad-response', 'unexpected stream event', 'openai-compatible');
    for (const choice of chunk.data.choices) {
      if ((choice.index ?? 0) !== 0) continue;
      if (choice.delta?.content) yield choice.delta.content;
      if (choice.finish_reason) finished = true;
    }
  }
  if (!finished) throw new FerryError('engine-bad-response', 'the stream ended before the answer was complete', 'openai-compatible');
}
