import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { ErrorCode } from '../errors/index.js';
import { sendGraphQLError } from '../http/graphql-response.js';

/**
 * Refuses a batched POST (a JSON array of operations) holding more than `maxBatch` operations;
 * true when it did (and answered).
 */
export function refuseLongBatch(req: IncomingMessage, res: ServerResponse, body: unknown, maxBatch: number): boolean {
  if (!Array.isArray(body) || body.length <= maxBatch) return false;
  sendGraphQLError(req, res, 400, `The batch holds ${body.length} operations; the limit is ${maxBatch} (maxBatch).`, {
    code: ErrorCode.QUERY_TOO_COMPLEX,
    limit: 'maxBatch',
    max: maxBatch,
  });
  return true;
}

/** refuseLongBatch for the POSTs that Express serves. */
export function batchLimit(maxBatch: number): RequestHandler {
  return (req, res, next) => {
    if (req.method === 'POST' && refuseLongBatch(req, res, req.body, maxBatch)) return;
    next();
  };
}
