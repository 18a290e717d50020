import { randomUUID } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import { credentialsOf } from '../auth/api-keys.js';
import { newRequestState, type RequestState } from './request-context.js';

/** A caller's x-request-id is kept when it looks like an id (so it cannot inject into logs). */
const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestStateOf(res: Response): RequestState | undefined {
  return res.locals.faultline as RequestState | undefined;
}

/** Gives every request an id (the caller's x-request-id, or a new one) and echoes it back. */
export function requestId(apiKeys: readonly string[]): RequestHandler {
  return (req, res, next) => {
    const given = req.get('x-request-id');
    const id = given && SAFE_ID.test(given) ? given : randomUUID();
    const state = newRequestState(id);
    state.credentials = credentialsOf(req.get('authorization'), apiKeys);
    res.locals.faultline = state;
    res.setHeader('x-request-id', id);
    next();
  };
}
