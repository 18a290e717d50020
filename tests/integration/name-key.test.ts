/**
 * Listings by name read the `nameKey` index in order (issue 13): every party and event carries
 * the key, graphs written before it existed are back-filled by applySchema, and the planner serves
 * the page from the index instead of sorting every party.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { joinParts, partiesPageStatement } from '../../core/cypher/index.js';
import { applySchema } from '../../core/storage/index.js';
import { loadSeedGraph, planOperators as operators, testDatabase } from '../support/neo4j.js';

describe('the name key', () => {
  const db = testDatabase();

  beforeAll(async () => {
    await loadSeedGraph(db);
  });

  it('is the lower-cased name of every party and event', async () => {
    const rows = await db.read({
      cypher:
        'MATCH (n:Party|Event) RETURN count(n) AS all, count(CASE WHEN n.nameKey = toLower(n.name) THEN 1 END) AS keyed',
    });
    expect(rows[0]?.all).toBeGreaterThan(20);
    expect(rows[0]?.keyed).toBe(rows[0]?.all);
  });

  it('is back-filled by applySchema on a graph written without it', async () => {
    await db.write({ cypher: 'MATCH (n:Party|Event) REMOVE n.nameKey' });
    await applySchema(db);
    const rows = await db.read({
      cypher:
        'MATCH (n:Party|Event) RETURN count(n) AS all, count(CASE WHEN n.nameKey = toLower(n.name) THEN 1 END) AS keyed',
    });
    expect(rows[0]?.keyed).toBe(rows[0]?.all);
  });

  it('applies only the schema the database lacks: nothing on a second run, a dropped index again', async () => {
    const seen: string[] = [];
    const off = db.onStatement((e) => seen.push(e.cypher));
    try {
      await applySchema(db);
      expect(seen.filter((c) => c.startsWith('CREATE '))).toEqual([]);
      await db.write({ cypher: 'DROP INDEX party_name_key' });
      seen.length = 0;
      await applySchema(db);
      expect(seen.filter((c) => c.startsWith('CREATE '))).toEqual([
        'CREATE INDEX party_name_key IF NOT EXISTS FOR (n:Party) ON (n.nameKey)',
      ]);
    } finally {
      off();
    }
  });

  it('serves a listing by name from the index, not by sorting every party', async () => {
    for (const after of [null, { key: 'm', id: 'x' }]) {
      const s = partiesPageStatement({}, 'NAME_ASC', after, 51, {
        withTotal: false,
        fold: { country: false, place: false, slices: [], events: [] },
      });
      const ops = await operators(db, s.cypher, s.params ?? {});
      expect(
        ops.some((o) => /^NodeIndex(Scan|SeekByRange)$/.test(o)),
        ops.join(' '),
      ).toBe(true);
      // The only sort is of the answer's parts (parts.ts), a few rows after the page is cut.
      const detailed = await operators(db, s.cypher, s.params ?? {}, { details: true });
      const sorts = detailed.filter((o) => /^(Sort|Top)\b/.test(o));
      expect(sorts, detailed.join(' | ')).toEqual(['Sort part ASC']);
    }
  });

  it('lists parties in the same order as sorting their lower-cased names would', async () => {
    const s = partiesPageStatement({}, 'NAME_ASC', null, 1000, {
      withTotal: false,
      fold: { country: false, place: false, slices: [], events: [] },
    });
    const names = (joinParts(await db.read(s))?.page ?? []).map((p) => p.sortKey);
    expect(names.length).toBeGreaterThan(10);
    expect(names).toEqual([...names].sort());
  });
});
