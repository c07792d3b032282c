import contract from '../../contracts/libretranslate/examples.json' with { type: 'json' };
import { phrasebookTranslate } from '../phrasebook';
import { json, SCRIPT_PAYLOAD, type MockProvider } from './types';

/** Accepted when a client sends api_key; no key at all is accepted too, as on most self-hosted servers. */
export const MOCK_LIBRETRANSLATE_KEY = 'ferry-libre-test-key';

export const LIBRE_BATCH_LIMIT = 50;
export const LIBRE_CHAR_LIMIT = 5000;

export type LibreLanguageStyle = 'old' | 'new';

/** Each code with the Ferry code the phrasebook understands. */
const STYLES: Record<LibreLanguageStyle, Record<string, { name: string; ferry: string }>> = {
  // Historic self-hosted servers: zh is Simplified, zt Traditional, pb Brazilian Portuguese.
  old: {
    en: { name: 'English', ferry: 'en' },
    zh: { name: 'Chinese', ferry: 'zh-Hans' },
    zt: { name: 'Chinese (traditional)', ferry: 'zh-Hant' },
    ja: { name: 'Japanese', ferry: 'ja' },
    ko: { name: 'Korean', ferry: 'ko' },
    es: { name: 'Spanish', ferry: 'es' },
    fr: { name: 'French', ferry: 'fr' },
    de: { name: 'German', ferry: 'de' },
    pt: { name: 'Portuguese', ferry: 'pt' },
    pb: { name: 'Portuguese (Brazil)', ferry: 'pt-BR' },
  },
  // libretranslate.com and newer servers.
  new: {
    en: { name: 'English', ferry: 'en' },
    'zh-Hans': { name: 'Chinese', ferry: 'zh-Hans' },
    'zh-Hant': { name: 'Chinese (traditional)', ferry: 'zh-Hant' },
    ja: { name: 'Japanese', ferry: 'ja' },
    ko: { name: 'Korean', ferry: 'ko' },
    es: { name: 'Spanish', ferry: 'es' },
    fr: { name: 'French', ferry: 'fr' },
    de: { name: 'German', ferry: 'de' },
    pt: { name: 'Portuguese', ferry: 'pt' },
    'pt-BR': { name: 'Portuguese (Brazil)', ferry: 'pt-BR' },
  },
};

let style: LibreLanguageStyle = 'new';

/** Which language codes the mock lists and accepts; returns the previous style so tests can restore it. */
export function setLibreLanguageStyle(next: LibreLanguageStyle): LibreLanguageStyle {
  const previous = style;
  style = next;
  return previous;
}

function detect(text: string): string {
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return 'ja';
  if (/\p{Script=Hangul}/u.test(text)) return 'ko';
  if (/\p{Script=Han}/u.test(text)) return style === 'old' ? 'zh' : 'zh-Hans';
  return 'en';
}

interface LibreParams {
  q?: string | string[];
  source?: string;
  target?: string;
  format?: string;
  api_key?: string;
}

function readParams(contentType: string, raw: string, body: unknown): LibreParams | undefined {
  if (contentType.startsWith('application/x-www-form-urlencoded') || contentType.startsWith('multipart/form-data')) {
    const form = new URLSearchParams(raw);
    return Object.fromEntries(['q', 'source', 'target', 'format', 'api_key'].flatMap((key) => (form.has(key) ? [[key, form.get(key)!]] : [])));
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const record = body as Record<string, unknown>;
  const q = record.q;
  if (q !== undefined && typeof q !== 'string' && !(Array.isArray(q) && q.every((item) => typeof item === 'string'))) return undefined;
  const optional = (name: string) => {
    const value = record[name];
    return typeof value === 'string' ? value : undefined;
  };
  return { q: q as string | string[] | undefined, source: optional('source'), target: optional('target'), format: optional('format'), api_key: optional('api_key') };
}

/** The documented request/answer pairs (test/contracts/libretranslate), served exactly as recorded. */
const DOCUMENTED = contract.examples.flatMap((example) => ('request' in example && example.request ? [{ request: example.request, response: example.response }] : []));

/** Whether a text detected as `detected` reads as the source the server was told (zh, zt, zh-Hans, zh-Hant are all Chinese). */
function sameLanguage(detected: string, source: string): boolean {
  const family = (code: string) => (code === 'zt' || code.startsWith('zh') ? 'zh' : code.split('-')[0]);
  // The mock's detector only tells CJK scripts apart; any Latin-script source reads any Latin-script text.
  if (detected === 'en') return !['zh', 'ja', 'ko'].includes(family(source)!);
  return family(detected) === family(source);
}

/** LibreTranslate: GET /languages and POST /translate, errors as {"error": "..."}. */
export const libreTranslateProvider: MockProvider = {
  id: 'libretranslate',
  handle({ req, res, url, raw, body, failure, hang }) {
    const languages = STYLES[style];
    if (req.method === 'GET' && url.pathname === '/languages') {
      const codes = Object.keys(languages);
      json(
        res,
        200,
        codes.map((code) => ({ code, name: languages[code]!.name, targets: codes })),
      );
      return true;
    }
    if (req.method !== 'POST' || url.pathname !== '/translate') return false;
    const params = readParams(req.headers['content-type'] ?? '', raw, body);
    if (!params) return (json(res, 400, { error: 'Invalid request: malformed body' }), true);
    if (params.api_key !== undefined && params.api_key !== MOCK_LIBRETRANSLATE_KEY) return (json(res, 403, { error: 'Invalid API key' }), true);
    if (params.q === undefined) return (json(res, 400, { error: 'Invalid request: missing q parameter' }), true);
    if (!params.source) return (json(res, 400, { error: 'Invalid request: missing source parameter' }), true);
    if (!params.target) return (json(res, 400, { error: 'Invalid request: missing target parameter' }), true);
    const texts = Array.isArray(params.q) ? params.q : [params.q];
    if (texts.length > LIBRE_BATCH_LIMIT) {
      return (json(res, 400, { error: `Invalid request: request (${texts.length}) exceeds text limit (${LIBRE_BATCH_LIMIT})` }), true);
    }
    // app.py checks --char-limit against each text of q, not their sum.
    const longest = Math.max(...texts.map((text) => [...text].length));
    if (longest > LIBRE_CHAR_LIMIT) return (json(res, 400, { error: `Invalid request: request (${longest}) exceeds text limit (${LIBRE_CHAR_LIMIT})` }), true);
    if (params.source !== 'auto' && !languages[params.source]) return (json(res, 400, { error: `${params.source} is not supported` }), true);
    const target = languages[params.target];
    if (!target) return (json(res, 400, { error: `${params.target} is not supported` }), true);
    if (params.format !== undefined && params.format !== 'text' && params.format !== 'html') {
      return (json(res, 400, { error: `${params.format} format is not supported` }), true);
    }
    switch (failure) {
      case 'http-401':
        return (json(res, 403, { error: 'Invalid API key' }), true);
      case 'http-429':
        return (json(res, 429, { error: 'Slowdown: 1 per 1 second' }), true);
      // The server bans a client after repeated Slowdowns; the closest thing it has to a quota.
      case 'quota':
        return (json(res, 403, { error: 'Too many request limits violations' }), true);
      case 'http-500':
        return (json(res, 500, { error: 'Cannot translate text: model crashed' }), true);
      // What a reverse proxy in front of a restarting server answers: HTML, not JSON.
      case 'http-503':
        res.writeHead(503, { 'Content-Type': 'text/html' });
        res.end('<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>');
        return true;
      case 'malformed-json':
      case 'truncated-stream':
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end('{"translatedText":["trunc');
        return true;
      case 'hang':
        hang();
        return true;
      default:
    }
    const documented = DOCUMENTED.find((example) => JSON.stringify(example.request.body) === JSON.stringify({ q: params.q, source: params.source, target: params.target }));
    if (documented && failure === 'ok') return (json(res, documented.response.status, documented.response.body), true);
    const answered = failure === 'wrong-count' ? texts.slice(1) : texts;
    // As app.py does: with source "auto" the language is detected once for the whole q and every item is
    // translated from it; an item in another language comes back untranslated, as an Argos model echoes
    // text it cannot read. The one detection is reported for every item.
    const source = params.source === 'auto' ? detect(texts[0] ?? '') : params.source;
    const translated = answered.map((text) => {
      const result = sameLanguage(detect(text), source) ? phrasebookTranslate(text, target.ferry) : text;
      return failure === 'html-payload' ? `${SCRIPT_PAYLOAD}${result}` : result;
    });
    const detected = params.source === 'auto' ? answered.map(() => ({ confidence: 90, language: source })) : undefined;
    // A string q gets single values back, an array q arrays.
    const single = !Array.isArray(params.q);
    json(res, 200, {
      ...(detected ? { detectedLanguage: single ? detected[0] : detected } : {}),
      translatedText: single ? translated[0] : translated,
    });
    return true;
  },
};
