/**
 * A JSON POST of `/graphql` is served by the lane from node:http to Apollo (api/http/graphql-post.ts);
 * the same request sent to `/graphql/` still goes through Express (its router mounts the GraphQL
 * handler at `/graphql`, and the lane takes the exact path only). Both must answer alike: status,
 * media type and body, for answers, batches and every refusal, against the seed graph.
 */
import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { seededTestServer, WRITER_KEY } from '../support/api-server.js';
import { testDatabase } from '../support/neo4j.js';

const BODY_LIMIT = 4_000;
const MAX_BATCH = 3;

interface Sent {
  name: string;
  body: string | Blob;
  headers?: Record<string, string>;
  /** What both must answer. */
  status: number;
}

const query = (q: string, variables?: Record<string, unknown>) => JSON.stringify({ query: q, variables });
const SINGH =
  '{ party(id: "sabrina-singh") { id name relationships(first: 3) { totalCount edges { node { id type } } } } }';

const CASES: Sent[] = [
  { name: 'a query', body: query(SINGH), status: 200 },
  {
    name: 'a query asking for application/json',
    body: query(SINGH),
    headers: { accept: 'application/json' },
    status: 200,
  },
  {
    name: 'a query with variables, content type with charset=UTF-8',
    body: query('query P($id: ID!) { party(id: $id) { id name } }', { id: 'iran' }),
    headers: { 'content-type': 'application/json; charset=UTF-8' },
    status: 200,
  },
  { name: 'a batch', body: `[${query('{ party(id: "iran") { id } }')},${query(SINGH)}]`, status: 200 },
  {
    name: 'a batch over maxBatch',
    body: `[${Array(MAX_BATCH + 1)
      .fill(query('{ __typename }'))
      .join(',')}]`,
    status: 400,
  },
  { name: 'a body over bodyLimitBytes', body: query(`{ __typename ${' '.repeat(BODY_LIMIT)} }`), status: 413 },
  { name: 'a body that is not JSON', body: '{"query": "{ __typename }"', status: 400 },
  { name: 'JSON that is not an object or array', body: '"{ __typename }"', status: 400 },
  { name: 'a UTF-8 byte order mark before the JSON', body: new Blob([`\uFEFF${query(SINGH)}`]), status: 200 },
  { name: 'an object without a query', body: '{}', status: 400 },
  {
    name: 'a variable of the wrong type',
    body: query('query P($id: ID!) { party(id: $id) { id } }', { id: 42.5 }),
    status: 400,
  },
  { name: 'a GraphQL syntax error', body: query('{ party(id: "iran") { id '), status: 400 },
  {
    name: 'a mutation without a key',
    body: query('mutation { retract(id: "no-such:OPPOSES:relationship") { id retracted } }'),
    status: 401,
  },
  {
    name: 'a mutation with a wrong key',
    body: query('mutation { retract(id: "no-such:OPPOSES:relationship") { id retracted } }'),
    headers: { authorization: 'Bearer not-the-key' },
    status: 401,
  },
];

describe('POST /graphql: the node:http lane answers as Express does', () => {
  const db = testDatabase();
  const server = seededTestServer(db, { limits: { bodyLimitBytes: BODY_LIMIT, maxBatch: MAX_BATCH } });

  const send = async (path: string, sent: Sent) => {
    const res = await fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...sent.headers },
      body: sent.body,
    });
    const text = await res.text();
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      requestId: res.headers.get('x-request-id'),
      text,
    };
  };

  for (const sent of CASES) {
    it(`${sent.name}: status ${sent.status}, the same answer both ways`, async () => {
      const lane = await send('/graphql', sent);
      const express = await send('/graphql/', sent);
      expect(lane.status).toBe(sent.status);
      expect(express.status).toBe(sent.status);
      expect(lane.type).toBe(express.type);
      expect(JSON.parse(lane.text)).toEqual(JSON.parse(express.text));
      expect(lane.requestId).toMatch(/^[0-9a-f-]{36}$/);
    });
  }

  it('answers a query of the seed, with its statement counted in the request log', async () => {
    const logged = server.logs.length;
    const res = await send('/graphql', { name: 'Singh', body: query(SINGH), status: 200 });
    expect(res.type).toBe('application/graphql-response+json; charset=utf-8');
    const data = JSON.parse(res.text).data;
    expect(data.party.name).toBe('Sabrina Singh');
    expect(data.party.relationships.totalCount).toBeGreaterThan(0);
    const line = server.logs.slice(logged).find((l) => l.requestId === res.requestId);
    expect(line).toMatchObject({ method: 'POST', path: '/graphql', status: 200 });
    expect(line?.statements).toBeGreaterThanOrEqual(1);
    expect(line?.neo4jMs).toBeGreaterThan(0);
  });

  it("keeps the caller's x-request-id and refuses one that is not an id", async () => {
    const kept = await send('/graphql', {
      name: '',
      body: query('{ __typename }'),
      headers: { 'x-request-id': 'trace-42.a' },
      status: 200,
    });
    expect(kept.requestId).toBe('trace-42.a');
    const replaced = await send('/graphql', {
      name: '',
      body: query('{ __typename }'),
      headers: { 'x-request-id': 'a b{c}' },
      status: 200,
    });
    expect(replaced.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('runs a mutation with the writer key (past the key check, to the missing relationship)', async () => {
    const res = await send('/graphql', {
      name: '',
      body: query('mutation { retract(id: "no-such:OPPOSES:relationship") { id retracted } }'),
      headers: { authorization: `Bearer ${WRITER_KEY}` },
      status: 200,
    });
    const answer = JSON.parse(res.text);
    expect(answer.data).toBeNull();
    expect(answer.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  // The lane runs a body as soon as the bytes its Content-Length announced are in, or at its end
  // when none is announced (chunked): either way once, whatever pieces it arrives in.
  for (const announced of [true, false]) {
    it(`answers a body sent in three pieces once (${announced ? 'Content-Length' : 'chunked'})`, async () => {
      const body = query(SINGH);
      const cuts = [0, 17, 60, body.length];
      const logged = server.logs.length;
      const answer = await new Promise<{ status: number; text: string; requestId: string }>((resolve, reject) => {
        const req = http.request(`${server.url}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(announced ? { 'content-length': String(Buffer.byteLength(body)) } : {}),
          },
        });
        req.on('response', (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              text: Buffer.concat(chunks).toString('utf8'),
              requestId: String(res.headers['x-request-id']),
            }),
          );
        });
        req.on('error', reject);
        (async () => {
          for (let i = 0; i + 1 < cuts.length; i++) {
            req.write(body.slice(cuts[i], cuts[i + 1]));
            // Apart in time, so each piece is a 'data' event of its own.
            await new Promise((r) => setTimeout(r, 30));
          }
          req.end();
        })().catch(reject);
      });
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.text).data.party.name).toBe('Sabrina Singh');
      const lines = server.logs.slice(logged);
      // One log line for the request, and no failure logged beside it (a body run twice writes twice).
      expect(lines.filter((l) => l.requestId === answer.requestId)).toHaveLength(1);
      expect(lines.filter((l) => l.level !== undefined && Number(l.level) >= 50)).toEqual([]);
    });
  }

  it('keeps the connection usable after refusing a body over the limit read in chunks', async () => {
    // No content-length: the body arrives chunked and is counted as it comes.
    const big = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 4; i++) controller.enqueue(new TextEncoder().encode(' '.repeat(BODY_LIMIT / 2)));
        controller.close();
      },
    });
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: big,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect((await res.json()).errors[0].extensions).toMatchObject({ limit: 'bodyLimitBytes', max: BODY_LIMIT });
    const after = await send('/graphql', { name: '', body: query('{ __typename }'), status: 200 });
    expect(JSON.parse(after.text)).toEqual({ data: { __typename: 'Query' } });
  });
});
