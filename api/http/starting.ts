/**
 * GraphQL operations while start-up holds readiness (app/main.ts: Neo4j starting, the schema being
 * applied, the seed being written): each is answered 503 with the phase, in the shape of any other
 * GraphQL error, instead of running against a database without its indexes or with half a seed
 * (a search there failed with an internal error). `/healthz`, `/readyz`, GraphiQL's page and the
 * explorer's files are served as always.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { ErrorCode } from '../errors/error-code.js';
import { sendGraphQLError } from './graphql-response.js';
import type { Readiness } from './readiness.js';

/** The hold app/main.ts keeps on readiness until start-up work is done. */
export const STARTUP_HOLD = 'startup';

/** Seconds a client is told to wait before asking again. */
const RETRY_AFTER_SECONDS = 5;

/** The answers refuseWhileStarting gave: the request log reports them as answers, not as failures. */
const refused = new WeakSet<ServerResponse>();

/** Whether `res` is a refusal of refuseWhileStarting (a client asking early, as a /readyz poll does). */
export function refusedWhileStarting(res: ServerResponse): boolean {
  return refused.has(res);
}

/** Answers 503 and returns true while start-up holds `readiness`; false (nothing sent) otherwise. */
export function refuseWhileStarting(
  readiness: Readiness | undefined,
  req: IncomingMessage,
  res: ServerResponse,
): boolean {
  const phase = readiness?.held(STARTUP_HOLD);
  if (phase == null) return false;
  refused.add(res);
  res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
  res.setHeader('cache-control', 'no-store');
  sendGraphQLError(req, res, 503, `Faultline is not ready yet (${phase}); try again in a few seconds.`, {
    code: ErrorCode.DATABASE_UNAVAILABLE,
    reason: phase,
  });
  return true;
}

/** Express's form of refuseWhileStarting, for the /graphql routes other than the POST lane. */
export function startingGate(readiness: Readiness | undefined): RequestHandler {
  return (req, res, next) => {
    if (!refuseWhileStarting(readiness, req, res)) next();
  };
}
