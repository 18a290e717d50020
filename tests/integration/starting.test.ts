/**
 * While start-up holds readiness (Neo4j starting, the schema being applied, the seed being
 * written: app/main.ts), GraphQL operations get 503 with the phase, over both lanes (the JSON POST
 * lane and Express's GET), and nothing runs against the database; the probes and GraphiQL's page are
 * served as always. Once start-up is done, the same requests are answered.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Readiness } from '../../api/http/readiness.js';
import { STARTUP_HOLD } from '../../api/http/starting.js';
import { startTestServer, type TestServer } from '../support/api-server.js';
import { loadSeedGraph, testDatabase } from '../support/neo4j.js';

const db = testDatabase();
const readiness = new Readiness({ key: STARTUP_HOLD, reason: 'starting: applying schema' });
let server: TestServer;
let statements = 0;

// A stand-in for the built GraphiQL page (web/dist-graphiql), which only the browser tests build.
const graphiqlDir = mkdtempSync(path.join(tmpdir(), 'faultline-graphiql-'));
writeFileSync(path.join(graphiqlDir, 'index.html'), '<!doctype html><title>GraphiQL stand-in</title>');

beforeAll(async () => {
  await loadSeedGraph(db);
  db.onStatement(() => {
    statements += 1;
  });
  server = await startTestServer(db, { readiness, graphiqlDir });
});
afterAll(async () => {
  await server?.close();
  rmSync(graphiqlDir, { recursive: true, force: true });
});

const SEARCH = '{ search(text: "singh", first: 1) { node { id } } }';

describe('GraphQL while Faultline is starting', () => {
  it('answers a POST 503 with the phase, as a GraphQL error clients retry on, and runs nothing', async () => {
    const before = statements;
    const res = await server.gql(SEARCH);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(res.contentType).toContain('application/graphql-response+json');
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors).toEqual([
      {
        message: 'Faultline is not ready yet (starting: applying schema); try again in a few seconds.',
        extensions: { code: 'DATABASE_UNAVAILABLE', reason: 'starting: applying schema' },
      },
    ]);
    expect(statements).toBe(before);
    // Logged as an answer (as a /readyz poll is), not as a failed request: a client polling while
    // Faultline starts must not fill the log with warnings.
    await new Promise((r) => setTimeout(r, 50));
    const line = server.logs.find((l) => l.path === '/graphql' && l.status === 503);
    expect(line).toMatchObject({ level: 30, msg: 'request' });
    expect(server.logs.some((l) => l.msg === 'request failed')).toBe(false);
  });

  it('answers a GET query the same, and names the phase it is in now', async () => {
    readiness.hold(STARTUP_HOLD, 'starting: seeding');
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent(SEARCH)}`, {
      headers: { accept: 'application/json' },
    });
    expect(res.status).toBe(503);
    const body = (await res.json()) as { errors: { extensions: { reason: string } }[] };
    expect(body.errors[0]?.extensions.reason).toBe('starting: seeding');
  });

  it('still serves the probes and GraphiQL', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { reason: string }).reason).toBe('starting: seeding');
    const page = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('GraphiQL stand-in');
  });

  it('answers once start-up is done, and a hold of another kind does not refuse operations', async () => {
    readiness.release(STARTUP_HOLD);
    readiness.hold('neo4j', 'neo4j restarting');
    const res = await server.gql(SEARCH);
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.search[0].node.id).toBe('sabrina-singh');
    readiness.release('neo4j');
  });
});
