import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler, Response } from 'express';
import { credentialsOf } from '../auth/api-keys.js';
import { newRequestState, type RequestState } from './request-context.js';

/** A caller's x-request-id is kept when it looks like an id (so it cannot inject into logs). */
const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestStateOf(res: Response): RequestState | undefined {
  return res.locals.faultline as RequestState | undefined;
}

/**
 * A request's state: its id (the caller's x-request-id, or a new one, echoed back) and the
 * credentials of its `Authorization` header. For Express (requestId below) and for the POST
 * lane of /graphql (graphql-post.ts).
 */
export function startRequest(req: IncomingMessage, res: ServerResponse, apiKeys: readonly string[]): RequestState {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && SAFE_ID.test(given) ? given : randomUUID();
  const state = newRequestState(id);
  state.credentials = credentialsOf(req.headers.authorization, apiKeys);
  res.setHeader('x-request-id', id);
  return state;
}

/** Gives every request that Express serves its state (startRequest), kept on `res.locals`. */
export function requestId(apiKeys: readonly string[]): RequestHandler {
  return (req, res, next) => {
    res.locals.faultline = startRequest(req, res, apiKeys);
    next();
  };
}
