/**
 * POST /graphql with a JSON body, from node:http straight to Apollo Server: the requests every
 * GraphQL client sends. Express's router, body parser and integration, with Faultline's middleware
 * in Express's layers, took about 0.1 ms of every request (`{ __typename }` over loopback here:
 * 0.37-0.45 ms p50 through Express, 0.27-0.31 ms through this lane; 350 against 185 us of server
 * CPU). The lane does their work for this one kind of request, with the same rules and answers:
 *
 * - the request's id and credentials (startRequest) and its log line (logWhenFinished);
 * - the CSRF rule (refuseCsrf; it never refuses a POST of application/json, but the rule stays
 *   in one place);
 * - the body: at most `bodyLimitBytes` (413), JSON whose top level is an object or an array as
 *   body-parser's strict mode has it (400), a UTF-8 byte order mark skipped; an empty body is `{}`;
 * - the batch limit (refuseLongBatch), then Apollo's `executeHTTPGraphQLRequest`, as
 *   `@as-integrations/express5` calls it.
 *
 * It takes a request only when that is all there is to it: method POST, path exactly `/graphql`,
 * content type application/json with no charset or UTF-8, no content encoding, a body announced.
 * Anything else (GET, GraphiQL, a compressed or UTF-16 body, `/graphql/`) goes on to Express, which
 * answers it as before. tests/integration/graphql-post-lane.test.ts checks that both answer alike.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServer, type BaseContext, HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import type { Logger } from '../../core/logger.js';
import { refuseLongBatch } from '../limits/batch.js';
import { sendBodyNotJson, sendBodyTooLarge } from './body.js';
import { refuseCsrf } from './csrf.js';
import { sendGraphQLError } from './graphql-response.js';
import type { ReadAhead, RequestReads } from './read-ahead.js';
import type { Readiness } from './readiness.js';
import type { RequestState } from './request-context.js';
import { startRequest } from './request-id.js';
import { logWhenFinished } from './request-log.js';
import { refuseWhileStarting } from './starting.js';

export interface GraphQLPostLaneOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  /** The GraphQL context of a request, from its state and the door its reads go through. */
  context: (state: RequestState, reads?: RequestReads) => Promise<TContext>;
  apiKeys: readonly string[];
  logger: Logger;
  bodyLimitBytes: number;
  maxBatch: number;
  /** While its start-up hold is on, operations are answered 503 (starting.ts). */
  readiness?: Readiness;
  /** Starts the reads of a request sent again as soon as its body is read (read-ahead.ts). */
  readAhead?: ReadAhead;
}

/** Serves the request and returns true when it is a plain JSON POST of /graphql; else false, untouched. */
export type GraphQLPostLane = (req: IncomingMessage, res: ServerResponse) => boolean;

const PATH = '/graphql';
/** body-parser's strict mode: the first character that is not JSON whitespace opens an object or array. */
const FIRST_CHAR = /^[ \t\n\r]*([^ \t\n\r])/;

/** True for `application/json`, bare or with `charset=utf-8` (any case, any spacing). */
export function isPlainJsonType(header: string | undefined): boolean {
  if (header === undefined) return false;
  const [type, ...params] = header.split(';');
  if (type?.trim().toLowerCase() !== 'application/json') return false;
  return params.every((p) => {
    const [name, value] = p.split('=');
    if (name?.trim().toLowerCase() !== 'charset') return false;
    const charset = value
      ?.trim()
      .replace(/^"(.*)"$/, '$1')
      .toLowerCase();
    return charset === 'utf-8' || charset === 'utf8';
  });
}

function takes(req: IncomingMessage): boolean {
  if (req.method !== 'POST') return false;
  const url = req.url ?? '';
  if (url !== PATH && !url.startsWith(`${PATH}?`)) return false;
  const headers = req.headers;
  if (!isPlainJsonType(headers['content-type'])) return false;
  const encoding = headers['content-encoding'];
  if (encoding !== undefined && encoding.trim().toLowerCase() !== 'identity') return false;
  // No body announced: body-parser leaves req.body unset and Apollo's integration answers 500; Express keeps that answer.
  const length = headers['content-length'];
  return headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/** The parsed body, or undefined when it is not JSON of an object or array. */
function parseBody(text: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.length === 0) return {};
  const first = FIRST_CHAR.exec(body)?.[1];
  if (first !== '{' && first !== '[') return undefined;
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

function headerMapOf(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

async function writeAnswer(res: ServerResponse, answer: HTTPGraphQLResponse): Promise<void> {
  for (const [key, value] of answer.headers) res.setHeader(key, value);
  res.statusCode = answer.status ?? 200;
  if (answer.body.kind === 'complete') {
    res.setHeader('content-length', Buffer.byteLength(answer.body.string));
    res.end(answer.body.string);
    return;
  }
  for await (const chunk of answer.body.asyncIterator) res.write(chunk);
  res.end();
}

export function graphqlPostLane<TContext extends BaseContext>(
  options: GraphQLPostLaneOptions<TContext>,
): GraphQLPostLane {
  const { apollo, context, apiKeys, logger, bodyLimitBytes, maxBatch, readiness, readAhead } = options;

  const run = async (req: IncomingMessage, res: ServerResponse, state: RequestState, text: string) => {
    const body = parseBody(text);
    if (body === undefined) return sendBodyNotJson(req, res);
    if (refuseLongBatch(req, res, body, maxBatch)) return;
    // Its reads of the last time start now, before Apollo has looked at it.
    const reads = readAhead?.begin(text, state);
    // The driver takes a connection and writes the statement in a chain of promise steps; Apollo's
    // would interleave with them and hold the statement back by about half a millisecond. The
    // chain has no I/O in it, so one turn of the event loop lets it reach the socket first.
    if (reads && reads.started > 0) await new Promise((resolve) => setImmediate(resolve));
    const url = req.url ?? PATH;
    const answer = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers: headerMapOf(req), search: url.slice(PATH.length), body },
      context: () => context(state, reads),
    });
    if (reads) readAhead?.end(text, reads, answer.status ?? 200);
    await writeAnswer(res, answer);
  };

  const fail = (req: IncomingMessage, res: ServerResponse, error: unknown) => {
    logger.error({ err: error }, 'POST /graphql failed outside GraphQL');
    if (res.headersSent) res.destroy();
    else sendGraphQLError(req, res, 500, 'Internal server error.', { code: 'INTERNAL_SERVER_ERROR' });
  };

  return (req, res) => {
    if (!takes(req)) return false;
    const state = startRequest(req, res, apiKeys);
    logWhenFinished(logger, req, res, state, PATH);
    if (refuseCsrf(req, res)) return true;
    if (refuseWhileStarting(readiness, req, res)) {
      req.resume();
      return true;
    }
    const declared = Number(req.headers['content-length']);
    if (declared > bodyLimitBytes) {
      // Not read: the connection closes after the answer rather than reading what is left.
      res.shouldKeepAlive = false;
      sendBodyTooLarge(req, res, bodyLimitBytes);
      req.resume();
      return true;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    const take = () => {
      const text =
        chunks.length === 1 ? (chunks[0] as Buffer).toString('utf8') : Buffer.concat(chunks).toString('utf8');
      run(req, res, state, text).catch((error: unknown) => fail(req, res, error));
    };
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > bodyLimitBytes) {
        over = true;
        chunks.length = 0;
        res.shouldKeepAlive = false;
        sendBodyTooLarge(req, res, bodyLimitBytes);
        return;
      }
      chunks.push(chunk);
      // The whole body announced is here (node:http delivers no byte past Content-Length): run it
      // now rather than a turn later at 'end', its reads started ahead that much sooner.
      if (size === declared) take();
    });
    req.on('end', () => {
      // Taken already when the announced length came in (size only reaches it once, at the last byte).
      if (!over && size !== declared) take();
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      // The client went away before its body was sent: nobody to answer, nothing to report.
      if (error.code === 'ECONNRESET')
        logger.debug({ requestId: state.requestId }, 'POST /graphql aborted by the client');
      else fail(req, res, error);
    });
    return true;
  };
}
