import { FerryError } from '../messaging/errors';
import { parseRetryAfter, type HttpFailure, type HttpOptions } from './http';
import { readSseData } from './sse';

export interface StreamOptions extends HttpOptions {
  /** Longest silence allowed once the stream has started; any bytes (keep-alive comments too) reset it. */
  idleTimeoutMs: number;
}

/**
 * POSTs and yields the `data` of each server-sent event. Unlike one timeout
 * over the whole answer, a streamed batch is judged by silence: a long answer
 * that keeps arriving is not cut off, a server that stops talking is.
 * Transport failures map like `requestJson`; a stream cut off mid-way is a
 * `network` error, so the caller never mistakes a partial answer for a whole one.
 * A 200 with a JSON body instead of an event stream is yielded as one item.
 */
export async function* requestSse(
  url: string,
  init: RequestInit,
  options: StreamOptions,
  mapStatus: (failure: HttpFailure) => FerryError,
): AsyncGenerator<string> {
  const firstByteMs = options.timeoutMs ?? 20_000;
  const timer = new AbortController();
  let timedOut: string | undefined;
  let handle: ReturnType<typeof setTimeout> | undefined;
  const arm = (ms: number, reason: string) => {
    clearTimeout(handle);
    handle = setTimeout(() => {
      timedOut = reason;
      timer.abort();
    }, ms);
  };
  const signal = AbortSignal.any([options.signal, timer.signal]);
  const failed = (error: unknown, cut: string): unknown => {
    if (options.signal.aborted) return error;
    if (timedOut) return new FerryError('timeout', timedOut, options.engine);
    return new FerryError('network', error instanceof Error ? `${cut}: ${error.message}` : cut, options.engine);
  };
  arm(firstByteMs, `no answer within ${firstByteMs} ms`);
  try {
    let response: Response;
    try {
      response = await (options.fetchImpl ?? fetch)(url, { ...init, signal });
    } catch (error) {
      throw failed(error, 'request failed');
    }
    if (!response.ok) {
      let text = '';
      try {
        text = await response.text();
      } catch (error) {
        throw failed(error, 'connection dropped while reading the response');
      }
      throw mapStatus({ status: response.status, body: parseJson(text), retryAfterMs: parseRetryAfter(response.headers.get('retry-after')) });
    }
    if (!response.body) throw new FerryError('engine-bad-response', 'empty response', options.engine);
    // A server or proxy that ignores the stream request answers with one JSON body: it is yielded whole.
    if (/json/i.test(response.headers.get('content-type') ?? '')) {
      let text: string;
      try {
        text = await response.text();
      } catch (error) {
        throw failed(error, 'connection dropped while reading the response');
      }
      yield text;
      return;
    }
    const idle = `the stream stalled for ${options.idleTimeoutMs} ms`;
    arm(options.idleTimeoutMs, idle);
    try {
      for await (const data of readSseData(response.body, () => arm(options.idleTimeoutMs, idle))) yield data;
    } catch (error) {
      throw failed(error, 'the stream was cut off');
    }
  } finally {
    clearTimeout(handle);
    // Stops the download when the caller leaves early (an error event, a parse failure).
    timer.abort();
  }
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return text;
  }
}
