import { unauthenticated } from '../errors/index.js';
import type { Credentials } from './api-keys.js';

/**
 * Second line of defence inside every mutation resolver: the request must have carried a valid
 * key (the HTTP layer reads it into `auth`). The auth plugin refuses earlier with a fuller message.
 */
export function requireWriter(context: { auth?: Credentials }): void {
  if (context.auth?.valid !== true)
    throw unauthenticated('Mutations need a valid API key: send "Authorization: Bearer <key>".');
}
