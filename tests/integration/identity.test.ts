/**
 * ACLED exports of every layout imported on top of the seed graph, through the database: the
 * seed's parties keep what they are, ACLED's actors that denote them are linked to them, and the
 * search finds one United States with its armed forces beneath it.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { partyIdentitiesStatement } from '../../core/cypher/identity.cypher.js';
import { searchStatement } from '../../core/cypher/search.cypher.js';
import { emptyDocument } from '../../core/domain/records.js';
import { projectPath } from '../../core/project-root.js';
import { loadChecked } from '../../graph-seed/commands/checked-load.js';
import { exportGraph } from '../../graph-seed/export.js';
import { Registry } from '../../graph-seed/identity/registry.js';
import { loadIdentitySnapshot } from '../../graph-seed/identity/snapshot.js';
import { importAcled } from '../../graph-seed/import/acled.js';
import { loadDocument } from '../../graph-seed/load.js';
import { loadSeedGraph, testDatabase } from '../support/neo4j.js';

const FIXTURES = projectPath('graph-seed', 'fixtures');
const LAYOUTS = [
  'acled/acled-2016-era.csv',
  'acled/acled-2019-2020-semicolon.csv',
  'acled/acled-2024.csv',
  'acled/acled-2024-protests-no-actor2.csv',
  'acled/acled-spreadsheet-dates.csv',
  'acled-sample.csv',
];
const db = testDatabase();

describe('ACLED exports of every layout, imported on top of the seed graph', () => {
  let seedParties: Awaited<ReturnType<typeof partiesNow>>;
  let seedEvidence: Map<string, unknown>;
  const linked = new Map<string, string>();

  async function partiesNow() {
    return new Map((await db.read(partyIdentitiesStatement())).map((p) => [p.id, p]));
  }

  beforeAll(async () => {
    await loadSeedGraph(db);
    seedParties = await partiesNow();
    const seed = await exportGraph(db);
    seedEvidence = new Map(seed.relationships.map((r) => [r.id, { status: r.status, evidence: r.evidence }]));
    for (const name of LAYOUTS) {
      const registry = new Registry(await loadIdentitySnapshot(db));
      const result = await importAcled(path.join(FIXTURES, name), { registry });
      expect(result.rejected, name).toEqual([]);
      for (const r of result.resolutions) if (!r.created) linked.set(r.name, r.id);
      const code = await loadChecked(db, result.document, name, { rejected: 0 });
      expect(code, name).toBe(0);
    }
  }, 120_000);

  it('keeps every seed party with its id, type, kind and names', async () => {
    const now = await partiesNow();
    for (const [id, before] of seedParties) expect(now.get(id), id).toEqual(before);
    const iran = await db.read({ cypher: "MATCH (n:Node {id: 'iran'}) RETURN labels(n) AS labels, n.kind AS kind" });
    expect(iran[0]).toEqual({ labels: expect.not.arrayContaining(['Place']), kind: 'STATE' });
  });

  it('keeps the evidence of every seed relationship', async () => {
    const after = await exportGraph(db);
    const byId = new Map(after.relationships.map((r) => [r.id, { status: r.status, evidence: r.evidence }]));
    for (const [id, before] of seedEvidence) expect(byId.get(id), id).toEqual(before);
  });

  it('links ACLED actors that denote seed parties to them', () => {
    expect(linked.get('Military Forces of the United States (2017-)')).toBe('us-forces');
    expect(linked.get('Military Forces of the United States (2021-)')).toBe('us-forces');
    expect(linked.get('Islamic State (Iraq)')).toBe('isis');
    expect(linked.get('Islamic State (Syria)')).toBe('isis');
    expect(linked.get('Military Forces of Iraq (2018-) Popular Mobilization Forces')).toBe('pmf');
    expect(linked.get('Government of Iraq (2022-)')).toBe('iraqi-government');
  });

  it('offers one United States in search, with its armed forces beneath it', async () => {
    const rows = await db.read(searchStatement('(united OR united*) (states OR states*)', null, 20));
    const named = rows.filter((r) => r.node.name === 'United States');
    expect(named.map((r) => r.node.type).sort()).toEqual(['Organisation', 'Place']);
    const parties = rows.filter((r) => r.node.type === 'Organisation' && /united states/i.test(r.node.name));
    expect(parties.map((r) => r.node.id)).toEqual(['united-states']);
    const beneath = await db.read({
      cypher: "MATCH (f:Party)-[:PART_OF]->(:Party {id: 'united-states'}) RETURN collect(f.id) AS ids",
    });
    expect(beneath[0]?.ids).toContain('us-forces');
  });

  it('adds armed forces of a state without a force yet under that state, and never opposes civilians', async () => {
    const iran = await db.read({
      cypher:
        "MATCH (f:Party {name: 'Military Forces of Iran (1989-)'})-[:PART_OF]->(s:Party) RETURN f.kind AS kind, s.id AS state",
    });
    expect(iran).toEqual([{ kind: 'ARMED_FORCES', state: 'iran' }]);
    const police = await db.read({
      cypher:
        "MATCH (p:Party {name: 'Police Forces of Israel (2020-)'})-[r:PART_OF]->(s:Party) RETURN s.id AS state, r.status AS status",
    });
    expect(police).toEqual([{ state: 'israel', status: 'DERIVED' }]);
    const opposed = await db.read({
      cypher:
        "MATCH ()-[r:OPPOSES]-(c:Party) WHERE c.name STARTS WITH 'Civilians' OR c.name STARTS WITH 'Protesters' RETURN count(r) AS n",
    });
    expect(opposed[0]?.n).toBe(0);
  });

  it('refuses a load that would give a seed id to a node of another type', async () => {
    const doc = emptyDocument();
    doc.places.push({ id: 'iran', name: 'Iran', kind: 'COUNTRY', aliases: [], within: null });
    await expect(loadDocument(db, doc)).rejects.toThrow(/iran: the database already has a Organisation/);
  });
});
