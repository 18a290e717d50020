/**
 * `GET /network.ndjson?kind=OPPOSITION&types=OPPOSES,TARGETED&from=2020-01-01&to=2020-12-31`: a
 * whole named network as newline-delimited JSON, streamed from one read transaction with
 * back-pressure, for clients that want all of it (a million relationships) rather than the
 * relevance-ordered pages of `network`. Lines: `{"node": …}` for every endpoint (each once), then
 * `{"edge": …}` for every relationship with its evidence and derivation, then
 * `{"done": {"nodes": n, "edges": m}}`. A stream that ends without `done` was cut short, and says
 * why in a last `{"error": …}` line when it still can. Reads need a key when
 * FAULTLINE_REQUIRE_KEY_FOR_READS is set, as queries do. The transaction's timeout is
 * FAULTLINE_STREAM_TIMEOUT_MS, not the API's (a million relationships take a minute or more).
 */
import type { Request, RequestHandler, Response } from 'express';
import { GraphQLError } from 'graphql';
import { networkStreamStatements } from '../../core/cypher/index.js';
import { type Database, DatabaseUnavailableError, TransactionTimeoutError } from '../../core/db/index.js';
import { partialDateProblem } from '../../core/domain/fuzzy-date.js';
import {
  isRelationshipType,
  NETWORK_KINDS,
  type NetworkKind,
  type RelationshipType,
} from '../../core/domain/vocabulary.js';
import type { Logger } from '../../core/logger.js';
import { type AuthOptions, checkAccess } from '../auth/index.js';
import { badInput } from '../errors/index.js';
import { drawnNode, networkTypes } from '../services/graph.service.js';
import { checkWindow } from '../services/limits.js';
import { requestStateOf } from './request-id.js';

interface StreamQuery {
  types: RelationshipType[];
  from: string | null;
  to: string | null;
}

/** One query parameter, trimmed; null when absent or blank. */
function one(req: Request, name: string): string | null {
  const value = req.query[name];
  if (value === undefined) return null;
  if (typeof value !== 'string') throw badInput(name, `"${name}" must be given once.`);
  return value.trim() === '' ? null : value.trim();
}

/** A day parameter, checked as the Date scalar checks it. */
function day(req: Request, name: string): string | null {
  const value = one(req, name);
  if (value === null) return null;
  const problem = /^\d{4}-\d{2}-\d{2}$/.test(value) ? partialDateProblem(value) : 'expected YYYY-MM-DD';
  if (problem) throw badInput(name, `"${name}" must be a day as YYYY-MM-DD, got "${value}" (${problem}).`);
  return value;
}

function parse(req: Request): StreamQuery {
  const kind = (one(req, 'kind') ?? 'ALL').toUpperCase();
  if (!(NETWORK_KINDS as readonly string[]).includes(kind)) {
    throw badInput('kind', `"kind" must be one of ${NETWORK_KINDS.join(', ')}, got "${kind}".`);
  }
  const given = one(req, 'types');
  let types: RelationshipType[] | null = null;
  if (given !== null) {
    const names = given.split(',').map((t) => t.trim().toUpperCase());
    const unknown = names.filter((t) => !isRelationshipType(t));
    if (unknown.length > 0) throw badInput('types', `"types" holds unknown relationship types: ${unknown.join(', ')}.`);
    types = names as RelationshipType[];
  }
  const { from, to } = checkWindow(day(req, 'from'), day(req, 'to'));
  return { types: networkTypes(kind as NetworkKind, types), from, to };
}

/** Writes one line; waits for the socket to drain when its buffer is full (or for the client to go). */
async function write(res: Response, value: unknown): Promise<void> {
  if (res.destroyed) throw new Error('the client went away');
  if (res.write(`${JSON.stringify(value)}\n`)) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

export function networkStream(db: Database, auth: AuthOptions, logger: Logger, timeoutMs: number): RequestHandler {
  return async (req, res) => {
    const state = requestStateOf(res);
    const access = checkAccess('query', state?.credentials ?? { presented: false, valid: false }, auth);
    if (!access.ok) {
      const code = (access.error as { extensions?: { code?: string } }).extensions?.code;
      res.status(code === 'UNAUTHENTICATED' ? 401 : 403).json({ error: { code, message: access.error.message } });
      return;
    }
    let q: StreamQuery;
    try {
      q = parse(req);
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      res.status(400).json({ error: { ...error.extensions, message: error.message } });
      return;
    }
    const counts = { nodes: 0, edges: 0 };
    let started = false;
    const begin = () => {
      if (started) return;
      started = true;
      res.status(200).set('content-type', 'application/x-ndjson; charset=utf-8').set('cache-control', 'no-store');
    };
    try {
      if (q.types.length > 0) {
        const statements = networkStreamStatements(q);
        await db.readStream(
          async (stream) => {
            counts.nodes = await stream(statements.nodes, (node) => {
              begin();
              return write(res, { node: drawnNode(node) });
            });
            counts.edges = await stream(statements.relationships, (edge) => {
              begin();
              return write(res, { edge });
            });
          },
          { timeoutMs },
        );
      }
      begin();
      res.end(`${JSON.stringify({ done: counts })}\n`);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      logger.warn({ err: detail, requestId: state?.requestId, ...counts }, 'network stream failed');
      if (res.destroyed) return;
      // As the GraphQL API does: known failures say what happened, anything else is masked.
      let message = `Internal error; the server log has it under request id ${state?.requestId ?? '?'}.`;
      if (error instanceof DatabaseUnavailableError) message = detail;
      else if (error instanceof TransactionTimeoutError)
        message = `The stream ran longer than FAULTLINE_STREAM_TIMEOUT_MS (${timeoutMs} ms); narrow it with kind, types, from and to, or raise the setting.`;
      if (!started) {
        res.status(error instanceof DatabaseUnavailableError ? 503 : 500).json({ error: { message } });
      } else {
        res.end(`${JSON.stringify({ error: { message } })}\n`);
      }
    }
  };
}
