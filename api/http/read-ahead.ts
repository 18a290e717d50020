/**
 * A request sent again starts its reads as it arrives. Faultline turns each root field into one
 * statement (api/schema/fold.ts), and what that statement is depends on the request alone: its
 * document and its variables. So the statements a request's first reads ran the last time are
 * started again as soon as the same request body has been read, while Apollo looks up the
 * document, runs the plugins and the limits, and the resolvers work out what to ask: Neo4j works
 * on another core in the meantime, and the resolver that then asks for the same statement takes
 * the answer already under way (core/db Database.readingAhead). Nothing of an answer is kept:
 * every request reads the graph as it is when it arrives.
 *
 * A query sent as GET is keyed by its URL instead of a body (readAheadOfGet).
 *
 * What is kept per request body (at most MAX_BODIES, the least recently sent forgotten first):
 * the reads it started before any of them came back (its first reads, made from the request
 * alone, not from what Neo4j answered). A body is not read ahead when:
 * - its last answer was not a 200, or it wrote, ran a transaction or streamed (only single reads
 *   are started early; a mutation writes before it reads, so nothing of it is ever read ahead); a
 *   request refused before it ran anything (a caller without a key) leaves what is known as it was;
 * - its first reads were not the same two times in a row (they depend on something besides the
 *   body): it is not read ahead again until forgotten;
 * - the caller may not read (a server that requires a key for reads, and none valid is sent);
 * - it is longer than MAX_BODY_CHARS, or made more than MAX_READS first reads.
 * A read started ahead and not asked for after all costs Neo4j one read, and nothing else: its
 * answer is dropped.
 */

import type { RequestHandler, Response } from 'express';
import {
  type Database,
  type StartListener,
  type Statement,
  type StatementListener,
  statementKey,
} from '../../core/db/index.js';
import { setNewest } from '../../core/memo.js';
import { type AuthOptions, checkAccess } from '../auth/index.js';
import type { RequestState } from './request-context.js';
import { requestStateOf } from './request-id.js';

/** Request bodies remembered. */
export const MAX_BODIES = 256;
/** Longer bodies are not remembered (a client sending large generated documents gains little). */
export const MAX_BODY_CHARS = 16_384;
/** A request whose first reads are more than this many is not read ahead. */
export const MAX_READS = 4;

/** One request's reads: the door its context reads through, and what it told of its work. */
export interface RequestReads {
  /** The door the request's context is made from: the process-wide one, or one with reads under way. */
  door: Database;
  /** How many reads were started for it as it arrived. */
  started: number;
  /** What it did, told by its door (Database.observedBy: `log.started`, `log.finished`). */
  log: ReadLog;
}

const sameStatements = (a: readonly Statement<unknown>[], b: readonly Statement<unknown>[]) =>
  a.length === b.length && a.every((s, i) => statementKey(s) === statementKey(b[i] as Statement<unknown>));

export class ReadAhead {
  /** Per request body: its first reads, or null for a body whose first reads changed (not read ahead). */
  private readonly known = new Map<string, readonly Statement<unknown>[] | null>();

  constructor(
    private readonly db: Database,
    private readonly access: AuthOptions,
  ) {}

  /** Bodies remembered (for tests and metrics). */
  get size(): number {
    return this.known.size;
  }

  /**
   * Starts the reads `body` made the last time it was sent, when there are any and the caller may
   * read; the request's state then counts what its statements take of them (its log line's `readAhead`).
   */
  begin(body: string, state: Pick<RequestState, 'credentials' | 'readAhead'>): RequestReads {
    const known = body.length <= MAX_BODY_CHARS ? this.known.get(body) : undefined;
    const ahead = known !== undefined && known !== null && checkAccess('query', state.credentials, this.access).ok;
    const log = new ReadLog(ahead ? known.length : 0);
    if (ahead) state.readAhead = log.counts;
    return { door: ahead ? this.db.readingAhead(known) : this.db, started: log.counts.unused, log };
  }

  /** Remembers what the request read first, once it is answered with `status`. */
  end(body: string, reads: RequestReads, status: number): void {
    if (body.length > MAX_BODY_CHARS) return;
    const { first, other, counts } = reads.log;
    // Ran nothing (refused before it ran: no key, a limit): nothing learnt of the body itself.
    if (first.length === 0 && !other && counts.taken === 0) return;
    if (status !== 200 || other || first.length === 0 || first.length > MAX_READS) {
      this.known.delete(body);
      return;
    }
    const before = this.known.get(body);
    const steady = before === undefined || (before !== null && sameStatements(before, first));
    // Kept without their decoders, which may hold what the request planned: a read ahead needs only the statement.
    const kept = steady ? (before ?? first.map(({ cypher, params }) => ({ cypher, params }))) : null;
    // The newest: the Map's order is the order bodies were last sent in.
    setNewest(this.known, body, kept, MAX_BODIES);
  }
}

/**
 * What one request started: its reads until the first came back, whether it did anything but
 * single reads, and how many of the reads started ahead its statements took.
 */
export class ReadLog {
  readonly first: Statement<unknown>[] = [];
  other = false;
  /** Reads started ahead: taken by a statement, and not (yet). */
  readonly counts: { taken: number; unused: number };
  private settled = false;

  constructor(started: number) {
    this.counts = { taken: 0, unused: started };
  }

  readonly started: StartListener = (kind, statement) => {
    if (kind === 'other') this.other = true;
    else if (!this.settled && statement) this.first.push(statement);
  };

  readonly finished: StatementListener = (event) => {
    this.settled = true;
    if (event.ahead) {
      this.counts.taken += 1;
      this.counts.unused -= 1;
    }
  };
}

/**
 * A query sent as GET (as urql and other clients send queries by default) is read ahead too,
 * keyed by its URL; for Express, just before Apollo's handler. Its reads are the context's
 * (readsOf).
 */
export function readAheadOfGet(readAhead: ReadAhead): RequestHandler {
  return (req, res, next) => {
    const state = requestStateOf(res);
    if (req.method !== 'GET' || !state) return next();
    const key = `GET ${req.originalUrl}`;
    const reads = readAhead.begin(key, state);
    res.locals.faultlineReads = reads;
    res.on('finish', () => readAhead.end(key, reads, res.statusCode));
    if (reads.started === 0) return next();
    // As in the POST lane (graphql-post.ts): the driver's steps reach the socket before Apollo's start.
    setImmediate(next);
  };
}

/** The reads readAheadOfGet began for the request Express serves, if any. */
export function readsOf(res: Response): RequestReads | undefined {
  return res.locals.faultlineReads as RequestReads | undefined;
}
