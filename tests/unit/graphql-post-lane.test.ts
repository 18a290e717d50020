/**
 * Which requests the POST lane of /graphql takes (api/http/graphql-post.ts) and which it leaves to
 * Express, on a node:http server whose fallback stands in for Express, with a real Apollo Server
 * on a schema of its own. That the lane answers as Express does is
 * tests/integration/graphql-post-lane.test.ts.
 */
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlPostLane, isPlainJsonType } from '../../api/http/index.js';

const FELL_THROUGH = 418;

describe('isPlainJsonType', () => {
  it.each([
    ['application/json', true],
    ['Application/JSON', true],
    ['application/json; charset=utf-8', true],
    ['application/json;charset="UTF-8"', true],
    ['application/json; charset=utf8', true],
    ['application/json; charset=utf-16', false],
    ['application/json; charset=latin1', false],
    ['application/json; boundary=x', false],
    ['application/graphql-response+json', false],
    ['text/plain', false],
    ['', false],
    [undefined, false],
  ])('%s: %s', (header, plain) => {
    expect(isPlainJsonType(header)).toBe(plain);
  });
});

describe('graphqlPostLane', () => {
  let server: http.Server;
  let apollo: ApolloServer<{ requestId: string }>;
  let base: string;
  const contexts: string[] = [];
  const logs: { level: number; msg: string }[] = [];

  beforeAll(async () => {
    apollo = new ApolloServer<{ requestId: string }>({
      typeDefs: 'type Query { whoAsks: String }',
      allowBatchedHttpRequests: true,
      resolvers: { Query: { whoAsks: (_: unknown, __: unknown, ctx: { requestId: string }) => ctx.requestId } },
    });
    await apollo.start();
    const lane = graphqlPostLane({
      apollo,
      context: async (state) => {
        contexts.push(state.requestId);
        return { requestId: state.requestId };
      },
      apiKeys: [],
      logger: pino({ level: 'debug' }, { write: (line: string) => void logs.push(JSON.parse(line)) }),
      bodyLimitBytes: 1_000,
      maxBatch: 2,
    });
    server = http.createServer((req, res) => {
      if (lane(req, res)) return;
      req.resume();
      res.statusCode = FELL_THROUGH;
      res.end('express');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await apollo.stop();
  });

  const send = (path: string, init: RequestInit) => fetch(`${base}${path}`, init);
  const ASK = JSON.stringify({ query: '{ whoAsks }' });

  it('answers a JSON POST of /graphql itself, with the request id in the context and the answer', async () => {
    const res = await send('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'lane-1' },
      body: ASK,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('lane-1');
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await res.json()).toEqual({ data: { whoAsks: 'lane-1' } });
    expect(contexts).toContain('lane-1');
  });

  it('takes a query string, charset=utf-8 and identity encoding', async () => {
    for (const [path, headers] of [
      ['/graphql?trace=1', { 'content-type': 'application/json' }],
      ['/graphql', { 'content-type': 'application/json; charset=UTF-8' }],
      ['/graphql', { 'content-type': 'application/json', 'content-encoding': 'identity' }],
    ] as const) {
      const res = await send(path, { method: 'POST', headers, body: ASK });
      expect(res.status, `${path} ${JSON.stringify(headers)}`).toBe(200);
    }
  });

  it('refuses over its limits itself: a body over bodyLimitBytes (413), a batch over maxBatch (400), bad JSON (400)', async () => {
    const post = (body: string) =>
      send('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const big = await post(JSON.stringify({ query: `{ whoAsks ${' '.repeat(1_000)}}` }));
    expect(big.status).toBe(413);
    expect((await big.json()).errors[0].extensions).toEqual({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'bodyLimitBytes',
      max: 1_000,
    });
    const batch = await post(`[${[ASK, ASK, ASK].join(',')}]`);
    expect(batch.status).toBe(400);
    expect((await batch.json()).errors[0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'maxBatch', max: 2 });
    for (const bad of ['{"query":', '"{ whoAsks }"', '42', 'null']) {
      const res = await post(bad);
      expect(res.status, bad).toBe(400);
      expect((await res.json()).errors[0].message).toBe('The request body is not valid JSON.');
    }
    expect((await post(`[${ASK},${ASK}]`)).status).toBe(200);
  });

  it('leaves everything else to Express', async () => {
    const cases: [string, RequestInit][] = [
      ['/graphql', { method: 'GET' }],
      ['/graphql?query=%7BwhoAsks%7D', { method: 'GET', headers: { accept: 'application/json' } }],
      ['/graphql/', { method: 'POST', headers: { 'content-type': 'application/json' }, body: ASK }],
      ['/graphqlx', { method: 'POST', headers: { 'content-type': 'application/json' }, body: ASK }],
      ['/', { method: 'POST', headers: { 'content-type': 'application/json' }, body: ASK }],
      ['/graphql', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: ASK }],
      ['/graphql', { method: 'POST', body: ASK }],
      ['/graphql', { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-16' }, body: ASK }],
      [
        '/graphql',
        { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: ASK },
      ],
      ['/graphql', { method: 'POST', headers: { 'content-type': 'application/json' } }],
      ['/graphql', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: ASK }],
    ];
    for (const [path, init] of cases) {
      const res = await send(path, init);
      expect(res.status, `${init.method} ${path} ${JSON.stringify(init.headers ?? {})}`).toBe(FELL_THROUGH);
      expect(await res.text()).toBe('express');
    }
  });

  it('lets a client go that leaves in the middle of its body: no answer, no error logged, the server serves on', async () => {
    const port = new URL(base).port;
    const logged = logs.length;
    await new Promise<void>((resolve, reject) => {
      const socket = net.connect(Number(port), '127.0.0.1', () => {
        socket.write(
          'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":',
        );
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 50);
      });
      socket.on('error', reject);
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const after = logs.slice(logged);
    expect(after.filter((l) => l.level >= 50)).toEqual([]);
    expect(after.some((l) => l.msg === 'POST /graphql aborted by the client')).toBe(true);
    const res = await send('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: ASK });
    expect(res.status).toBe(200);
  });
});
