/**
 * Per-request state that code deep below the HTTP layer needs (request id, time spent in
 * Neo4j, whether the caller holds a valid key), carried with AsyncLocalStorage so that the
 * Database and the resolvers do not need to thread it through every call.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Credentials } from '../auth/api-keys.js';

export interface RequestState {
  requestId: string;
  startedAt: number;
  /** Milliseconds spent inside Neo4j statements run for this request. */
  neo4jMs: number;
  statements: number;
  /** The request's `Authorization: Bearer <key>`, checked against the configured keys once. */
  credentials: Credentials;
}

const storage = new AsyncLocalStorage<RequestState>();

export function newRequestState(requestId: string): RequestState {
  return {
    requestId,
    startedAt: performance.now(),
    neo4jMs: 0,
    statements: 0,
    credentials: { presented: false, valid: false },
  };
}

/** Runs `fn` with `state` as the current request. */
export function runInRequest<T>(state: RequestState, fn: () => T): T {
  return storage.run(state, fn);
}

/** The request being served, or undefined outside one (start-up, tests calling services directly). */
export function currentRequest(): RequestState | undefined {
  return storage.getStore();
}
