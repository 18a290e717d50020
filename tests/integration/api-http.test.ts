import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/api-server.js';
import { loadSeedGraph, testDatabase } from '../support/neo4j.js';

const GRAPHQL_RESPONSE = 'application/graphql-response+json';
const IRAQ = '{ node(id: "iraq") { id name type } }';

describe('the Faultline HTTP server', () => {
  const db = testDatabase();
  let server: TestServer;
  let webDir: string;

  beforeAll(async () => {
    await loadSeedGraph(db);
    webDir = mkdtempSync(path.join(tmpdir(), 'faultline-web-'));
    mkdirSync(path.join(webDir, 'assets'));
    writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Faultline explorer</title>');
    writeFileSync(path.join(webDir, 'assets', 'app.js'), 'console.log("explorer");');
    server = await startTestServer(db, {
      webDir,
      limits: { maxDepth: 6, maxAliases: 5, maxCost: 250, maxBatch: 3, bodyLimitBytes: 4_000 },
    });
  });

  afterAll(async () => {
    await server?.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  describe('probes', () => {
    it('says it is alive on /healthz', async () => {
      const res = await fetch(`${server.url}/healthz`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'ok' });
    });

    it('says it is ready on /readyz while Neo4j answers', async () => {
      const res = await fetch(`${server.url}/readyz`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'ok' });
    });
  });

  describe('GraphQL over HTTP', () => {
    it('answers a POSTed query with application/graphql-response+json when the client accepts it', async () => {
      const res = await server.gql(IRAQ);
      expect(res.status).toBe(200);
      expect(res.contentType).toContain(GRAPHQL_RESPONSE);
      expect(res.body).toEqual({ data: { node: { id: 'iraq', name: 'Iraq', type: 'Place' } } });
    });

    it('sends no ETag with an answer (never revalidated, and hashing a large answer costs milliseconds)', async () => {
      const res = await server.gql(IRAQ);
      expect(res.status).toBe(200);
      expect(res.headers.get('etag')).toBeNull();
    });

    it('answers with application/json to a client that only accepts JSON', async () => {
      const res = await server.post(JSON.stringify({ query: IRAQ }), { accept: 'application/json' });
      expect(res.status).toBe(200);
      expect(res.contentType).toContain('application/json');
      expect(res.body.data.node.name).toBe('Iraq');
    });

    it('answers a query sent with GET (with a header that forces a CORS preflight)', async () => {
      const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent(IRAQ)}`, {
        headers: { accept: GRAPHQL_RESPONSE, 'apollo-require-preflight': 'true' },
      });
      expect(res.status).toBe(200);
      expect((await res.json()).data.node.id).toBe('iraq');
    });

    it('answers a query sent with GET by a client that carries no cookies (urql, curl)', async () => {
      const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent(IRAQ)}`, {
        headers: { accept: GRAPHQL_RESPONSE },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain(GRAPHQL_RESPONSE);
      expect((await res.json()).data.node.id).toBe('iraq');
    });

    it('blocks a GET that carries cookies without a preflight header (CSRF prevention)', async () => {
      const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent(IRAQ)}`, {
        headers: { cookie: 'session=abc' },
      });
      expect(res.status).toBe(400);
      expect(await res.text()).toMatch(/CSRF/);
    });

    it('refuses a mutation sent with GET with 405', async () => {
      const mutation = 'mutation { retract(id: "a:OPPOSES:b") { id } }';
      const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent(mutation)}`, {
        headers: { accept: GRAPHQL_RESPONSE, 'apollo-require-preflight': 'true' },
      });
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('POST');
    });

    it('answers 400 with the GraphQL response media type for a syntax error', async () => {
      const res = await server.gql('{ node(id: "iraq") { id ');
      expect(res.status).toBe(400);
      expect(res.contentType).toContain(GRAPHQL_RESPONSE);
      expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
      expect(res.body.data).toBeUndefined();
    });

    it('answers 400 for a query that does not validate against the schema', async () => {
      const res = await server.gql('{ node(id: "iraq") { nonsense } }');
      expect(res.status).toBe(400);
      expect(res.contentType).toContain(GRAPHQL_RESPONSE);
      expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('answers 400 for a body that is not JSON', async () => {
      const res = await server.post('{ "query": ');
      expect(res.status).toBe(400);
      expect(res.body.errors[0].message).toMatch(/not valid JSON/);
    });

    it('answers the full introspection query that tools send, whatever the depth and cost limits', async () => {
      const res = await server.gql(getIntrospectionQuery());
      expect(res.status).toBe(200);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.__schema.types.map((t: { name: string }) => t.name)).toEqual(
        expect.arrayContaining(['Party', 'RelateInput']),
      );
    });

    it('allows introspection', async () => {
      const res = await server.gql('{ __schema { queryType { name } mutationType { name } } }');
      expect(res.body.data.__schema).toEqual({ queryType: { name: 'Query' }, mutationType: { name: 'Mutation' } });
    });

    it("echoes the caller's x-request-id, and makes one up when there is none", async () => {
      const given = await server.post(JSON.stringify({ query: IRAQ }), { 'x-request-id': 'trace-42' });
      expect(given.headers.get('x-request-id')).toBe('trace-42');
      const made = await server.post(JSON.stringify({ query: IRAQ }));
      expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('logs each request with its id, status, duration and time spent in Neo4j', async () => {
      await server.post(JSON.stringify({ query: IRAQ }), { 'x-request-id': 'log-me' });
      await expect.poll(() => server.logs.find((l) => l.requestId === 'log-me' && l.msg === 'request')).toBeTruthy();
      const line = server.logs.find((l) => l.requestId === 'log-me' && l.msg === 'request') as Record<
        string,
        number | string
      >;
      expect(line).toMatchObject({ method: 'POST', path: '/graphql', status: 200 });
      expect(line.ms).toBeGreaterThan(0);
      expect(line.statements).toBeGreaterThanOrEqual(1);
      expect(line.neo4jMs).toBeGreaterThan(0);
      expect(line.neo4jMs).toBeLessThanOrEqual(line.ms as number);
    });

    it('answers a repeated analysis from the cache it shares with every request', async () => {
      // Each request reaches Neo4j through its own door (Database.observedBy); the results cached
      // per graph version are kept per process, so the second request runs no statement.
      const query = '{ analysis { ties balance { unbalancedTotal } } }';
      const logged = async (id: string) => {
        const res = await server.post(JSON.stringify({ query }), { 'x-request-id': id });
        expect(res.body.errors).toBeUndefined();
        await expect.poll(() => server.logs.find((l) => l.requestId === id && l.msg === 'request')).toBeTruthy();
        return server.logs.find((l) => l.requestId === id && l.msg === 'request') as { statements: number };
      };
      expect((await logged('analysis-first')).statements).toBeGreaterThan(0);
      expect((await logged('analysis-again')).statements).toBe(0);
    });

    it('counts each request its own statements when requests run side by side', async () => {
      // One statement for a node; a search and a path beside it run their own.
      const one = IRAQ;
      const more = `{ a: node(id: "iraq") { id } b: search(text: "Iraq") { node { id } } c: path(from: "iraq", to: "united-states") { edges { id } } }`;
      const statementsOf = async (id: string) => {
        await expect.poll(() => server.logs.find((l) => l.requestId === id && l.msg === 'request')).toBeTruthy();
        return (server.logs.find((l) => l.requestId === id && l.msg === 'request') as { statements: number })
          .statements;
      };
      await server.post(JSON.stringify({ query: one }), { 'x-request-id': 'alone-one' });
      const answer = await server.post(JSON.stringify({ query: more }), { 'x-request-id': 'alone-more' });
      expect(answer.body.errors).toBeUndefined();
      const alone = { one: await statementsOf('alone-one'), more: await statementsOf('alone-more') };
      expect(alone.more).toBeGreaterThan(alone.one);
      const ids = Array.from({ length: 6 }, (_, i) => [i % 2 ? 'one' : 'more', `side-${i}`] as const);
      await Promise.all(
        ids.map(([kind, id]) =>
          server.post(JSON.stringify({ query: kind === 'one' ? one : more }), { 'x-request-id': id }),
        ),
      );
      for (const [kind, id] of ids) expect(await statementsOf(id), id).toBe(alone[kind]);
    });
  });

  describe('limits', () => {
    const expectServingStill = async () => {
      const res = await server.gql(IRAQ);
      expect(res.status).toBe(200);
      expect(res.body.data.node.id).toBe('iraq');
    };

    it('rejects a query nested deeper than maxDepth, naming the limit', async () => {
      // node → relationships → nodes → fromNode → ... : each level a field.
      const deep =
        '{ relationship(id: "x") { fromNode { ... on Party { country { within { within { within { within { id } } } } } } } } }';
      const res = await server.gql(deep);
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
      expect(res.body.errors[0].message).toMatch(/maxDepth/);
      expect(res.body.errors[0].message).toMatch(/limit is 6/);
      await expectServingStill();
    });

    it('rejects an alias flood over maxAliases', async () => {
      const flood = `{ ${Array.from({ length: 6 }, (_, i) => `a${i}: node(id: "iraq") { id }`).join(' ')} }`;
      const res = await server.gql(flood);
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
      expect(res.body.errors[0].message).toMatch(/6 aliases; the limit is 5 \(maxAliases\)/);
      await expectServingStill();
    });

    it('counts aliases hidden in fragments', async () => {
      const res = await server.gql(
        `{ ...F } fragment F on Query { ${Array.from({ length: 6 }, (_, i) => `b${i}: node(id: "iraq") { id }`).join(' ')} }`,
      );
      expect(res.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    });

    it('rejects a query whose estimated cost is over maxCost, using the value of first', async () => {
      // parties + edges, then node, country and within once per party: 2 + 3 × 100.
      const query = 'query($n: Int) { parties(first: $n) { edges { node { id country { id within { id } } } } } }';
      const res = await server.gql(query, { variables: { n: 100 } });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
      expect(res.body.errors[0].message).toMatch(/estimated cost is 302; the limit is 250 \(maxCost\)/);
      const small = await server.gql(query, { variables: { n: 5 } });
      expect(small.status).toBe(200);
      expect(small.body.data.parties.edges).toHaveLength(5);
    });

    it('rejects a body larger than bodyLimitBytes with 413', async () => {
      const res = await server.post(JSON.stringify({ query: IRAQ, variables: { pad: 'x'.repeat(5_000) } }));
      expect(res.status).toBe(413);
      expect(res.contentType).toContain(GRAPHQL_RESPONSE);
      expect(res.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
      expect(res.body.errors[0].message).toMatch(/4000 bytes \(bodyLimitBytes\)/);
      await expectServingStill();
    });

    it('answers a batch of operations up to maxBatch, in order', async () => {
      const batch = ['iraq', 'syria', 'baghdad'].map((id) => ({ query: `{ node(id: "${id}") { id } }` }));
      const res = await server.post(JSON.stringify(batch));
      expect(res.status).toBe(200);
      expect(res.body.map((r: { data: { node: { id: string } } }) => r.data.node.id)).toEqual([
        'iraq',
        'syria',
        'baghdad',
      ]);
    });

    it('rejects a batch holding more operations than maxBatch', async () => {
      const batch = Array.from({ length: 4 }, () => ({ query: IRAQ }));
      const res = await server.post(JSON.stringify(batch));
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
      expect(res.body.errors[0].message).toMatch(/4 operations; the limit is 3 \(maxBatch\)/);
      await expectServingStill();
    });
  });

  describe('the web explorer', () => {
    it('is served at /', async () => {
      const res = await fetch(`${server.url}/`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('Faultline explorer');
    });

    it('serves its assets, with an ETag a browser revalidates them by', async () => {
      const res = await fetch(`${server.url}/assets/app.js`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('explorer');
      const etag = res.headers.get('etag');
      expect(etag).toBeTruthy();
      // Not with fetch: a conditional header makes it add `cache-control: no-cache`, which asks for 200.
      const status = await new Promise<number | undefined>((resolve, reject) => {
        http
          .get(`${server.url}/assets/app.js`, { headers: { 'if-none-match': etag ?? '' } }, (again) => {
            again.resume();
            resolve(again.statusCode);
          })
          .on('error', reject);
      });
      expect(status).toBe(304);
    });

    it('answers deep links with index.html so the explorer can route them', async () => {
      const res = await fetch(`${server.url}/party/mohammed-shia-al-sudani`, { headers: { accept: 'text/html' } });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('Faultline explorer');
    });

    it('answers 404 for a missing asset instead of index.html', async () => {
      const res = await fetch(`${server.url}/assets/missing.js`, { headers: { accept: '*/*' } });
      expect(res.status).toBe(404);
    });
  });
});
