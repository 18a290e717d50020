import { unauthenticated } from '../errors/index.js';

/**
 * Second line of defence inside every mutation resolver: the request must have carried a valid
 * key (the HTTP layer sets `auth.isWriter`). The auth plugin refuses earlier with a fuller message.
 */
export function requireWriter(context: { auth?: { isWriter: boolean } }): void {
  if (context.auth?.isWriter !== true)
    throw unauthenticated('Mutations need a valid API key: send "Authorization: Bearer <key>".');
}
