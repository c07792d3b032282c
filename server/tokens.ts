import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt) as (password: Buffer, salt: Buffer, keylen: number) => Promise<Buffer>;

/**
 * A moderator token is `ferry_<id>.<secret>`: the id finds the row, the secret is kept only as a
 * scrypt hash. Revoking sets `revoked_at`; the next request with the token is refused.
 */
export interface IssuedToken {
  token: string;
  tokenId: string;
  salt: Buffer;
  hash: Buffer;
}

export async function issueToken(): Promise<IssuedToken> {
  const tokenId = randomBytes(9).toString('base64url');
  const secret = randomBytes(32).toString('base64url');
  const salt = randomBytes(16);
  const hash = await scryptAsync(Buffer.from(secret), salt, 32);
  return { token: `ferry_${tokenId}.${secret}`, tokenId, salt, hash };
}

export function parseToken(token: string): { tokenId: string; secret: string } | null {
  const match = /^ferry_([A-Za-z0-9_-]{12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  return match ? { tokenId: match[1]!, secret: match[2]! } : null;
}

/**
 * scrypt is slow on purpose; one process checks each token once and then remembers that this
 * secret matched this stored hash. The row (and so revocation) is still read on every request.
 */
const verified = new Map<string, string>();
const MAX_REMEMBERED = 10_000;

export async function verifySecret(secret: string, salt: Buffer, hash: Buffer): Promise<boolean> {
  const fingerprint = createHash('sha256').update(secret).digest('hex');
  const stored = hash.toString('hex');
  if (verified.get(fingerprint) === stored) return true;
  const derived = await scryptAsync(Buffer.from(secret), salt, hash.length);
  const ok = derived.length === hash.length && timingSafeEqual(derived, hash);
  if (ok) {
    if (verified.size >= MAX_REMEMBERED) verified.clear();
    verified.set(fingerprint, stored);
  }
  return ok;
}
