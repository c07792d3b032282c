import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { phrasebookTranslate } from './phrasebook';

/**
 * A loopback translation server speaking the real wire formats of the
 * Microsoft Edge endpoint and the OpenAI Chat Completions API, with switchable
 * failure modes. Used by unit, E2E and benchmark runs; no real service is reached.
 */
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
  | 'html-payload';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

export interface EngineServer {
  url: string;
  requests: RecordedRequest[];
  setMode(mode: FailureMode, options?: { times?: number }): void;
  setDelay(ms: number): void;
  close(): Promise<void>;
}

export const MOCK_OPENAI_KEY = 'sk-test-ferry-0123456789abcdef';

export async function startEngineServer(port = 0): Promise<EngineServer> {
  let mode: FailureMode = 'ok';
  let remaining = Infinity;
  let delay = 0;
  const requests: RecordedRequest[] = [];
  const hanging = new Set<ServerResponse>();

  const currentMode = (): FailureMode => {
    if (mode === 'ok') return 'ok';
    if (remaining <= 0) return 'ok';
    remaining--;
    return mode;
  };

  const server = createServer(async (req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Authorization');
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(req);
    let body: unknown = raw;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      // Recorded as text; handlers answer 400.
    }
    requests.push({ method: req.method ?? 'GET', path: url.pathname, query: Object.fromEntries(url.searchParams), headers: req.headers, body });
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));

    if (req.method === 'POST' && url.pathname === '/translate/translatetext') return microsoftEdge(url, body, res, currentMode());
    if (req.method === 'POST' && url.pathname === '/v1/chat/completions') return openAiChat(req, body, res, currentMode());
    json(res, 404, { error: { code: 404000, message: 'Not found' } });
  });

  function microsoftEdge(url: URL, body: unknown, res: ServerResponse, failure: FailureMode) {
    const to = url.searchParams.get('to') ?? '';
    if (!Array.isArray(body) || body.some((item) => typeof item !== 'string')) {
      return json(res, 400, { error: { code: 400000, message: 'One of the request inputs is not valid.' } });
    }
    if (!to) return json(res, 400, { error: { code: 400036, message: 'The target language is not valid.' } });
    if (body.length > 1000) return json(res, 400, { error: { code: 400077, message: 'The maximum request size has been exceeded.' } });
    if (body.reduce((sum: number, text: string) => sum + text.length, 0) > 50_000) {
      return json(res, 400, { error: { code: 400050, message: 'The input text is too long.' } });
    }
    switch (failure) {
      case 'http-500':
        return json(res, 500, { error: { code: 500000, message: 'An unexpected error occurred.' } });
      case 'http-503':
        return json(res, 503, { error: { code: 503000, message: 'Service is temporarily unavailable.' } });
      case 'http-429':
        res.setHeader('Retry-After', '1');
        return json(res, 429, { error: { code: 429001, message: 'The server rejected the request because the client has exceeded request limits.' } });
      case 'http-401':
        return json(res, 401, { error: { code: 401000, message: 'The request is not authorized because credentials are missing or invalid.' } });
      case 'quota':
        return json(res, 403, { error: { code: 403001, message: 'The operation is not allowed because the subscription has exceeded its free quota.' } });
      case 'malformed-json':
        res.writeHead(200, { 'Content-Type': 'application/json' });
        return void res.end('[{"translations":[{"text":"trunc');
      case 'hang':
        hanging.add(res);
        return;
      default:
    }
    const texts = failure === 'wrong-count' ? body.slice(1) : body;
    const detected = (text: string) => (/\p{Script=Han}/u.test(text) ? 'zh-Hans' : 'en');
    json(
      res,
      200,
      texts.map((text: string) => ({
        detectedLanguage: { language: detected(text), score: 1 },
        translations: [{ text: failure === 'html-payload' ? `<img src=x onerror="window.__ferryPwned=1">${text}` : phrasebookTranslate(text, to), to }],
      })),
    );
  }

  function openAiChat(req: IncomingMessage, body: unknown, res: ServerResponse, failure: FailureMode) {
    const auth = req.headers.authorization ?? '';
    if (auth !== `Bearer ${MOCK_OPENAI_KEY}` || failure === 'http-401') {
      return json(res, 401, { error: { message: 'Incorrect API key provided.', type: 'invalid_request_error', param: null, code: 'invalid_api_key' } });
    }
    const request = body as { model?: string; messages?: { role: string; content: string }[] } | undefined;
    if (!request?.model || !Array.isArray(request.messages) || request.messages.length === 0) {
      return json(res, 400, { error: { message: "Missing required parameter: 'messages'.", type: 'invalid_request_error', param: 'messages', code: null } });
    }
    switch (failure) {
      case 'http-429':
        res.setHeader('Retry-After', '1');
        return json(res, 429, { error: { message: 'Rate limit reached for requests', type: 'requests', param: null, code: 'rate_limit_exceeded' } });
      case 'quota':
        return json(res, 429, { error: { message: 'You exceeded your current quota.', type: 'insufficient_quota', param: null, code: 'insufficient_quota' } });
      case 'http-500':
      case 'http-503':
        return json(res, failure === 'http-500' ? 500 : 503, { error: { message: 'The server had an error while processing your request.', type: 'server_error', param: null, code: null } });
      case 'hang':
        hanging.add(res);
        return;
      default:
    }
    const user = request.messages.find((message) => message.role === 'user');
    let segments: string[] = [];
    let target = 'English';
    try {
      const parsed = JSON.parse(user?.content ?? '{}') as { segments?: string[]; target?: string };
      segments = parsed.segments ?? [];
      target = parsed.target ?? target;
    } catch {
      // The model would answer something; the engine must cope.
    }
    // The engine names the target language in words; map the ones Ferry sends back to codes.
    const targetCode = target.startsWith('English') ? 'en' : target.startsWith('Simplified Chinese') ? 'zh-Hans' : target.startsWith('Traditional Chinese') ? 'zh-Hant' : target;
    let translations = segments.map((text) => phrasebookTranslate(text, targetCode));
    if (failure === 'wrong-count') translations = translations.slice(1);
    const content = failure === 'malformed-json' ? 'Sure! Here are your translations:' : JSON.stringify({ translations });
    json(res, 200, {
      id: 'chatcmpl-ferry-mock',
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: request.model,
      choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, logprobs: null, finish_reason: 'stop' }],
      usage: { prompt_tokens: 100, completion_tokens: 50, total_tokens: 150 },
    });
  }

  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    setMode(next, options) {
      mode = next;
      remaining = options?.times ?? Infinity;
    },
    setDelay(ms) {
      delay = ms;
    },
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'X-RequestId': `mock-${Date.now()}` });
  res.end(JSON.stringify(body));
}
