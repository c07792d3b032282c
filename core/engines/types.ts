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
  /**
   * Polite request rate and parallelism for the per-engine limiter. With
   * `perSegment` the provider counts every item of a batch against its rate
   * limit (LibreTranslate), so a request costs one token per segment.
   */
  rate: { requestsPerSecond: number; burst: number; concurrency: number; perSegment?: boolean };
  /** Whether the engine passes a text's glossary to the provider: its answers are then cached per glossary. */
  glossary?: boolean;
}

/** A decoded coded-language term of a text: what the author wrote and what it means, in the target's language. */
export interface GlossaryTerm {
  written: string;
  meaning: string;
}

export interface TranslateBatch {
  texts: string[];
  /** Ferry language code or 'auto'. */
  source: string;
  /** Ferry target language code (en, zh-Hans, zh-Hant...). */
  target: string;
  /**
   * The source language the pipeline detected reliably for each text, or
   * undefined where it is not sure. Engines whose own detection is weak or
   * batch-wide (LibreTranslate, the on-device model) use it.
   */
  sourceHints?: (string | undefined)[];
  /**
   * Per text, the coded language decoded in it (computed in the background,
   * never taken from the page); engines with `capabilities.glossary` pass it on.
   */
  glossaries?: (readonly GlossaryTerm[] | undefined)[];
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
