/**
 * Per-request state that the layers below HTTP fill in or read (request id, time spent in Neo4j,
 * whether the caller holds a valid key). It travels explicitly: on the response (request-id.ts
 * requestStateOf) and, for the resolvers, in the GraphQL context, whose database door adds each
 * statement's time to it (server.ts). Not through AsyncLocalStorage, which on Node 20 runs a hook
 * on every promise of the process (a few per cent of the throughput of a small query here).
 */
import type { Credentials } from '../auth/api-keys.js';

export interface RequestState {
  requestId: string;
  startedAt: number;
  /** Milliseconds spent inside Neo4j statements run for this request. */
  neo4jMs: number;
  statements: number;
  /** Reads started as the request arrived (api/http/read-ahead.ts): taken by its statements, and not asked for. */
  readAhead?: { taken: number; unused: number };
  /** The request's `Authorization: Bearer <key>`, checked against the configured keys once. */
  credentials: Credentials;
}

export function newRequestState(requestId: string): RequestState {
  return {
    requestId,
    startedAt: performance.now(),
    neo4jMs: 0,
    statements: 0,
    credentials: { presented: false, valid: false },
  };
}
