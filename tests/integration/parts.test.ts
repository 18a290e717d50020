/**
 * Large answers in parts (core/cypher/parts.ts): a drawn graph comes back in rows of at most
 * PART_ITEMS items of each list, and joinParts puts together exactly the answer one row held.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  joinParts,
  NO_TAIL,
  neighbourhoodStatement,
  networkStatement,
  PART_ITEMS,
  pathStatement,
} from '../../core/cypher/index.js';
import { NETWORK_TYPES } from '../../core/domain/vocabulary.js';
import { loadSeedGraph, testDatabase } from '../support/neo4j.js';

const db = testDatabase();
const ALL = NETWORK_TYPES.ALL;
const tail = { ...NO_TAIL, sources: true, derived: true, derivedEnds: true, derivedSources: true };

beforeAll(async () => {
  await loadSeedGraph(db);
});

describe('a drawn graph in parts', () => {
  it('splits the network into rows of at most PART_ITEMS of each list, and joins them back whole', async () => {
    const rows = await db.read(networkStatement({ types: ALL, from: null, to: null, limit: 1000, tail }));
    const [counted] = await db.read<{ rels: number; ends: number }>({
      cypher: `MATCH (a)-[r]->(b) WHERE type(r) IN $types
        UNWIND [a, b] AS n RETURN count(DISTINCT r) AS rels, count(DISTINCT n) AS ends`,
      params: { types: ALL },
      decode: (row) => ({ rels: Number(row.rels), ends: Number(row.ends) }),
    });
    const joined = joinParts(rows);
    const lists = (r: NonNullable<typeof joined>) => [r.edges, r.nodes, r.tailNodes, r.tailRels, r.cited];
    const longest = Math.max(...lists(joined ?? rows[0]!).map((l) => l.length));
    // The seed graph draws over a hundred relationships: several rows, none over the part size.
    expect(longest).toBeGreaterThan(3 * PART_ITEMS);
    expect(rows.length).toBe(Math.ceil(longest / PART_ITEMS));
    for (const row of rows) {
      for (const list of lists(row)) expect(list.length).toBeLessThanOrEqual(PART_ITEMS);
      expect(row.total).toBe(rows[0]?.total);
    }
    const ids = joined?.edges.map((e) => e.rel.id) ?? [];
    expect(ids.length).toBe(counted?.rels);
    expect(new Set(ids).size).toBe(ids.length);
    expect(joined?.total).toBe(counted?.rels);
    expect(new Set(joined?.nodes.map((n) => n.id)).size).toBe(counted?.ends);
    // Most recent first, across the rows as within them.
    const days = joined?.edges.map((e) => e.position.day) ?? [];
    expect(days).toEqual([...days].sort().reverse());
  });

  it('keeps one row for an empty answer, and no row for a neighbourhood of no node', async () => {
    const empty = await db.read(
      pathStatement({ from: 'iraq', to: 'nobody', types: null, maxLength: 2, all: true, maxPaths: 5, tail }),
    );
    expect(empty).toHaveLength(1);
    expect(joinParts(empty)).toMatchObject({ fromFound: true, toFound: false, nodes: [], rels: [], cited: [] });
    expect(await db.read(neighbourhoodStatement({ id: 'nobody', depth: 1, types: null, limit: 10 }))).toEqual([]);
  });

  it('joins a neighbourhood with its counts from the first row', async () => {
    const rows = await db.read(neighbourhoodStatement({ id: 'iraq', depth: 2, types: null, limit: 200, tail }));
    const joined = joinParts(rows);
    expect(rows.length).toBeGreaterThan(1);
    expect(new Set(joined?.nodes.map((n) => n.id)).size).toBe(joined?.nodes.length);
    expect(joined?.nodes[0]?.id).toBe('iraq');
    expect(joined?.totalNodes).toBe(rows.at(-1)?.totalNodes);
    expect(joined?.totalEdges).toBeGreaterThanOrEqual(joined?.rels.length ?? 0);
  });
});
