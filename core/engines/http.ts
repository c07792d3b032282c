import { FerryError, type ErrorCode } from '../messaging/errors';

export interface HttpOptions {
  engine: string;
  timeoutMs?: number;
  signal: AbortSignal;
  fetchImpl?: typeof fetch;
}

export interface HttpFailure {
  status: number;
  /** Parsed JSON body when there was one. */
  body: unknown;
  retryAfterMs?: number;
}

/**
 * fetch with a timeout, caller cancellation and one mapping from transport
 * failures to Ferry error codes. Status-specific mapping is left to each engine
 * through `mapStatus`, since providers disagree on what 403 or 429 mean.
 */
export async function requestJson(
  url: string,
  init: RequestInit,
  options: HttpOptions,
  mapStatus: (failure: HttpFailure) => FerryError,
): Promise<unknown> {
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 20_000);
  const signal = AbortSignal.any([options.signal, timeout]);
  let response: Response;
  try {
    response = await (options.fetchImpl ?? fetch)(url, { ...init, signal });
  } catch (error) {
    if (options.signal.aborted) throw error;
    if (timeout.aborted) throw new FerryError('timeout', `no answer within ${options.timeoutMs ?? 20_000} ms`, options.engine);
    throw new FerryError('network', error instanceof Error ? error.message : String(error), options.engine);
  }
  const text = await readBody(response, signal, options);
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    if (response.ok) throw new FerryError('engine-bad-response', 'response is not JSON', options.engine);
  }
  if (!response.ok) {
    throw mapStatus({ status: response.status, body, retryAfterMs: parseRetryAfter(response.headers.get('retry-after')) });
  }
  return body;
}

async function readBody(response: Response, signal: AbortSignal, options: HttpOptions): Promise<string> {
  try {
    return await response.text();
  } catch (error) {
    if (signal.aborted && !options.signal.aborted) throw new FerryError('timeout', 'response body timed out', options.engine);
    if (options.signal.aborted) throw error;
    throw new FerryError('network', 'connection dropped while reading the response', options.engine);
  }
}

export function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  if (Number.isFinite(date)) return Math.max(0, date - Date.now());
  return undefined;
}

/** The usual meaning of an HTTP status for a translation API. */
export function errorCodeForStatus(status: number): ErrorCode {
  if (status === 401 || status === 403) return 'engine-auth';
  if (status === 402 || status === 456) return 'engine-quota';
  if (status === 429) return 'engine-rate-limit';
  if (status === 408 || status === 504) return 'timeout';
  if (status >= 500) return 'engine-unavailable';
  return 'engine-bad-response';
}

export class RetryableEngineError extends FerryError {
  readonly retryAfterMs?: number;
  constructor(code: ErrorCode, detail: string, engine: string, retryAfterMs?: number) {
    super(code, detail, engine);
    this.retryAfterMs = retryAfterMs;
  }
}

export function isRetryable(error: unknown): error is FerryError {
  if (!(error instanceof FerryError)) return false;
  return ['engine-rate-limit', 'engine-unavailable', 'network', 'timeout'].includes(error.code);
}
