import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { azureProvider } from './providers/azure';
import { deeplProvider } from './providers/deepl';
import { googleCloudProvider } from './providers/google-cloud';
import { googleGtxProvider, googleTranslateHtmlProvider } from './providers/google-free';
import { libreTranslateProvider } from './providers/libretranslate';
import { microsoftEdgeProvider } from './providers/microsoft-edge';
import { openAiCompatibleProvider } from './providers/openai-compatible';
import { json, type FailureMode, type MockProvider } from './providers/types';

export type { FailureMode } from './providers/types';
export { MOCK_OPENAI_KEY } from './providers/openai-compatible';
export { MOCK_AZURE_KEY, MOCK_AZURE_REGION } from './providers/azure';
export { MOCK_GOOGLE_CLOUD_KEY } from './providers/google-cloud';

/**
 * A loopback translation server speaking the real wire formats of every
 * engine Ferry supports (one module per provider under ./providers), with
 * switchable failure modes. Unit, E2E and benchmark runs use it; no real
 * service is reached.
 */
export const MOCK_PROVIDERS: MockProvider[] = [
  microsoftEdgeProvider,
  openAiCompatibleProvider,
  deeplProvider,
  googleTranslateHtmlProvider,
  googleGtxProvider,
  googleCloudProvider,
  // Before LibreTranslate: both answer POST /translate, and Azure claims only its own requests.
  azureProvider,
  libreTranslateProvider,
];

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  raw: string;
}

export interface EngineServer {
  url: string;
  requests: RecordedRequest[];
  /** Fails the next `times` requests (all of them when omitted) of the given providers (all when omitted). */
  setMode(mode: FailureMode, options?: { times?: number; providers?: string[] }): void;
  setDelay(ms: number): void;
  close(): Promise<void>;
}

export async function startEngineServer(options: { port?: number; providers?: MockProvider[] } = {}): Promise<EngineServer> {
  const providers = options.providers ?? MOCK_PROVIDERS;
  let mode: FailureMode = 'ok';
  let remaining = Infinity;
  let only: Set<string> | undefined;
  let delay = 0;
  const requests: RecordedRequest[] = [];
  const hanging = new Set<ServerResponse>();

  const failureFor = (provider: string): FailureMode => {
    if (mode === 'ok' || remaining <= 0 || (only && !only.has(provider))) return 'ok';
    remaining--;
    return mode;
  };

  const server = createServer(async (req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Headers', '*');
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(req);
    let body: unknown = raw;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      // Form bodies and broken JSON stay text; providers answer as the real service would.
    }
    requests.push({ method: req.method ?? 'GET', path: url.pathname, query: Object.fromEntries(url.searchParams), headers: req.headers, body, raw });
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    for (const provider of providers) {
      // The failure mode is consumed only by the provider that answers.
      let consumed: FailureMode | undefined;
      const handled = await provider.handle({
        req,
        res,
        url,
        raw,
        body,
        get failure() {
          consumed ??= failureFor(provider.id);
          return consumed;
        },
        hang: () => hanging.add(res),
      });
      if (handled) return;
    }
    json(res, 404, { error: { code: 404, message: `No mock for ${req.method} ${url.pathname}` } });
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    setMode(next, options) {
      mode = next;
      remaining = options?.times ?? Infinity;
      only = options?.providers ? new Set(options.providers) : undefined;
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
