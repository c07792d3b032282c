import type { ServerResponse } from 'node:http';
import { phrasebookTranslate } from '../phrasebook';
import { googleDetect, GOOGLE_TARGETS } from './google-free';
import { json, SCRIPT_PAYLOAD, type MockProvider } from './types';

export const MOCK_GOOGLE_CLOUD_KEY = 'AIzaSyFerryTestCloudKey-0123456789abc';
export const GOOGLE_CLOUD_MAX_Q = 128;
export const GOOGLE_CLOUD_MAX_BODY_BYTES = 100 * 1024;

/**
 * Keys that make the mock answer one documented error, for the failures that
 * the generic modes cannot tell apart (they are all a 403 at Google).
 */
export const GOOGLE_CLOUD_SCENARIO_KEYS = {
  billingDisabled: 'AIzaSyFerryScenario-billing-disabled',
  apiDisabled: 'AIzaSyFerryScenario-api-disabled',
  userRateLimit: 'AIzaSyFerryScenario-user-rate-limit',
  dailyLimit: 'AIzaSyFerryScenario-daily-limit',
  resourceExhausted: 'AIzaSyFerryScenario-resource-exhausted',
} as const;

/** The standard Google error body. */
export function googleCloudError(
  res: ServerResponse,
  status: number,
  message: string,
  reason: string,
  statusName: string,
  extra: { domain?: string; details?: unknown[] } = {},
): true {
  json(res, status, {
    error: {
      code: status,
      message,
      errors: [{ message, domain: extra.domain ?? 'global', reason }],
      status: statusName,
      ...(extra.details ? { details: extra.details } : {}),
    },
  });
  return true;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

function scenario(res: ServerResponse, key: string): boolean {
  switch (key) {
    case GOOGLE_CLOUD_SCENARIO_KEYS.billingDisabled:
      return googleCloudError(res, 403, 'This API method requires billing to be enabled. Please enable billing on project #123 by visiting https://console.developers.google.com/billing/enable?project=123 then retry.', 'forbidden', 'PERMISSION_DENIED', {
        details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'BILLING_DISABLED', domain: 'googleapis.com' }],
      });
    case GOOGLE_CLOUD_SCENARIO_KEYS.apiDisabled:
      return googleCloudError(res, 403, 'Cloud Translation API has not been used in project 123 before or it is disabled.', 'accessNotConfigured', 'PERMISSION_DENIED', {
        details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'SERVICE_DISABLED', domain: 'googleapis.com' }],
      });
    case GOOGLE_CLOUD_SCENARIO_KEYS.userRateLimit:
      return googleCloudError(res, 403, 'User Rate Limit Exceeded', 'userRateLimitExceeded', 'PERMISSION_DENIED', { domain: 'usageLimits' });
    case GOOGLE_CLOUD_SCENARIO_KEYS.dailyLimit:
      return googleCloudError(res, 403, 'Daily Limit Exceeded', 'dailyLimitExceeded', 'PERMISSION_DENIED', { domain: 'usageLimits' });
    case GOOGLE_CLOUD_SCENARIO_KEYS.resourceExhausted:
      return googleCloudError(res, 429, 'Quota exceeded for quota metric \'v2 and v3 general model characters\'.', 'rateLimitExceeded', 'RESOURCE_EXHAUSTED');
    default:
      return false;
  }
}

/** Cloud Translation Basic v2: POST /language/translate/v2, key as ?key= or X-Goog-Api-Key, q a string or an array. */
export const googleCloudProvider: MockProvider = {
  id: 'google-cloud',
  handle({ req, res, url, raw, body, failure, hang }) {
    if (req.method !== 'POST' || url.pathname !== '/language/translate/v2') return false;
    const headerKey = req.headers['x-goog-api-key'];
    const key = url.searchParams.get('key') ?? (typeof headerKey === 'string' ? headerKey : '');
    if (!key) return googleCloudError(res, 403, 'The request is missing a valid API key.', 'forbidden', 'PERMISSION_DENIED');
    if (scenario(res, key)) return true;
    if (key !== MOCK_GOOGLE_CLOUD_KEY) {
      return googleCloudError(res, 400, 'API key not valid. Please pass a valid API key.', 'badRequest', 'INVALID_ARGUMENT', {
        details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'API_KEY_INVALID', domain: 'googleapis.com' }],
      });
    }
    if (Buffer.byteLength(raw, 'utf8') > GOOGLE_CLOUD_MAX_BODY_BYTES) {
      return googleCloudError(res, 400, 'Request payload size exceeds the limit: 102400 bytes.', 'badRequest', 'INVALID_ARGUMENT');
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      return googleCloudError(res, 400, 'Invalid JSON payload received.', 'badRequest', 'INVALID_ARGUMENT');
    }
    const params = body as { q?: unknown; target?: unknown; source?: unknown; format?: unknown };
    const q = typeof params.q === 'string' ? [params.q] : params.q;
    if (!Array.isArray(q) || q.some((item) => typeof item !== 'string')) return googleCloudError(res, 400, 'Required Text', 'required', 'INVALID_ARGUMENT');
    if (q.length > GOOGLE_CLOUD_MAX_Q) return googleCloudError(res, 400, 'Too many text segments', 'invalid', 'INVALID_ARGUMENT');
    const target = typeof params.target === 'string' ? GOOGLE_TARGETS[params.target] : undefined;
    if (!target) return googleCloudError(res, 400, 'Invalid Value', 'invalid', 'INVALID_ARGUMENT');
    if (params.source !== undefined && (typeof params.source !== 'string' || !GOOGLE_TARGETS[params.source])) {
      return googleCloudError(res, 400, 'Bad language pair: {0}', 'badRequest', 'INVALID_ARGUMENT');
    }
    switch (failure) {
      case 'http-401':
        return googleCloudError(res, 400, 'API key not valid. Please pass a valid API key.', 'badRequest', 'INVALID_ARGUMENT', {
          details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'API_KEY_INVALID', domain: 'googleapis.com' }],
        });
      // Quota overruns are 403s at Google: the per-minute one below, the daily one here.
      case 'quota':
        return googleCloudError(res, 403, 'Daily Limit Exceeded', 'dailyLimitExceeded', 'PERMISSION_DENIED', { domain: 'usageLimits' });
      case 'http-429':
        return googleCloudError(res, 403, 'User Rate Limit Exceeded', 'userRateLimitExceeded', 'PERMISSION_DENIED', { domain: 'usageLimits' });
      case 'http-500':
        return googleCloudError(res, 500, 'Internal error encountered.', 'backendError', 'INTERNAL');
      case 'http-503':
        return googleCloudError(res, 503, 'The service is currently unavailable.', 'backendError', 'UNAVAILABLE');
      case 'malformed-json':
      case 'truncated-stream':
        res.writeHead(200, { 'Content-Type': 'application/json; charset=UTF-8' });
        res.end('{"data":{"translations":[{"translatedText":"trunc');
        return true;
      case 'hang':
        hang();
        return true;
      default:
    }
    const texts = (failure === 'wrong-count' ? q.slice(1) : q) as string[];
    const html = params.format !== 'text';
    json(res, 200, {
      data: {
        translations: texts.map((text) => {
          const translated = (failure === 'html-payload' ? SCRIPT_PAYLOAD : '') + phrasebookTranslate(text, target);
          return {
            // format=html (the default) answers HTML-escaped text.
            translatedText: html ? escapeHtml(translated) : translated,
            ...(params.source === undefined ? { detectedSourceLanguage: googleDetect(text) === 'zh-CN' ? 'zh-CN' : googleDetect(text) } : {}),
          };
        }),
      },
    });
    return true;
  },
};
