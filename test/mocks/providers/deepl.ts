import { phrasebookTranslate } from '../phrasebook';
import { json, SCRIPT_PAYLOAD, type MockProvider } from './types';

/** A free-plan key (":fx"), so a client picking the host from the key would pick api-free. */
export const MOCK_DEEPL_KEY = 'ferry-test-key:fx';

/** DeepL's request size limit. */
export const DEEPL_MAX_BODY_BYTES = 128 * 1024;
export const DEEPL_MAX_TEXTS = 50;

/** The target codes the mock accepts, with the Ferry code the phrasebook understands. */
const TARGETS: Record<string, string> = {
  'EN-US': 'en',
  'EN-GB': 'en',
  ZH: 'zh-Hans',
  'ZH-HANS': 'zh-Hans',
  'ZH-HANT': 'zh-Hant',
  JA: 'ja',
  KO: 'ko',
  ES: 'es',
  FR: 'fr',
  DE: 'de',
  IT: 'it',
  'PT-BR': 'pt-BR',
  'PT-PT': 'pt-PT',
};

/** Targets where 'more' / 'less' formality is allowed; the rest answer 400 unless prefer_* is used. */
const FORMALITY_TARGETS = new Set(['DE', 'FR', 'IT', 'ES', 'JA', 'PT-BR', 'PT-PT']);

interface DeeplParams {
  text: string[];
  target_lang?: string;
  source_lang?: string;
  glossary_id?: string;
  formality?: string;
}

/** Reads the JSON body or the form body (text repeated, `style: form, explode: true`). */
function readParams(contentType: string, raw: string, body: unknown): DeeplParams | undefined {
  if (contentType.startsWith('application/x-www-form-urlencoded')) {
    const form = new URLSearchParams(raw);
    const single = (name: string) => form.get(name) ?? undefined;
    return {
      text: form.getAll('text'),
      target_lang: single('target_lang'),
      source_lang: single('source_lang'),
      glossary_id: single('glossary_id'),
      formality: single('formality'),
    };
  }
  if (!contentType.startsWith('application/json') || typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const record = body as Record<string, unknown>;
  const optional = (name: string) => {
    const value = record[name];
    return typeof value === 'string' ? value : undefined;
  };
  if (record.text !== undefined && (!Array.isArray(record.text) || record.text.some((item) => typeof item !== 'string'))) return undefined;
  return {
    text: (record.text as string[] | undefined) ?? [],
    target_lang: optional('target_lang'),
    source_lang: optional('source_lang'),
    glossary_id: optional('glossary_id'),
    formality: optional('formality'),
  };
}

function detect(text: string): string {
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return 'JA';
  if (/\p{Script=Hangul}/u.test(text)) return 'KO';
  if (/\p{Script=Han}/u.test(text)) return 'ZH';
  return 'EN';
}

/** DeepL API v2: POST /v2/translate on either host, JSON or form body, `DeepL-Auth-Key` auth. */
export const deeplProvider: MockProvider = {
  id: 'deepl',
  handle({ req, res, url, raw, body, failure, hang }) {
    if (req.method !== 'POST' || url.pathname !== '/v2/translate') return false;
    const auth = req.headers.authorization ?? '';
    if (!auth.startsWith('DeepL-Auth-Key ') || auth.slice('DeepL-Auth-Key '.length) !== MOCK_DEEPL_KEY) {
      return (json(res, 403, { message: 'Forbidden' }), true);
    }
    if (Buffer.byteLength(raw, 'utf8') > DEEPL_MAX_BODY_BYTES) return (json(res, 413, { message: 'Request Entity Too Large' }), true);
    const params = readParams(req.headers['content-type'] ?? '', raw, body);
    if (!params) return (json(res, 400, { message: 'Invalid request body.' }), true);
    if (params.text.length === 0) return (json(res, 400, { message: "Parameter 'text' not specified." }), true);
    if (params.text.length > DEEPL_MAX_TEXTS) return (json(res, 413, { message: 'Too many texts in one request.' }), true);
    const target = params.target_lang?.toUpperCase() ?? '';
    const ferryTarget = TARGETS[target];
    if (!ferryTarget) return (json(res, 400, { message: "Value for 'target_lang' not supported." }), true);
    if (params.glossary_id && !params.source_lang) {
      return (json(res, 400, { message: "Use of a glossary requires the 'source_lang' parameter to be specified." }), true);
    }
    if ((params.formality === 'more' || params.formality === 'less') && !FORMALITY_TARGETS.has(target)) {
      return (json(res, 400, { message: "'formality' is not supported for given 'target_lang'." }), true);
    }
    switch (failure) {
      case 'http-401':
        return (json(res, 403, { message: 'Forbidden' }), true);
      case 'http-429':
        return (json(res, 429, { message: 'Too many requests' }, { 'Retry-After': '1' }), true);
      case 'quota':
        return (json(res, 456, { message: 'Quota exceeded' }), true);
      case 'http-500':
        return (json(res, 500, { message: 'Internal error' }), true);
      // DeepL's high-load answer is 529, which clients must treat as a rate limit, not a server fault.
      case 'http-503':
        return (json(res, 529, { message: 'Too many requests' }), true);
      case 'malformed-json':
      case 'truncated-stream':
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end('{"translations":[{"detected_source_language":"ZH","text":"trunc');
        return true;
      case 'hang':
        hang();
        return true;
      default:
    }
    const texts = failure === 'wrong-count' ? params.text.slice(1) : params.text;
    const source = params.source_lang?.toUpperCase();
    json(
      res,
      200,
      {
        translations: texts.map((text) => {
          const translated = phrasebookTranslate(text, ferryTarget);
          return {
            // The spec: it reflects source_lang when one was given.
            detected_source_language: source ?? detect(text),
            text: failure === 'html-payload' ? `${SCRIPT_PAYLOAD}${translated}` : translated,
          };
        }),
      },
      { 'X-Trace-ID': `mock-${Date.now().toString(16)}` },
    );
    return true;
  },
};
