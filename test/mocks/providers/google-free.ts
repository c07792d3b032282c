import type { ServerResponse } from 'node:http';
import { phrasebookTranslate } from '../phrasebook';
import { json, SCRIPT_PAYLOAD, type MockProvider } from './types';

/** The public key of Google's website translator element; the mock refuses any other. */
export const MOCK_GOOGLE_WEB_KEY = 'AIzaSyATBXajvzQLTDHEQbcpq0Ihe0vWDHmO520';

/** Google's codes the mocks accept, with the Ferry code the phrasebook understands. */
export const GOOGLE_TARGETS: Record<string, string> = {
  en: 'en',
  'zh-CN': 'zh-Hans',
  zh: 'zh-Hans',
  'zh-TW': 'zh-Hant',
  ja: 'ja',
  ko: 'ko',
  es: 'es',
  fr: 'fr',
  de: 'de',
};

/** Google Front End's URL limit as the mock enforces it (an assumption; Google does not publish one). */
export const GTX_MAX_URL_BYTES = 16_384;

export function googleDetect(text: string): string {
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return 'ja';
  if (/\p{Script=Hangul}/u.test(text)) return 'ko';
  if (/\p{Script=Han}/u.test(text)) return 'zh-CN';
  return 'en';
}

function googleError(res: ServerResponse, status: number, message: string, statusName: string, headers: Record<string, string> = {}) {
  json(res, status, { error: { code: status, message, status: statusName } }, headers);
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
const unescapeHtml = (html: string) =>
  html
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/**
 * What translateHtml does to one item: it reads HTML, so raw newlines and runs
 * of spaces collapse like HTML whitespace, <br> tags are kept where the
 * sentences around them land, and the answer is HTML-encoded.
 */
function translateHtmlItem(html: string, target: string, payload: boolean): string {
  const lines = html.split(/<br\s*\/?>/i).map((line) => unescapeHtml(line.replace(/[ \t\r\n]+/g, ' ').trim()));
  const translated = lines.map((line) => (line ? phrasebookTranslate(line, target) : ''));
  if (payload) translated[0] = `${SCRIPT_PAYLOAD}${translated[0]}`;
  // Google puts a space on either side of a kept tag.
  return translated.map(escapeHtml).join(' <br> ').replace(/^ | $/g, '');
}

/** translate-pa.googleapis.com/v1/translateHtml: JSON-protobuf arrays in and out. */
export const googleTranslateHtmlProvider: MockProvider = {
  id: 'google-free',
  handle({ req, res, url, body, failure, hang }) {
    if (req.method !== 'POST' || url.pathname !== '/v1/translateHtml') return false;
    if (req.headers['x-goog-api-key'] !== MOCK_GOOGLE_WEB_KEY) {
      return (googleError(res, 403, 'The request is missing a valid API key.', 'PERMISSION_DENIED'), true);
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json+protobuf')) {
      return (googleError(res, 400, 'Invalid JSON payload received. Unknown name: content type must be application/json+protobuf.', 'INVALID_ARGUMENT'), true);
    }
    const request = Array.isArray(body) && Array.isArray(body[0]) ? (body[0] as unknown[]) : undefined;
    const items = request?.[0];
    const target = typeof request?.[2] === 'string' ? request[2] : '';
    if (!request || !Array.isArray(items) || items.some((item) => typeof item !== 'string') || typeof request[1] !== 'string') {
      return (googleError(res, 400, 'Invalid value at request.', 'INVALID_ARGUMENT'), true);
    }
    if (items.length === 0 || items.some((item) => (item as string).trim() === '')) {
      return (googleError(res, 400, 'Request contains an invalid argument.', 'INVALID_ARGUMENT'), true);
    }
    const ferryTarget = GOOGLE_TARGETS[target];
    if (!ferryTarget) return (googleError(res, 400, 'Target language is invalid.', 'INVALID_ARGUMENT'), true);
    switch (failure) {
      case 'http-500':
        return (googleError(res, 500, 'Internal error encountered.', 'INTERNAL'), true);
      case 'http-503':
        return (googleError(res, 503, 'The service is currently unavailable.', 'UNAVAILABLE'), true);
      case 'http-429':
        return (googleError(res, 429, 'Resource has been exhausted (e.g. check quota).', 'RESOURCE_EXHAUSTED', { 'Retry-After': '1' }), true);
      case 'quota':
        return (googleError(res, 429, 'Quota exceeded for quota metric.', 'RESOURCE_EXHAUSTED'), true);
      case 'http-401':
        return (googleError(res, 403, 'API key expired. Please renew the API key.', 'PERMISSION_DENIED'), true);
      case 'malformed-json':
      case 'truncated-stream':
        res.writeHead(200, { 'Content-Type': 'application/json+protobuf; charset=UTF-8' });
        res.end('[["trunc');
        return true;
      case 'hang':
        hang();
        return true;
      default:
    }
    const texts = (failure === 'wrong-count' ? items.slice(1) : items) as string[];
    res.writeHead(200, { 'Content-Type': 'application/json+protobuf; charset=UTF-8' });
    res.end(JSON.stringify([texts.map((item) => translateHtmlItem(item, ferryTarget, failure === 'html-payload')), texts.map((item) => googleDetect(unescapeHtml(item)))]));
    return true;
  },
};

const SORRY_PAGE = '<html><head><title>Sorry...</title></head><body>Our systems have detected unusual traffic from your computer network.</body></html>';

/** Splits text the way gtx reports it: one sentence per line, the line break kept in both orig and trans. */
function gtxSentences(text: string, target: string, payload: boolean): { trans: string; orig: string }[] {
  const lines = text.split(/(?<=\n)/);
  return lines.map((line, index) => {
    const content = line.replace(/\n$/, '');
    const translated = content.trim() ? phrasebookTranslate(content, target) : content;
    const trans = (payload && index === 0 ? SCRIPT_PAYLOAD : '') + translated + (line.endsWith('\n') ? '\n' : '');
    return { trans, orig: line };
  });
}

/** translate.googleapis.com/translate_a/single?client=gtx: one text per GET, nested arrays or (dj=1) an object. */
export const googleGtxProvider: MockProvider = {
  id: 'google-gtx',
  handle({ req, res, url, failure, hang }) {
    if (req.method === 'GET' && url.pathname === '/sorry/index') {
      res.writeHead(429, { 'Content-Type': 'text/html; charset=UTF-8' });
      res.end(SORRY_PAGE);
      return true;
    }
    if (req.method !== 'GET' || url.pathname !== '/translate_a/single') return false;
    if (Buffer.byteLength(req.url ?? '') > GTX_MAX_URL_BYTES) {
      res.writeHead(414, { 'Content-Type': 'text/html; charset=UTF-8' });
      res.end('<html><body>414. The requested URL is too large to process.</body></html>');
      return true;
    }
    const params = url.searchParams;
    const ferryTarget = GOOGLE_TARGETS[params.get('tl') ?? ''];
    if (params.get('client') !== 'gtx' || !ferryTarget || !params.has('q')) {
      res.writeHead(400, { 'Content-Type': 'text/html; charset=UTF-8' });
      res.end('<html><body>400. That’s an error.</body></html>');
      return true;
    }
    switch (failure) {
      case 'http-429':
        res.writeHead(429, { 'Content-Type': 'text/html; charset=UTF-8', 'Retry-After': '1' });
        res.end(SORRY_PAGE);
        return true;
      // Heavy use is answered with a redirect to the CAPTCHA page, which itself is a 429.
      case 'quota':
        res.writeHead(302, { Location: `/sorry/index?continue=${encodeURIComponent(req.url ?? '')}` });
        res.end();
        return true;
      case 'http-401':
        res.writeHead(403, { 'Content-Type': 'text/html; charset=UTF-8' });
        res.end('<html><body>403. That’s an error. Your client does not have permission.</body></html>');
        return true;
      case 'http-500':
      case 'http-503':
        res.writeHead(failure === 'http-500' ? 500 : 503, { 'Content-Type': 'text/html; charset=UTF-8' });
        res.end('<html><body>Server Error</body></html>');
        return true;
      case 'malformed-json':
      case 'truncated-stream':
        res.writeHead(200, { 'Content-Type': 'application/json; charset=UTF-8' });
        res.end('{"sentences":[{"trans":"trunc');
        return true;
      case 'hang':
        hang();
        return true;
      default:
    }
    const q = params.get('q') ?? '';
    const sentences = gtxSentences(q, ferryTarget, failure === 'html-payload');
    const src = params.get('sl') && params.get('sl') !== 'auto' ? params.get('sl')! : googleDetect(q);
    if (params.get('dj') === '1') {
      json(res, 200, { sentences: sentences.map((sentence) => ({ ...sentence, backend: 10 })), src, confidence: 1, spell: {}, ld_result: { srclangs: [src] } });
    } else {
      json(res, 200, [sentences.map((sentence) => [sentence.trans, sentence.orig, null, null, 10]), null, src, null, null, null, 1, [], [[src], null, [1], [src]]]);
    }
    return true;
  },
};
