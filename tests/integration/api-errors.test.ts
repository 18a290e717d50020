import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database, type Run, type Statement } from '../../core/db/index.js';
import { applySchema } from '../../core/storage/schema.js';
import { freePort, type RunningNeo4j, startLocalNeo4j } from '../../neo4j-local/launcher.js';
import { startTestServer, type TestServer, WRITER_KEY } from '../support/api-server.js';
import { loadSeedGraph, testConnection, testDatabase } from '../support/neo4j.js';

const IRAQ = '{ node(id: "iraq") { id name } }';

/** Runs a real but broken statement on the real Neo4j in place of every read: an unexpected error. */
class BrokenReadsDatabase extends Database {
  override read<R>(_statement: Statement<R>): Promise<R[]> {
    return super.read({ cypher: 'MATCH (secret:Node) RETURN secret.id AS id ORDER BY undefinedVariable' }) as Promise<
      R[]
    >;
  }
}

/** Every read runs far longer than the transaction timeout. */
class SlowReadsDatabase extends Database {
  override read<R>(_statement: Statement<R>): Promise<R[]> {
    return super.read({
      cypher: 'UNWIND range(1, 500000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n',
    }) as Promise<R[]>;
  }
}

/** Every write transaction first collides with the unique constraint on Node.id (a lost race). */
class RacingWritesDatabase extends Database {
  override writeTransaction<T>(work: (run: Run) => Promise<T>): Promise<T> {
    return super.writeTransaction(async (run) => {
      await run({ cypher: 'CREATE (:Node {id: $id})', params: { id: 'iraq' } });
      return work(run);
    });
  }
}

describe('errors reaching clients', () => {
  const db = testDatabase();

  beforeAll(async () => {
    await loadSeedGraph(db);
  });

  describe('an unexpected error', () => {
    let server: TestServer;
    let broken: BrokenReadsDatabase;

    beforeAll(async () => {
      broken = new BrokenReadsDatabase(testConnection());
      server = await startTestServer(broken);
    });

    afterAll(async () => {
      await server?.close();
      await broken?.close();
    });

    it('is masked as "Internal server error", without stack trace or Cypher, but with the request id', async () => {
      const res = await server.post(JSON.stringify({ query: IRAQ }), { 'x-request-id': 'masked-1' });
      expect(res.body.data).toEqual({ node: null });
      expect(res.body.errors).toHaveLength(1);
      expect(res.body.errors[0]).toEqual({
        message: 'Internal server error',
        locations: [{ line: 1, column: 3 }],
        path: ['node'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'masked-1' },
      });
      const text = JSON.stringify(res.body);
      expect(text).not.toMatch(/undefinedVariable|MATCH|secret|stacktrace|Neo4j/i);
    });

    it('is logged with the request id, the real message and the stack', async () => {
      await server.post(JSON.stringify({ query: IRAQ }), { 'x-request-id': 'masked-2' });
      const line = server.logs.find((l) => l.requestId === 'masked-2' && l.level === 50) as {
        err: { message: string; stack: string };
      };
      expect(line).toBeDefined();
      expect(line.err.message).toMatch(/undefinedVariable/);
      expect(line.err.stack).toMatch(/\n\s+at /);
    });

    it('shows its message and stack trace in development', async () => {
      const dev = await startTestServer(broken, { development: true });
      try {
        const res = await dev.gql(IRAQ);
        expect(res.body.errors[0].message).toMatch(/undefinedVariable/);
        expect(res.body.errors[0].extensions.stacktrace.length).toBeGreaterThan(1);
      } finally {
        await dev.close();
      }
    });
  });

  it('reports a query that outlives the transaction timeout as QUERY_TOO_COMPLEX', async () => {
    const slow = new SlowReadsDatabase(testConnection(), { transactionTimeoutMs: 300 });
    const server = await startTestServer(slow, { limits: { transactionTimeoutMs: 300 } });
    try {
      const started = Date.now();
      const res = await server.gql(IRAQ);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(res.body.errors[0].extensions).toMatchObject({
        code: 'QUERY_TOO_COMPLEX',
        limit: 'transactionTimeoutMs',
        max: 300,
      });
      expect(res.body.errors[0].message).toMatch(/transaction timeout of 300 ms/);
    } finally {
      await server.close();
      await slow.close();
    }
  });

  it("reports a write that collides with an existing id as CONFLICT, without Neo4j's message", async () => {
    const racing = new RacingWritesDatabase(testConnection());
    const server = await startTestServer(racing);
    try {
      const res = await server.gql(
        'mutation { createPlace(input: { id: "new-place", name: "New", kind: CITY }) { id } }',
        { key: WRITER_KEY },
      );
      expect(res.body.errors[0]).toMatchObject({
        message: 'The write conflicts with an existing node or relationship that has the same id.',
        extensions: { code: 'CONFLICT' },
      });
      expect(JSON.stringify(res.body)).not.toMatch(/constraint|Node\(\d+\)/i);
      expect(await db.read({ cypher: 'MATCH (n:Node {id: "new-place"}) RETURN n' })).toEqual([]);
    } finally {
      await server.close();
      await racing.close();
    }
  });

  describe('when Neo4j goes down and comes back', () => {
    const PASSWORD = 'faultline-outage';
    let home: string;
    let port: number;
    let neo4j: RunningNeo4j | undefined;
    let outageDb: Database;
    let server: TestServer;

    beforeAll(async () => {
      home = mkdtempSync(path.join(tmpdir(), 'faultline-outage-neo4j-'));
      port = await freePort();
      neo4j = await startLocalNeo4j({ home, boltPort: port, password: PASSWORD, heap: '384m', pageCache: '32m' });
      outageDb = new Database({ uri: neo4j.uri, username: 'neo4j', password: PASSWORD, database: undefined });
      await applySchema(outageDb);
      server = await startTestServer(outageDb);
      const created = await server.gql(
        'mutation { createPlace(input: { id: "lighthouse", name: "Lighthouse", kind: OTHER }) { id } }',
        { key: WRITER_KEY },
      );
      expect(created.body.data.createPlace.id).toBe('lighthouse');
    }, 240_000);

    afterAll(async () => {
      await server?.close();
      await outageDb?.close();
      await neo4j?.stop({ discard: true });
      if (home) rmSync(home, { recursive: true, force: true });
    }, 60_000);

    it('fails requests fast with DATABASE_UNAVAILABLE and 503, and recovers without a restart', async () => {
      const query = '{ node(id: "lighthouse") { name } }';
      expect((await server.gql(query)).body.data.node.name).toBe('Lighthouse');
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);

      await neo4j?.stop();
      neo4j = undefined;

      const started = Date.now();
      const down = await server.gql(query);
      expect(Date.now() - started).toBeLessThanOrEqual(5_000);
      expect(down.status).toBe(503);
      expect(down.headers.get('retry-after')).toBe('5');
      expect(down.body.errors[0]).toMatchObject({
        message: 'The database is unavailable; try again shortly.',
        extensions: { code: 'DATABASE_UNAVAILABLE' },
      });
      const write = await server.gql(
        'mutation { createPlace(input: { id: "dark-place", name: "Dark", kind: OTHER }) { id } }',
        { key: WRITER_KEY },
      );
      expect(write.status).toBe(503);
      expect(write.body.errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');

      const readyStarted = Date.now();
      const notReady = await fetch(`${server.url}/readyz`);
      expect(Date.now() - readyStarted).toBeLessThanOrEqual(5_000);
      expect(notReady.status).toBe(503);
      expect(await notReady.json()).toMatchObject({ status: 'unavailable', reason: expect.any(String) });
      const alive = await fetch(`${server.url}/healthz`);
      expect(alive.status).toBe(200);

      neo4j = await startLocalNeo4j({ home, boltPort: port, password: PASSWORD, heap: '384m', pageCache: '32m' });
      await expect
        .poll(async () => (await fetch(`${server.url}/readyz`)).status, { timeout: 60_000, interval: 500 })
        .toBe(200);
      const back = await server.gql(query);
      expect(back.status).toBe(200);
      expect(back.body).toEqual({ data: { node: { name: 'Lighthouse' } } });
    }, 240_000);
  });
});
