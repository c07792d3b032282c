import contract from '../../contracts/microsoft-edge/examples.json' with { type: 'json' };
import { phrasebookTranslate } from '../phrasebook';
import { HUGE_ANSWER_CHARS, json, SCRIPT_PAYLOAD, type FailureMode, type MockProvider } from './types';

/** The documented request/answer pairs (test/contracts/microsoft-edge), served exactly as recorded. */
const DOCUMENTED = contract.examples.flatMap((example) => ('request' in example && example.request ? [{ request: example.request, response: example.response }] : []));

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|apos|nbsp|#\d+|#x[0-9a-f]+);/gi, (whole, name: string) =>
  name.startsWith('#') ? String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)) : (ENTITIES[name.toLowerCase()] ?? whole));
const escape = (text: string) => text.replace(/[&<>"]/g, (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[char]};`);

/**
 * What the endpoint's HTML tag aligner makes of a text: a raw `<` opens a tag
 * that swallows everything up to the next `>` (or the end), and the text is
 * answered HTML-escaped. Escaped input therefore comes back as escaped text.
 */
function throughTagAligner(text: string, translate: (plain: string) => string): string {
  const withoutTags = text.replace(/<[^>]*(>|$)/g, '');
  return escape(translate(decode(withoutTags)));
}

/** Raw markup characters that reached the endpoint: a `<`, or a `&` that does not start an entity. */
export function rawMarkupIn(text: string): string[] {
  return text.match(/<|&(?!(?:amp|lt|gt|quot|apos|nbsp|#\d+|#x[0-9a-f]+);)/gi) ?? [];
}

/** Microsoft's free Edge endpoint: POST /translate/translatetext with a string array, Translator v3 answers. */
export const microsoftEdgeProvider: MockProvider = {
  id: 'microsoft-edge',
  handle({ req, res, url, body, failure, hang }) {
    if (req.method !== 'POST' || url.pathname !== '/translate/translatetext') return false;
    const to = url.searchParams.get('to') ?? '';
    if (!Array.isArray(body) || body.some((item) => typeof item !== 'string')) {
      json(res, 400, { error: { code: 400000, message: 'One of the request inputs is not valid.' } });
      return true;
    }
    if (!to) return (json(res, 400, { error: { code: 400036, message: 'The target language is not valid.' } }), true);
    if (body.length > 1000) return (json(res, 400, { error: { code: 400077, message: 'The maximum request size has been exceeded.' } }), true);
    if (body.reduce((sum: number, text: string) => sum + text.length, 0) > 50_000) {
      json(res, 400, { error: { code: 400050, message: 'The input text is too long.' } });
      return true;
    }
    switch (failure) {
      case 'http-500':
        return (json(res, 500, { error: { code: 500000, message: 'An unexpected error occurred.' } }), true);
      case 'http-503':
        return (json(res, 503, { error: { code: 503000, message: 'Service is temporarily unavailable.' } }), true);
      case 'http-429':
        json(res, 429, { error: { code: 429001, message: 'The server rejected the request because the client has exceeded request limits.' } }, { 'Retry-After': '1' });
        return true;
      case 'http-401':
        return (json(res, 401, { error: { code: 401000, message: 'The request is not authorized because credentials are missing or invalid.' } }), true);
      case 'quota':
        json(res, 403, { error: { code: 403001, message: 'The operation is not allowed because the subscription has exceeded its free quota.' } });
        return true;
      case 'malformed-json':
      case 'truncated-stream':
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end('[{"translations":[{"text":"trunc');
        return true;
      case 'hang':
        hang();
        return true;
      default:
    }
    const documented = DOCUMENTED.find(
      (example) => JSON.stringify(example.request.body) === JSON.stringify(body) && example.request.query.to === to && (url.searchParams.get('from') ?? '') === example.request.query.from,
    );
    if (documented && failure === 'ok') return (json(res, documented.response.status, documented.response.body), true);
    const texts = failure === 'wrong-count' ? body.slice(1) : body;
    const detected = (text: string) => (/\p{Script=Han}/u.test(text) ? 'zh-Hans' : 'en');
    // The phrasebook knows texts as posted; the endpoint sees them escaped.
    const answerTo = failure === 'wrong-language' ? 'ja' : to;
    json(
      res,
      200,
      texts.map((text: string) => ({
        detectedLanguage: { language: detected(text), score: 1 },
        translations: [{ text: answerText(failure, throughTagAligner(text, (plain) => phrasebookTranslate(plain, to))), to: answerTo }],
      })),
      { 'X-RequestId': `mock-${Date.now()}` },
    );
    return true;
  },
};

/** A well-formed 200 answer that is wrong in the way the failure mode says. */
function answerText(failure: FailureMode, translation: string): string {
  switch (failure) {
    case 'html-payload':
      return `${SCRIPT_PAYLOAD}${translation}`;
    case 'empty-answer':
      return '';
    case 'huge-answer':
      return translation + ' lorem'.repeat(HUGE_ANSWER_CHARS / 6);
    case 'wrong-language':
      return `これは日本語の訳です。${translation.length}`;
    default:
      return translation;
  }
}
