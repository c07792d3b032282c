import type { ServerResponse } from 'node:http';
import { phrasebookTranslate } from '../phrasebook';
import { json, SCRIPT_PAYLOAD, type MockProvider } from './types';

/** A key for a regional resource in MOCK_AZURE_REGION, and one for a global resource (no region header). */
export const MOCK_AZURE_KEY = 'f3e2d1c0b9a8f3e2d1c0b9a8f3e2d1c0';
export const MOCK_AZURE_REGION = 'eastasia';
export const MOCK_AZURE_GLOBAL_KEY = '0a1b2c3d4e5f0a1b2c3d4e5f0a1b2c3d';
export const AZURE_MAX_ITEMS = 1_000;
export const AZURE_MAX_CHARS = 50_000;

const LANGUAGES = new Set(['en', 'zh-Hans', 'zh-Hant', 'ja', 'ko', 'es', 'fr', 'de']);

function azureError(res: ServerResponse, code: number, message: string, headers: Record<string, string> = {}): true {
  json(res, Math.floor(code / 1000), { error: { code, message } }, { 'X-RequestId': `mock-${Date.now()}`, ...headers });
  return true;
}

function detect(text: string): string {
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return 'ja';
  if (/\p{Script=Hangul}/u.test(text)) return 'ko';
  if (/\p{Script=Han}/u.test(text)) return 'zh-Hans';
  return 'en';
}

/** Azure AI Translator v3: POST /translate?api-version=3.0&to=…, [{"Text"}] in, the v3 shape out. */
export const azureProvider: MockProvider = {
  id: 'azure',
  handle({ req, res, url, body, failure, hang }) {
    // LibreTranslate shares the path; Azure requests always carry api-version or a subscription key.
    if (req.method !== 'POST' || url.pathname !== '/translate') return false;
    if (!url.searchParams.has('api-version') && req.headers['ocp-apim-subscription-key'] === undefined) return false;
    const key = req.headers['ocp-apim-subscription-key'];
    const region = req.headers['ocp-apim-subscription-region'];
    // A regional resource's key works only with its region; a global one only without.
    const authorized = (key === MOCK_AZURE_KEY && region === MOCK_AZURE_REGION) || (key === MOCK_AZURE_GLOBAL_KEY && region === undefined);
    if (!authorized) return azureError(res, 401000, 'The request is not authorized because credentials are missing or invalid.');
    if (url.searchParams.get('api-version') !== '3.0') return azureError(res, 400021, 'The API version parameter is missing or invalid.');
    const to = url.searchParams.getAll('to');
    if (to.length === 0 || to.some((code) => !LANGUAGES.has(code))) return azureError(res, 400036, 'The target language is not valid.');
    const from = url.searchParams.get('from');
    if (from !== null && !LANGUAGES.has(from)) return azureError(res, 400035, 'The source language is not valid.');
    if (!Array.isArray(body) || body.some((item) => typeof item !== 'object' || item === null || typeof (item as { Text?: unknown }).Text !== 'string')) {
      return azureError(res, 400074, 'The body of the request is not valid JSON.');
    }
    const texts = (body as { Text: string }[]).map((item) => item.Text);
    if (texts.length > AZURE_MAX_ITEMS) return azureError(res, 400077, 'The maximum request size has been exceeded.');
    // The 50,000 limit counts every target language.
    if (texts.reduce((sum, text) => sum + text.length, 0) * to.length > AZURE_MAX_CHARS) return azureError(res, 400050, 'The input text is too long.');
    switch (failure) {
      case 'http-401':
        return azureError(res, 401000, 'The request is not authorized because credentials are missing or invalid.');
      case 'quota':
        return azureError(res, 403001, 'The operation is not allowed because the subscription has exceeded its free quota.');
      case 'http-429':
        return azureError(res, 429001, 'The server rejected the request because the client has exceeded request limits.', { 'Retry-After': '1' });
      case 'http-500':
        return azureError(res, 500000, 'An unexpected error occurred.');
      case 'http-503':
        return azureError(res, 503000, 'Service is temporarily unavailable. Retry.');
      case 'malformed-json':
      case 'truncated-stream':
        res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
        res.end('[{"translations":[{"text":"trunc');
        return true;
      case 'hang':
        hang();
        return true;
      default:
    }
    const answered = failure === 'wrong-count' ? texts.slice(1) : texts;
    json(
      res,
      200,
      answered.map((text) => ({
        ...(from === null ? { detectedLanguage: { language: detect(text), score: 1 } } : {}),
        translations: to.map((code) => ({ text: (failure === 'html-payload' ? SCRIPT_PAYLOAD : '') + phrasebookTranslate(text, code), to: code })),
      })),
      { 'X-RequestId': `mock-${Date.now()}` },
    );
    return true;
  },
};
