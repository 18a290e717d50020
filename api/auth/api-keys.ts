import { createHash, timingSafeEqual } from 'node:crypto';

/** The key in `Authorization: Bearer <key>`, or null when the header is missing or of another scheme. */
export function bearerKey(header: string | undefined | null): string | null {
  if (!header) return null;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return m?.[1] ?? null;
}

/** What a request's Authorization header says, worked out once per request. */
export interface Credentials {
  /** A `Bearer` key was sent. */
  presented: boolean;
  /** It is one of the configured keys. */
  valid: boolean;
}

export function credentialsOf(header: string | undefined | null, keys: readonly string[]): Credentials {
  const key = bearerKey(header);
  return { presented: key !== null, valid: key !== null && keys.length > 0 && keyMatches(key, keys) };
}

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/**
 * True when `candidate` equals one of `keys`. Compares SHA-256 digests (equal lengths) with
 * timingSafeEqual and checks every key, so timing reveals neither a key's length nor which matched.
 */
export function keyMatches(candidate: string, keys: readonly string[]): boolean {
  const given = digest(candidate);
  let found = false;
  for (const key of keys) {
    if (timingSafeEqual(given, digest(key))) found = true;
  }
  return found;
}
