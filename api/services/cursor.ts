/**
 * Opaque cursors: base64url of `[sortKey, id]`, the keyset position of a row. Clients must treat
 * them as opaque; anything that does not decode is the client's mistake, named by `field`.
 */

import type { Keyset } from '../../core/cypher/index.js';
import { badInput } from '../errors/index.js';

export function encodeCursor(position: Keyset): string {
  return Buffer.from(JSON.stringify([position.key, position.id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): Keyset {
  let parsed: unknown;
  try {
    const text = Buffer.from(cursor, 'base64url').toString('utf8');
    // Round-trip check: Buffer silently skips characters outside the alphabet.
    if (Buffer.from(text, 'utf8').toString('base64url') !== cursor.replace(/=+$/, '')) throw new Error('not base64url');
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== 'string' || typeof parsed[1] !== 'string') {
    throw badInput(
      field,
      `"${field}" is not a cursor this API issued; use a cursor from pageInfo.endCursor or an edge.`,
    );
  }
  return { key: parsed[0], id: parsed[1] };
}
