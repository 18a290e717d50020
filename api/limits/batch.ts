import type { RequestHandler } from 'express';
import { ErrorCode } from '../errors/index.js';
import { sendGraphQLError } from '../http/graphql-response.js';

/** Rejects a batched POST (a JSON array of operations) holding more than `maxBatch` operations. */
export function batchLimit(maxBatch: number): RequestHandler {
  return (req, res, next) => {
    if (req.method === 'POST' && Array.isArray(req.body) && req.body.length > maxBatch) {
      sendGraphQLError(
        req,
        res,
        400,
        `The batch holds ${req.body.length} operations; the limit is ${maxBatch} (maxBatch).`,
        {
          code: ErrorCode.QUERY_TOO_COMPLEX,
          limit: 'maxBatch',
          max: maxBatch,
        },
      );
      return;
    }
    next();
  };
}
