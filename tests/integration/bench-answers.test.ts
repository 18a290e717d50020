/**
 * The benchmark's three ways of asking each question answer alike, on a small synthetic graph:
 * Faultline's GraphQL operation, the hand-written Cypher statement it is timed against, and the
 * Neo4j GraphQL Library's operation (where the peer can ask it). `npm run bench` prints the same
 * comparison as `same answer` and times the question whatever it says; this makes it a standing
 * check, so a ratio is never printed for two different answers (the peer once listed 50 other
 * parties than Faultline and the statement did, sorted on the name with upper case first).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELATIONSHIP_TYPES } from '../../core/domain/vocabulary.js';
import { resetGraph, writeGraph } from '../../core/storage/graph-writer.js';
import { synthesize } from '../../graph-seed/index.js';
import { dataOf } from '../../tools/bench/http-timing.js';
import { type RunningPeer, startPeer } from '../../tools/bench/peer.js';
import { type BenchQuery, benchQueries, type Operation } from '../../tools/bench/queries.js';
import { runHand } from '../../tools/bench/recording.js';
import { benchConfig } from '../../tools/bench/server-process.js';
import { pickTargets } from '../../tools/bench/targets.js';
import { startTestServer, type TestServer } from '../support/api-server.js';
import { resetDatabase, testDatabase } from '../support/neo4j.js';

const db = testDatabase();
let server: TestServer;
let peer: RunningPeer;
let queries: BenchQuery[] = [];

beforeAll(async () => {
  // Large enough that a listing of 50 parties leaves most of them out and the far party is a few steps away.
  const doc = synthesize({ parties: 200, events: 600, seed: 1 });
  await resetDatabase(db);
  await writeGraph(db, doc);
  await db.write({ cypher: 'CALL db.awaitIndexes(300)' });
  await db.read({ cypher: 'CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()' });
  queries = benchQueries(pickTargets(doc), RELATIONSHIP_TYPES);
  // The benchmark's generous limits: some of its questions are larger than the default cost allows.
  server = await startTestServer(db, { limits: benchConfig(db.connection).limits });
  peer = await startPeer(db.driver);
}, 120_000);

afterAll(async () => {
  await peer?.close();
  await server?.close();
  await resetGraph(db);
});

const peerOperation = (query: BenchQuery): Operation | null => ('document' in query.peer ? query.peer : null);

async function peerAnswer(op: Operation): Promise<Record<string, unknown>> {
  const res = await fetch(peer.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: op.document, variables: op.variables }),
  });
  return dataOf(await res.text());
}

describe('the benchmark asks each question three ways', () => {
  it('has its questions, most of them ones the peer can ask too', () => {
    expect(queries.map((q) => q.name)).toContain('50 parties+OPPOSES');
    expect(queries.filter((q) => peerOperation(q) !== null).length).toBeGreaterThanOrEqual(4);
  });

  it('gets the same answer from Faultline, the hand-written statement and the peer', async () => {
    for (const query of queries) {
      const res = await server.gql(query.faultline.document, { variables: query.faultline.variables });
      expect(res.body.errors, query.name).toBeUndefined();
      const mine = query.faultline.canon(res.body.data);
      // An answer with nothing in it would agree with any other empty one.
      expect(mine.length, query.name).toBeGreaterThan(20);
      expect(query.hand.canon(await runHand(db, query)), `${query.name}: the statement`).toBe(mine);
      const op = peerOperation(query);
      if (op) expect(op.canon(await peerAnswer(op)), `${query.name}: the peer`).toBe(mine);
    }
  }, 120_000);
});
