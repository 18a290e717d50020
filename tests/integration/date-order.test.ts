/**
 * Listings of events by date read the date index in order (the default order of `events`): the
 * dated events come from the index a page at a time, the undated ones after them, and only once
 * the dated ones run out; a participant's or a place's events are found from the party or the
 * place. The order, the cursors and the totals are those of sorting every event on its date as
 * text (undated last), whatever the direction, the page size or the filter.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { eventsPageStatement, joinParts, type Keyset, NO_FOLD } from '../../core/cypher/index.js';
import type { EventFilterValues } from '../../core/cypher/listing.cypher.js';
import type { EventSort } from '../../core/domain/queries.js';
import { loadSeedGraph, testDatabase } from '../support/neo4j.js';

const ADDED = 90;

describe('events in date order', () => {
  const db = testDatabase();

  beforeAll(async () => {
    await loadSeedGraph(db);
    // Many events on few days (ties broken by id across pages), every fourth without a date.
    await db.write({
      cypher: `UNWIND range(1, $n) AS i
        WITH i, CASE WHEN i % 4 = 0 THEN null ELSE date('2024-03-01') + duration({days: i % 5}) END AS day
        CREATE (e:Node:Statement:Event {
          id: 'dated-' + right('00' + toString(i), 3), name: 'Remark ' + i, nameKey: 'remark ' + i, type: 'Statement'
        })
        FOREACH (d IN CASE WHEN day IS NULL THEN [] ELSE [day] END |
          SET e.dateStart = d, e.dateEnd = d, e.date = toString(d), e.dateFrom = toString(d),
              e.dateTo = toString(d), e.datePrecision = 'DAY')`,
      params: { n: ADDED },
    });
  });

  /** Every event's id and key, sorted on the key as text and then the id (what the listing promises). */
  async function expected(sort: EventSort, where = '', params: Record<string, unknown> = {}): Promise<Keyset[]> {
    const undated = sort === 'DATE_DESC' ? '' : '9999-99-99';
    const order = sort === 'DATE_DESC' ? 'DESC' : 'ASC';
    const rows = await db.read({
      cypher: `MATCH (n:Event) ${where}
        WITH n, coalesce(toString(n.dateStart), $undated) AS key
        RETURN key, n.id AS id ORDER BY key ${order}, id ${order}`,
      params: { ...params, undated },
    });
    return rows.map((r) => ({ key: String(r.key), id: String(r.id) }));
  }

  async function page(sort: EventSort, after: Keyset | null, limit: number, filter: EventFilterValues = {}) {
    const answer = joinParts(
      await db.read(eventsPageStatement(filter, sort, after, limit, { withTotal: true, fold: NO_FOLD })),
    );
    return {
      total: answer?.total ?? null,
      rows: (answer?.page ?? []).map((p) => ({ key: p.sortKey, id: p.folded.node.id })),
    };
  }

  async function all(sort: EventSort, limit: number, filter: EventFilterValues = {}) {
    const seen: Keyset[] = [];
    let after: Keyset | null = null;
    for (let pages = 0; pages < 500; pages++) {
      const { rows } = await page(sort, after, limit, filter);
      seen.push(...rows);
      if (rows.length < limit) return seen;
      after = rows[rows.length - 1] as Keyset;
    }
    throw new Error('the listing did not end');
  }

  it('pages through every event once, dated by date then undated, in both directions', async () => {
    for (const sort of ['DATE_DESC', 'DATE_ASC'] as const) {
      const want = await expected(sort);
      expect(want.length).toBeGreaterThan(ADDED);
      expect(want.some((k) => k.key === '' || k.key === '9999-99-99')).toBe(true);
      for (const limit of [1, 7, 23, 500]) expect(await all(sort, limit), `${sort} by ${limit}`).toEqual(want);
    }
  });

  it('filters alike, with the total of every event that matches', async () => {
    const want = await expected('DATE_DESC', "WHERE n.type IN ['Statement']");
    expect(await all('DATE_DESC', 9, { types: ['Statement'] })).toEqual(want);
    expect((await page('DATE_DESC', null, 9, { types: ['Statement'] })).total).toBe(want.length);
    // A participant or a place: their events, found from them (eventWhere's anchor), the same as testing every event.
    const [{ party, place } = { party: null, place: null }] = await db.read({
      cypher: `MATCH (:Party {id: 'sabrina-singh'})--(:Event)
        MATCH (p:Party)--(e:Event)-[:OCCURRED_IN]->(pl:Place)
        RETURN p.id AS party, pl.id AS place, count(e) AS n ORDER BY n DESC, party, place LIMIT 1`,
    });
    expect([party, place]).toEqual([expect.any(String), expect.any(String)]);
    const byPlace = '(n.place = $place OR EXISTS { MATCH (n)-[:OCCURRED_IN]->(:Place {id: $place}) })';
    const byParty = 'EXISTS { MATCH (n)--(:Party {id: $party}) }';
    const cases: [EventFilterValues, string][] = [
      [{ participant: 'sabrina-singh' }, `WHERE ${byParty}`],
      [{ place: String(place) }, `WHERE ${byPlace}`],
      [{ participant: String(party), place: String(place) }, `WHERE ${byParty} AND ${byPlace}`],
    ];
    for (const [filter, where] of cases) {
      const want = await expected('DATE_DESC', where, { place, party: filter.participant ?? null });
      expect(want.length, JSON.stringify(filter)).toBeGreaterThan(0);
      expect(await all('DATE_DESC', 2, filter), JSON.stringify(filter)).toEqual(want);
      expect((await page('DATE_ASC', null, 2, filter)).total).toBe(want.length);
    }
    // A date filter leaves the undated out.
    const inMarch = await expected(
      'DATE_ASC',
      "WHERE n.dateStart IS NOT NULL AND (n.dateEnd IS NULL OR n.dateEnd >= date('2024-03-02')) AND n.dateStart <= date('2024-03-03')",
    );
    expect(inMarch.filter((k) => k.id.startsWith('dated-'))).toHaveLength(28);
    expect(await all('DATE_ASC', 8, { from: '2024-03-02', to: '2024-03-03' })).toEqual(inMarch);
  });

  it('continues after a key it never gave as text comparison would', async () => {
    const want = await expected('DATE_DESC');
    for (const key of ['2024-03-02x', '2024-02-31', 'zzz', '2024-03-03']) {
      const { rows } = await page('DATE_DESC', { key, id: 'dated-050' }, 1000);
      const rest = want.filter((k) => k.key < key || (k.key === key && k.id < 'dated-050'));
      expect(rows, key).toEqual(rest);
    }
  });

  type Plan = { operatorType: string; rows: number; children: Plan[] };

  /** Rows each kind of operator produced when the statement ran (PROFILE), by operator name. */
  async function profiled(filter: EventFilterValues, withTotal: boolean): Promise<Map<string, number>> {
    const s = eventsPageStatement(filter, 'DATE_DESC', null, 11, { withTotal, fold: NO_FOLD });
    const session = db.driver.session({ database: db.connection.database });
    try {
      const result = await session.run(`PROFILE ${s.cypher}`, s.params);
      const rows = new Map<string, number>();
      const walk = (p: Plan) => {
        const name = p.operatorType.replace(/@.*$/, '');
        rows.set(name, (rows.get(name) ?? 0) + p.rows);
        p.children.forEach(walk);
      };
      walk(result.summary.profile as unknown as Plan);
      return rows;
    } finally {
      await session.close();
    }
  }

  it('reads a first page from the date index, not every event', async () => {
    const rows = await profiled({}, false);
    expect(rows.has('NodeIndexScan')).toBe(true);
    expect(rows.get('NodeIndexScan')).toBeLessThan(ADDED / 2);
    // The scan for undated events is planned (a later page may need it) and reads nothing here.
    expect(rows.get('NodeByLabelScan') ?? 0).toBe(0);
  });

  it("reads a participant's or a place's events from them, not every event", async () => {
    for (const filter of [{ participant: 'sabrina-singh' }, { place: 'baghdad' }]) {
      const rows = await profiled(filter, true);
      expect(rows.get('NodeByLabelScan') ?? 0, JSON.stringify(filter)).toBe(0);
      expect(rows.get('AllNodesScan') ?? 0, JSON.stringify(filter)).toBe(0);
    }
  });
});
