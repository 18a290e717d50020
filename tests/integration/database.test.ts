/**
 * The database door (core/db) against the real Neo4j: a single read runs as an auto-commit
 * transaction in a read session, in one round trip, and is retried when its connection breaks; a
 * single write runs in a managed transaction in two round trips (the BEGIN travels with the
 * statement), its rows decoded inside that transaction; the driver's failures come back as
 * Faultline's own errors with nothing half-written.
 */
import net from 'node:net';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConstraintViolationError, Database, DecodeError, TransactionTimeoutError } from '../../core/db/index.js';
import { testConnection, testDatabase } from '../support/neo4j.js';

interface ProxyEnds {
  client: net.Socket;
  upstream: net.Socket;
  /** Cuts the connection, both ends. */
  close: () => void;
}

/**
 * A TCP proxy in front of the test Neo4j: `pipe` decides, for each connection, what goes through
 * each way. Either end closing or failing closes both.
 */
async function boltProxy(target: URL, pipe: (ends: ProxyEnds) => void) {
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    for (const end of [client, upstream]) {
      end.on('close', close);
      end.on('error', close);
    }
    pipe({ client, upstream, close });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    uri: `bolt://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * A proxy that holds each of Neo4j's answers for `delayMs` and counts round trips: a round trip
 * starts when the client sends after having received an answer. Messages the client writes
 * without waiting for an answer (pipelined) fall in the same trip.
 */
async function delayingProxy(target: URL, delayMs: number) {
  let trips = 0;
  const proxy = await boltProxy(target, ({ client, upstream }) => {
    let answered = true;
    client.on('data', (chunk) => {
      if (answered) trips += 1;
      answered = false;
      upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      setTimeout(() => {
        answered = true;
        if (!client.destroyed) client.write(chunk);
      }, delayMs);
    });
  });
  return {
    ...proxy,
    /** Round trips since the last call. */
    take(): number {
      const n = trips;
      trips = 0;
      return n;
    },
  };
}

/** Bolt's COMMIT as the driver sends it: a chunk of two bytes, an empty structure of signature 0x12. */
const COMMIT_CHUNK = Buffer.from([0x00, 0x02, 0xb0, 0x12, 0x00, 0x00]);

/** A proxy that cuts a connection when the client sends a chunk for which `cuts` says so. */
async function cuttingProxy(target: URL, cuts: (chunk: Buffer) => boolean) {
  let cut = 0;
  const proxy = await boltProxy(target, ({ client, upstream, close }) => {
    client.on('data', (chunk: Buffer) => {
      if (cuts(chunk)) {
        cut += 1;
        close();
      } else upstream.write(chunk);
    });
    upstream.on('data', (chunk) => client.write(chunk));
  });
  return { ...proxy, cut: () => cut };
}

describe('the database door', () => {
  const db = testDatabase();

  beforeAll(async () => {
    await db.write({ cypher: 'MATCH (n:DoorProbe) DETACH DELETE n' });
    await db.write({
      cypher: 'CREATE CONSTRAINT door_probe_id IF NOT EXISTS FOR (n:DoorProbe) REQUIRE n.id IS UNIQUE',
    });
  });

  afterAll(async () => {
    await db.write({ cypher: 'MATCH (n:DoorProbe) DETACH DELETE n' });
    await db.write({ cypher: 'DROP CONSTRAINT door_probe_id IF EXISTS' });
  });

  it('runs a read in one round trip and a write in two, where a session transaction takes three', async () => {
    const conn = testConnection();
    const proxy = await delayingProxy(new URL(conn.uri.replace(/^neo4j:/, 'bolt:')), 20);
    const door = new Database({ ...conn, uri: proxy.uri });
    try {
      // The first statement opens the pooled connection (its handshake and log-on are trips too).
      await door.read({ cypher: 'RETURN 1 AS one' });
      proxy.take();
      expect(await door.read({ cypher: 'RETURN 1 AS one' })).toEqual([{ one: 1 }]);
      const read = proxy.take();
      // Nothing is left to send after a read's answer: no COMMIT follows it.
      await new Promise((r) => setTimeout(r, 100));
      const afterRead = proxy.take();
      await door.write({ cypher: 'MERGE (n:DoorProbe {id: "trips"}) RETURN n.id AS id' });
      const write = proxy.take();
      expect(await door.lastCommitted()).toMatch(/\S/);
      const version = proxy.take();
      // The same read the way a session's executeRead runs it: BEGIN, then the statement, then COMMIT.
      const session = door.driver.session({ database: conn.database, defaultAccessMode: neo4j.session.READ });
      await session.executeRead((tx) => tx.run('RETURN 1 AS one'));
      await session.close();
      const sessionRead = proxy.take();
      expect({ read, afterRead, write, version, sessionRead }).toEqual({
        read: 1,
        afterRead: 0,
        write: 2,
        version: 2,
        sessionRead: 3,
      });
    } finally {
      await door.close();
      await proxy.close();
    }
  });

  it('runs a read again when its connection breaks under it, and a failing statement only once', async () => {
    const conn = testConnection();
    const marker = Buffer.from('door-retry-probe');
    const refused = Buffer.from('RETURN $missing');
    let cutsLeft = 1;
    let refusedSent = 0;
    const proxy = await cuttingProxy(new URL(conn.uri.replace(/^neo4j:/, 'bolt:')), (chunk) => {
      if (chunk.includes(refused)) refusedSent += 1;
      if (cutsLeft === 0 || !chunk.includes(marker)) return false;
      cutsLeft -= 1;
      return true;
    });
    const door = new Database({ ...conn, uri: proxy.uri });
    const statements: string[] = [];
    door.onStatement((event) => statements.push(event.cypher));
    try {
      expect(await door.read({ cypher: "RETURN 'door-retry-probe' AS probe" })).toEqual([
        { probe: 'door-retry-probe' },
      ]);
      expect(proxy.cut()).toBe(1);
      // A statement Neo4j refuses is not a broken connection: it is not run again.
      await expect(door.read({ cypher: 'RETURN $missing AS x' })).rejects.toThrow(/missing/i);
      expect(refusedSent).toBe(1);
      expect(statements).toEqual(["RETURN 'door-retry-probe' AS probe"]);
    } finally {
      await door.close();
      await proxy.close();
    }
  });

  it('fails a write whose COMMIT is cut, and keeps nothing of it', async () => {
    const conn = testConnection();
    const proxy = await cuttingProxy(new URL(conn.uri.replace(/^neo4j:/, 'bolt:')), (chunk) =>
      chunk.includes(COMMIT_CHUNK),
    );
    const door = new Database({ ...conn, uri: proxy.uri }, { maxRetryTimeMs: 0 });
    try {
      await expect(
        door.write({ cypher: 'CREATE (n:DoorProbe {id: "cut-commit"}) RETURN n.id AS id' }),
      ).rejects.toThrow();
      expect(proxy.cut()).toBeGreaterThanOrEqual(1);
    } finally {
      await door.close();
      await proxy.close();
    }
    expect(await db.read({ cypher: 'MATCH (n:DoorProbe {id: "cut-commit"}) RETURN count(n) AS n' })).toEqual([
      { n: 0 },
    ]);
  });

  it('names the last committed transaction: the same across reads, another after a write', async () => {
    const before = await db.lastCommitted();
    await db.read({ cypher: 'MATCH (n:DoorProbe) RETURN count(n) AS n' });
    expect(await db.lastCommitted()).toBe(before);
    await db.write({ cypher: 'MERGE (n:DoorProbe {id: "versioned"}) SET n.at = timestamp()' });
    const after = await db.lastCommitted();
    expect(after).not.toBeNull();
    expect(after).not.toBe(before);
  });

  it('reads in a read transaction: a write through read() is refused and writes nothing', async () => {
    await expect(db.read({ cypher: 'CREATE (n:DoorProbe {id: "by-read"}) RETURN n.id AS id' })).rejects.toThrow(
      /read access mode|read mode|AccessMode/i,
    );
    expect(await db.read({ cypher: 'MATCH (n:DoorProbe {id: "by-read"}) RETURN count(n) AS n' })).toEqual([{ n: 0 }]);
  });

  it('tells its listeners of each statement, with its mode and rows, and decodes the rows', async () => {
    const seen: { mode: string; rows: number }[] = [];
    const off = db.onStatement((e) => seen.push({ mode: e.mode, rows: e.rows }));
    try {
      const rows = await db.read({
        cypher: 'UNWIND [1, 2, 3] AS x RETURN x',
        decode: (row) => Number(row.x) * 10,
      });
      expect(rows).toEqual([10, 20, 30]);
      await db.write({ cypher: 'MERGE (n:DoorProbe {id: "listened"})' });
    } finally {
      off();
    }
    expect(seen).toEqual([
      { mode: 'READ', rows: 3 },
      { mode: 'WRITE', rows: 0 },
    ]);
  });

  it('rolls back a write whose rows do not decode', async () => {
    await expect(
      db.write({
        cypher: 'CREATE (n:DoorProbe {id: "undecoded"}) RETURN n.id AS id',
        decode: (row) => {
          throw new DecodeError(`column id: not what this statement declares (${String(row.id)})`);
        },
      }),
    ).rejects.toBeInstanceOf(DecodeError);
    expect(await db.read({ cypher: 'MATCH (n:DoorProbe {id: "undecoded"}) RETURN count(n) AS n' })).toEqual([{ n: 0 }]);
  });

  it('maps a constraint violation to its own error and keeps nothing of the statement', async () => {
    await db.write({ cypher: 'MERGE (n:DoorProbe {id: "taken"})' });
    await expect(
      db.write({ cypher: 'CREATE (:DoorProbe {id: "fresh"}) CREATE (:DoorProbe {id: "taken"})' }),
    ).rejects.toBeInstanceOf(ConstraintViolationError);
    expect(await db.read({ cypher: 'MATCH (n:DoorProbe {id: "fresh"}) RETURN count(n) AS n' })).toEqual([{ n: 0 }]);
  });

  it("gives a failed statement's error the stack of the code that ran it, and leaves V8's stack limit as it was", async () => {
    const limit = Error.stackTraceLimit;
    async function readsByZero() {
      return await db.read({ cypher: 'RETURN 1 / 0 AS x' });
    }
    async function writesByZeroInATransaction() {
      return await db.writeTransaction((run) => run({ cypher: 'RETURN 1 / 0 AS x' }));
    }
    const single = await readsByZero().catch((error: unknown) => error);
    expect(single).toBeInstanceOf(neo4j.Neo4jError);
    expect(String((single as Error).stack)).toContain('/ by zero');
    expect(String((single as Error).stack)).toContain('readsByZero');
    const inTransaction = await writesByZeroInATransaction().catch((error: unknown) => error);
    expect(inTransaction).toBeInstanceOf(neo4j.Neo4jError);
    // Inside a transaction the driver's own capture is kept: the stack shows the work that ran it.
    expect(String((inTransaction as Error).stack)).toContain('database.test.ts');
    expect(Error.stackTraceLimit).toBe(limit);
    expect(new Error('after').stack?.split('\n').length).toBeGreaterThan(2);
  });

  it('maps a statement that outlives the transaction timeout to its own error', async () => {
    const door = new Database(testConnection(), { transactionTimeoutMs: 200, maxRetryTimeMs: 0 });
    try {
      await expect(
        door.read({ cypher: 'UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n' }),
      ).rejects.toBeInstanceOf(TransactionTimeoutError);
    } finally {
      await door.close();
    }
  });
});
