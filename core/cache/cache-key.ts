/**
 * Same text, same key: Unicode-normalised, trimmed, and with runs of spaces
 * collapsed (line breaks are kept because engines keep them).
 */
export function normalizeForCache(text: string): string {
  return text.normalize('NFC').replace(/[ \t\u00a0\u3000]+/g, ' ').replace(/ *\n */g, '\n').trim();
}

export interface CacheKeyParts {
  text: string;
  source: string;
  target: string;
  engine: string;
  /** Model and prompt version, or anything else that changes the output. */
  variant: string;
}

export async function cacheKey(parts: CacheKeyParts): Promise<string> {
  const material = [normalizeForCache(parts.text), parts.source, parts.target, parts.engine, parts.variant].join('\u0000');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(material));
  return toHex(new Uint8Array(digest));
}

function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
