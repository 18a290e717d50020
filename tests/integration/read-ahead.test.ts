/**
 * Reads started as a request arrives, against the real Neo4j and the real server: the database
 * door's readingAhead (a read asked for takes the one under way, as if it had run then; one not
 * asked for is dropped; one that failed runs again as asked), and the API's use of it
 * (api/http/read-ahead.ts): a request body (or a GET query's URL) sent again has its first
 * statement started before Apollo reads it, runs it once, and reads the graph as it is when it
 * arrives; a mutation, or a caller who may not read, never has anything read ahead.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database, StatementEvent } from '../../core/db/index.js';
import { seededTestServer, type TestServer, WRITER_KEY } from '../support/api-server.js';
import { testDatabase } from '../support/neo4j.js';

/** Sessions the driver opened while `work` ran: one per statement, whether run ahead or as asked. */
async function sessionsDuring(db: Database, work: () => Promise<unknown>): Promise<number> {
  const spy = vi.spyOn(db.driver, 'session');
  try {
    await work();
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}

/** The request log's line of the request that `work` sent. */
async function logLineOf(server: TestServer, work: () => Promise<unknown>): Promise<Record<string, unknown>> {
  const before = server.logs.length;
  await work();
  // The line is written when the answer has gone out, which may be just after the client has it.
  await vi.waitFor(() => expect(server.logs.slice(before).some((l) => l.msg === 'request')).toBe(true));
  return server.logs.slice(before).find((l) => l.msg === 'request') as Record<string, unknown>;
}

// One door for the whole file: testDatabase closes it after the block that first asks for it.
const db = testDatabase();

describe('Database.readingAhead', () => {
  const events: StatementEvent[] = [];
  let unsubscribe: () => void;
  beforeAll(() => {
    unsubscribe = db.onStatement((event) => events.push(event));
  });
  afterAll(() => unsubscribe());
  afterEach(() => {
    events.length = 0;
  });

  const square = { cypher: 'UNWIND range(1, $n) AS i RETURN i, i * i AS square', params: { n: 3 } };

  it('a read of the same statement takes the one under way: one run, the same rows, told as read ahead', async () => {
    const asked = await db.read(square);
    events.length = 0;
    const sessions = await sessionsDuring(db, async () => {
      const door = db.readingAhead([square]);
      // A copy with equal values, as the next request makes: matched by value, not by identity.
      expect(await door.read({ cypher: `${square.cypher}`, params: { n: 3 } })).toEqual(asked);
    });
    expect(sessions).toBe(1);
    expect(events.map((e) => e.ahead)).toEqual([true]);
    expect(events[0]?.rows).toBe(3);
  });

  it('is taken once: the same read asked again runs again', async () => {
    const sessions = await sessionsDuring(db, async () => {
      const door = db.readingAhead([square]);
      await door.read(square);
      await door.read(square);
    });
    expect(sessions).toBe(2);
    expect(events.map((e) => e.ahead)).toEqual([true, false]);
  });

  it('a read with other parameters runs as asked; the one not asked for is dropped', async () => {
    const door = db.readingAhead([square]);
    const rows = await door.read({ cypher: square.cypher, params: { n: 2 } });
    expect(rows).toEqual([
      { i: 1, square: 1 },
      { i: 2, square: 4 },
    ]);
    expect(events.map((e) => e.ahead)).toEqual([false]);
  });

  it('a read started ahead that failed runs again as asked, and fails as it would have', async () => {
    const failing = { cypher: 'RETURN 1 / toInteger($zero) AS x', params: { zero: 0 } };
    const asItWould = await db.read(failing).catch((e: unknown) => e);
    expect(asItWould).toBeInstanceOf(Error);
    const sessions = await sessionsDuring(db, async () => {
      const door = db.readingAhead([failing]);
      const taken = await door.read(failing).catch((e: unknown) => e);
      expect(taken).toBeInstanceOf((asItWould as Error).constructor);
      expect((taken as Error).message).toBe((asItWould as Error).message);
    });
    // The one ahead, then the one asked.
    expect(sessions).toBe(2);
  });

  it('a failed read never asked for is nobody’s error, and a door made from it keeps its reads', async () => {
    db.readingAhead([{ cypher: 'RETURN 1 / toInteger($zero) AS x', params: { zero: 0 } }]);
    const observed: StatementEvent[] = [];
    const door = db.readingAhead([square]).observedBy((e) => observed.push(e));
    await door.read(square);
    expect(observed.map((e) => e.ahead)).toEqual([true]);
    // Give the dropped failure time to reject: an unhandled rejection fails the run.
    await new Promise((r) => setTimeout(r, 200));
  });
});

describe('POST /graphql: a request sent again starts its reads as it arrives', () => {
  const server = seededTestServer(db);
  const SINGH =
    '{ party(id: "sabrina-singh") { id name relationships(first: 3) { totalCount edges { node { id } } } } }';

  it('runs its statement once, started ahead, and answers as the first time', async () => {
    const first = await logLineOf(server, () => server.gql(SINGH));
    expect(first.readAhead).toBeUndefined();
    let answer: unknown;
    const sessions = await sessionsDuring(db, async () => {
      const line = await logLineOf(server, async () => {
        answer = (await server.gql(SINGH)).body;
      });
      expect(line.readAhead).toEqual({ taken: first.statements, unused: 0 });
      expect(line.statements).toBe(first.statements);
    });
    expect(sessions).toBe(first.statements);
    expect(answer).toEqual((await server.gql(SINGH)).body);
    expect((answer as { data: { party: { name: string } } }).data.party.name).toBe('Sabrina Singh');
  });

  it('reads the graph as it is when the request arrives, not as it was the last time', async () => {
    await server.gql(SINGH);
    await db.write({ cypher: "MATCH (n:Node {id: 'sabrina-singh'}) SET n.name = 'Sabrina Singh (renamed)'" });
    try {
      const line = await logLineOf(server, async () => {
        const { body } = await server.gql(SINGH);
        expect(body.data.party.name).toBe('Sabrina Singh (renamed)');
      });
      expect(line.readAhead).toEqual({ taken: 1, unused: 0 });
    } finally {
      await db.write({ cypher: "MATCH (n:Node {id: 'sabrina-singh'}) SET n.name = 'Sabrina Singh'" });
    }
  });

  it('the same document with other variables is another request: nothing is read ahead for it', async () => {
    const byId = 'query P($id: ID!) { party(id: $id) { id name } }';
    await server.gql(byId, { variables: { id: 'iran' } });
    const line = await logLineOf(server, async () => {
      const { body } = await server.gql(byId, { variables: { id: 'sabrina-singh' } });
      expect(body.data.party.id).toBe('sabrina-singh');
    });
    expect(line.readAhead).toBeUndefined();
  });

  it('a query sent as GET again is read ahead too, keyed by its URL', async () => {
    const url = `${server.url}/graphql?query=${encodeURIComponent(SINGH)}`;
    const get = async () => {
      const res = await fetch(url, { headers: { accept: 'application/graphql-response+json' } });
      expect(res.status).toBe(200);
      return res.json();
    };
    const first = await get();
    const sessions = await sessionsDuring(db, async () => {
      const line = await logLineOf(server, async () => expect(await get()).toEqual(first));
      expect(line.method).toBe('GET');
      expect(line.readAhead).toEqual({ taken: line.statements, unused: 0 });
    });
    expect(sessions).toBe(1);
  });

  it('a mutation sent again has nothing read ahead', async () => {
    const mutation =
      'mutation { updateParty(id: "sabrina-singh", input: { name: "Sabrina Singh" }) { id name relationships(first: 2) { totalCount } } }';
    const first = await server.gql(mutation, { key: WRITER_KEY });
    expect(first.body.errors).toBeUndefined();
    const sessions = await sessionsDuring(db, async () => {
      const line = await logLineOf(server, () => server.gql(mutation, { key: WRITER_KEY }));
      expect(line.readAhead).toBeUndefined();
      expect(line.statements).toBeGreaterThan(0);
    });
    expect(sessions).toBeGreaterThan(0);
  });
});

describe('POST /graphql with keys required for reads: a caller who may not read has nothing read ahead', () => {
  const server = seededTestServer(db, { requireKeyForReads: true });
  const IRAN = '{ party(id: "iran") { id name } }';

  it('runs nothing for a refused request, and reads ahead again for the caller with a key', async () => {
    expect((await server.gql(IRAN, { key: WRITER_KEY })).status).toBe(200);
    expect((await logLineOf(server, () => server.gql(IRAN, { key: WRITER_KEY }))).readAhead).toEqual({
      taken: 1,
      unused: 0,
    });
    const refused = await sessionsDuring(db, async () => {
      const { status } = await server.gql(IRAN);
      expect(status).toBe(401);
    });
    expect(refused).toBe(0);
    const line = await logLineOf(server, () => server.gql(IRAN, { key: WRITER_KEY }));
    expect(line.readAhead).toEqual({ taken: 1, unused: 0 });
  });
});

describe('FAULTLINE_READ_AHEAD=false', () => {
  const server = seededTestServer(db, { readAhead: false });

  it('runs every statement as asked', async () => {
    const IRAN = '{ party(id: "iran") { id name } }';
    await server.gql(IRAN);
    const line = await logLineOf(server, () => server.gql(IRAN));
    expect(line.readAhead).toBeUndefined();
    expect(line.statements).toBe(1);
  });
});
