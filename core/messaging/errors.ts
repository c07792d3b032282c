import { z } from 'zod';

/**
 * Every failure the UI can explain. Each code has a localized message under
 * `errors.<code>` in every locale, so no raw provider text reaches users.
 */
export const ERROR_CODES = [
  'invalid-message',
  'forbidden',
  'text-too-long',
  'no-engine',
  'engine-auth',
  'engine-quota',
  'engine-rate-limit',
  'engine-unavailable',
  'engine-bad-response',
  'model-not-ready',
  'network',
  'timeout',
  'storage-full',
  'extension-reloaded',
  'cancelled',
  'internal',
] as const;
export const errorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const ferryErrorSchema = z.object({
  code: errorCodeSchema,
  /** Technical detail for logs and the "details" line; never shown as the main message. */
  detail: z.string().max(500).optional(),
  /** Which engine failed, when one did. */
  engine: z.string().max(64).optional(),
});
export type FerryErrorInfo = z.infer<typeof ferryErrorSchema>;

export class FerryError extends Error {
  readonly code: ErrorCode;
  readonly detail?: string;
  readonly engine?: string;

  constructor(code: ErrorCode, detail?: string, engine?: string) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'FerryError';
    this.code = code;
    this.detail = detail;
    this.engine = engine;
  }

  toInfo(): FerryErrorInfo {
    return {
      code: this.code,
      ...(this.detail ? { detail: this.detail.slice(0, 500) } : {}),
      ...(this.engine ? { engine: this.engine } : {}),
    };
  }
}

export function toFerryError(error: unknown): FerryError {
  if (error instanceof FerryError) return error;
  if (error instanceof DOMException && error.name === 'QuotaExceededError') {
    return new FerryError('storage-full', error.message);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new FerryError('internal', message);
}
