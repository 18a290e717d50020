import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { ErrorCode } from '../errors/index.js';
import { sendGraphQLError } from './graphql-response.js';

/** JSON body parser capped at `limitBytes` (the limit Apollo relies on; it reads req.body). */
export function jsonBody(limitBytes: number): RequestHandler {
  return express.json({ limit: limitBytes });
}

/** 413: the body is over `bodyLimitBytes`. */
export function sendBodyTooLarge(req: IncomingMessage, res: ServerResponse, limitBytes: number): void {
  sendGraphQLError(
    req,
    res,
    413,
    `The request body is larger than the limit of ${limitBytes} bytes (bodyLimitBytes).`,
    {
      code: ErrorCode.QUERY_TOO_COMPLEX,
      limit: 'bodyLimitBytes',
      max: limitBytes,
    },
  );
}

/** 400: the body is not JSON (or, as body-parser's strict mode has it, not an object or array). */
export function sendBodyNotJson(req: IncomingMessage, res: ServerResponse): void {
  sendGraphQLError(req, res, 400, 'The request body is not valid JSON.', { code: 'BAD_REQUEST' });
}

/** Turns the body parser's failures into GraphQL-shaped errors: 413 over the limit, 400 for bad JSON. */
export function bodyErrors(limitBytes: number): ErrorRequestHandler {
  return (err, req, res, next) => {
    const type = (err as { type?: string }).type;
    if (type === 'entity.too.large') {
      sendBodyTooLarge(req, res, limitBytes);
      return;
    }
    if (type === 'entity.parse.failed') {
      sendBodyNotJson(req, res);
      return;
    }
    if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
      sendGraphQLError(req, res, 415, 'The request body uses an unsupported encoding or charset.', {
        code: 'BAD_REQUEST',
      });
      return;
    }
    next(err);
  };
}
