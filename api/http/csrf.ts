/**
 * Faultline's CSRF rule, in place of Apollo's `csrfPrevention` (which refuses every GET without
 * a preflight header, and so every GraphQL client that sends queries as GET, urql's default).
 *
 * Cross-site request forgery needs ambient authority: something the browser attaches on its own
 * to a request another site makes it send. Faultline's only credential is an
 * `Authorization: Bearer <key>` header. A browser never attaches one by itself, and a page can
 * only set it through fetch/XHR, which makes a cross-origin request "non-simple": the browser
 * first sends a CORS preflight, which this server does not grant, so the request never leaves.
 * What a browser does attach on its own are cookies and cached HTTP Basic/Digest credentials
 * (a proxy or SSO in front of Faultline may rely on them). So:
 *
 * - A GET (queries only: Apollo answers a mutation over GET with 405) runs when it carries no
 *   ambient credentials: no Cookie header and no Authorization other than Bearer. Such a request
 *   runs with no more authority than any anonymous client on the network has anyway, and a
 *   cross-site page cannot read the answer (no CORS headers). The Accept header is no defence:
 *   it is CORS-safelisted, so `fetch(url, {mode: 'no-cors', headers: {accept: ...}})` is still a
 *   simple request.
 * - A GET with ambient credentials, and any POST whose content-type a cross-site form can send
 *   (text/plain, application/x-www-form-urlencoded, multipart/form-data, or none), must carry a
 *   header no simple request can (`apollo-require-preflight` or `x-apollo-operation-name`,
 *   Apollo's names, so clients configured for Apollo keep working).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { sendGraphQLError } from './graphql-response.js';

const PREFLIGHT_HEADERS = ['apollo-require-preflight', 'x-apollo-operation-name'] as const;
const SIMPLE_CONTENT_TYPES = new Set(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']);

type Asked = Pick<IncomingMessage, 'method' | 'headers'>;

function hasPreflightHeader(req: Asked): boolean {
  return PREFLIGHT_HEADERS.some((h) => {
    const v = req.headers[h];
    return typeof v === 'string' && v.trim() !== '';
  });
}

/** True when the browser may have attached credentials by itself (cookies, Basic or Digest auth). */
export function carriesAmbientCredentials(req: Pick<IncomingMessage, 'headers'>): boolean {
  if (req.headers.cookie !== undefined) return true;
  const auth = req.headers.authorization;
  return auth !== undefined && !/^Bearer\s/i.test(auth);
}

/** True when a cross-site HTML form could have sent this content type (or none). */
function simpleContentType(req: Asked): boolean {
  const header = req.headers['content-type'];
  if (!header) return true;
  const type = header.split(';')[0]?.trim().toLowerCase() ?? '';
  return SIMPLE_CONTENT_TYPES.has(type);
}

/** Why a request is refused, or null when it may run. */
export function csrfRefusal(req: Asked): string | null {
  if (hasPreflightHeader(req)) return null;
  if (req.method === 'GET' || req.method === 'HEAD') {
    return carriesAmbientCredentials(req)
      ? 'This GET carries cookies or browser-managed credentials, so a cross-site page could have sent it. Send the API key as "Authorization: Bearer <key>" without cookies, add the header "apollo-require-preflight: 1", or use POST with application/json.'
      : null;
  }
  if (req.method === 'POST' && simpleContentType(req)) {
    return 'A cross-site form could have sent this POST. Send it with "content-type: application/json" (or add the header "apollo-require-preflight: 1").';
  }
  return null;
}

/** Answers 400 to a request csrfRefusal refused, and returns true; false when it may run. */
export function refuseCsrf(req: IncomingMessage, res: ServerResponse): boolean {
  const refusal = csrfRefusal(req);
  if (refusal === null) return false;
  sendGraphQLError(req, res, 400, `Refused as a possible cross-site request forgery (CSRF): ${refusal}`, {
    code: 'BAD_REQUEST',
  });
  return true;
}

/** Refuses with 400 what a cross-site page could make a browser send with a user's credentials. */
export const csrfGuard: RequestHandler = (req, res, next) => {
  if (!refuseCsrf(req, res)) next();
};
