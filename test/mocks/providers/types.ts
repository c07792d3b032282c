import type { IncomingMessage, ServerResponse } from 'node:http';

/** Failure modes every mock provider understands; each maps them to its own real error format. */
export type FailureMode =
  | 'ok'
  | 'http-500'
  | 'http-503'
  | 'http-429'
  | 'http-401'
  | 'quota'
  | 'malformed-json'
  | 'wrong-count'
  | 'hang'
  | 'html-payload'
  | 'truncated-stream'
  /** 200 with the right shape, but every translation is an empty string. */
  | 'empty-answer'
  /** 200 with each translation followed by HUGE_ANSWER_CHARS characters of filler. */
  | 'huge-answer'
  /** 200, but into another language than asked (Japanese), saying so in the answer. */
  | 'wrong-language';

export interface ProviderRequest {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  /** Raw request body. */
  raw: string;
  /** Parsed JSON body, when it was JSON. */
  body: unknown;
  failure: FailureMode;
  /** Keeps a response open forever (the 'hang' mode); closed when the server stops. */
  hang(): void;
}

export interface MockProvider {
  id: string;
  /** Answers and returns true when the request is for this provider. */
  handle(request: ProviderRequest): boolean | Promise<boolean>;
}

export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

/** How long each translation gets in the 'huge-answer' mode. */
export const HUGE_ANSWER_CHARS = 1_000_000;

/** The payload an engine must show as text, never run. */
export const SCRIPT_PAYLOAD = '<img src=x onerror="window.__ferryPwned=1"><script>window.__ferryPwned=1</script>';
