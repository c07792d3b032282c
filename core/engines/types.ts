import type { EngineId } from '../settings/schema';

export interface EngineCapabilities {
  /** Most segments one request may carry. */
  maxSegments: number;
  /** Most characters one request may carry, summed over segments. */
  maxChars: number;
  /** Most estimated tokens one request may carry (LLMs), counted with `estimateTokens`. */
  maxTokens?: number;
  estimateTokens?: (text: string) => number;
  /** Whether the engine can take HTML and keep tags. */
  html: boolean;
  /** Whether the engine can stream partial output. */
  streaming: boolean;
  /** Whether the engine sends text off the machine. */
  remote: boolean;
  /** Ferry target codes it can translate into, or 'any'. */
  languages: 'any' | readonly string[];
  /** Polite request rate and parallelism for the per-engine limiter. */
  rate: { requestsPerSecond: number; burst: number; concurrency: number };
}

export interface TranslateBatch {
  texts: string[];
  /** Ferry language code or 'auto'. */
  source: string;
  /** Ferry target language code (en, zh-Hans, zh-Hant...). */
  target: string;
}

export interface EngineOutput {
  translations: string[];
  /** Detected source language per segment when the engine reports it. */
  detected?: (string | undefined)[];
}

export interface TranslationEngine {
  readonly id: EngineId;
  readonly capabilities: EngineCapabilities;
  /** Part of the cache key: changes whenever the same input could translate differently. */
  readonly cacheVariant: string;
  translate(batch: TranslateBatch, signal: AbortSignal): Promise<EngineOutput>;
}
