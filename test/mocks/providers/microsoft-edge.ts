import { phrasebookTranslate } from '../phrasebook';
import { HUGE_ANSWER_CHARS, json, SCRIPT_PAYLOAD, type FailureMode, type MockProvider } from './types';

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
    const texts = failure === 'wrong-count' ? body.slice(1) : body;
    const detected = (text: string) => (/\p{Script=Han}/u.test(text) ? 'zh-Hans' : 'en');
    const answerTo = failure === 'wrong-language' ? 'ja' : to;
    json(
      res,
      200,
      texts.map((text: string) => ({
        detectedLanguage: { language: detected(text), score: 1 },
        translations: [{ text: answerText(failure, phrasebookTranslate(text, to)), to: answerTo }],
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
