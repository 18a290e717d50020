import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../core/domain/records.js';
import { projectPath } from '../../core/project-root.js';
import { countGraph, writeGraph } from '../../core/storage/graph-writer.js';
import { importAcled } from '../../graph-seed/import/acled.js';
import { importCsv } from '../../graph-seed/import/csv.js';
import { synthesize } from '../../graph-seed/synth/synth.js';
import { resetDatabase, testDatabase } from '../support/neo4j.js';
import { seedCli } from '../support/seed-cli.js';

const FIXTURES = projectPath('graph-seed', 'fixtures');
const db = testDatabase();

function nodeCount(doc: GraphDocument): number {
  return doc.sources.length + doc.places.length + doc.parties.length + doc.events.length;
}

async function one(cypher: string, params: Record<string, unknown> = {}) {
  const rows = await db.read({ cypher, params });
  return rows[0] ?? {};
}

/** Stated relationships whose quote is not found in the stored text of the source it names. */
async function unverifiableQuotes(): Promise<number> {
  const row = await one(`MATCH ()-[r]->() WHERE r.status = 'STATED'
UNWIND range(0, size(r.evidenceSources) - 1) AS i
OPTIONAL MATCH (s:Source {id: r.evidenceSources[i]})
WITH r, i, s WHERE s IS NULL OR NOT s.text CONTAINS r.evidenceQuotes[i]
RETURN count(*) AS n`);
  return Number(row.n);
}

/** Derived relationships with a derivedFrom id that no stored relationship has. */
async function danglingDerivations(): Promise<number> {
  const row = await one(`MATCH ()-[r]->() WHERE r.status = 'DERIVED'
UNWIND r.derivedFrom AS baseId
OPTIONAL MATCH ()-[base {id: baseId}]->()
WITH baseId, base WHERE base IS NULL
RETURN count(*) AS n`);
  return Number(row.n);
}

describe('an imported ACLED file, written to Neo4j', () => {
  let doc: GraphDocument;
  beforeAll(async () => {
    await resetDatabase(db);
    const result = await importAcled(path.join(FIXTURES, 'acled-sample.csv'));
    expect(result.rejected).toEqual([]);
    doc = result.document;
    await writeGraph(db, doc);
  });

  it('stores every node and relationship the import produced', async () => {
    expect(await countGraph(db)).toEqual({ nodes: nodeCount(doc), relationships: doc.relationships.length });
    const events = await one('MATCH (e:Event) RETURN count(e) AS n');
    expect(events.n).toBe(13);
  });

  it('stores an actor seen in many rows as one party, opposing its target through a derived edge', async () => {
    const row = await one(
      `MATCH (a:Party {id: $from})-[o:OPPOSES]->(b:Party {id: $to})
RETURN count(o) AS edges, o.status AS status, size(o.derivedFrom) AS bases, o.note AS note,
       COUNT { (a)-[:CARRIED_OUT]->(:Event) } AS attacks`,
      { from: 'islamic-resistance-in-iraq', to: 'military-forces-of-the-united-states-2021' },
    );
    expect(row).toMatchObject({ edges: 1, status: 'DERIVED', bases: 4, attacks: 2 });
    expect(row.note).toContain('2 hostile acts');
  });

  it('can follow every derived edge back to stored relationships, and find every quote in its source', async () => {
    expect(await danglingDerivations()).toBe(0);
    expect(await unverifiableQuotes()).toBe(0);
  });

  it('places each event in a city within its country, and marks unidentified groups as unknown', async () => {
    const row =
      await one(`MATCH (e:Event {id: 'acled-event-irq90004'}), (c:Place {id: e.place}), (k:Place {id: c.within})
RETURN c.kind AS city, k.name AS country`);
    expect(row).toEqual({ city: 'CITY', country: 'Iraq' });
    const unknown = await one('MATCH (p:Party {unknown: true}) RETURN collect(p.id) AS ids');
    expect(unknown.ids).toEqual(['unidentified-armed-group-iraq']);
  });

  it('keeps the week and month precision of ACLED dates as searchable day ranges', async () => {
    const row = await one(`MATCH (w:Event {id: 'acled-event-irq90006'}), (m:Event {id: 'acled-event-irq90010'})
RETURN w.datePrecision AS wp, toString(w.dateStart) AS ws, toString(w.dateEnd) AS we,
       m.datePrecision AS mp, toString(m.dateStart) AS ms, toString(m.dateEnd) AS me`);
    expect(row).toEqual({
      wp: 'PERIOD',
      ws: '2024-02-07',
      we: '2024-02-13',
      mp: 'MONTH',
      ms: '2024-02-01',
      me: '2024-02-29',
    });
  });
});

describe('imported CSV files, written to Neo4j', () => {
  let doc: GraphDocument;
  beforeAll(async () => {
    await resetDatabase(db);
    const result = await importCsv(path.join(FIXTURES, 'nodes.csv'), path.join(FIXTURES, 'edges.csv'));
    expect(result.rejected).toEqual([]);
    doc = result.document;
    await writeGraph(db, doc);
  });

  it('stores the nodes, relationships and sources of the three files', async () => {
    expect(await countGraph(db)).toEqual({ nodes: nodeCount(doc), relationships: doc.relationships.length });
    const sources = await one('MATCH (s:Source) RETURN count(s) AS n');
    expect(sources.n).toBe(2);
  });

  it('keeps two rows for one relationship as one edge with two pieces of evidence', async () => {
    const row =
      await one(`MATCH (:Attack {id: 'erbil-drone-attack'})-[t:TARGETED]->(:Organisation {id: 'coalition-forces'})
RETURN count(t) AS edges, t.evidenceQuotes AS quotes`);
    expect(row.edges).toBe(1);
    expect(row.quotes).toEqual([
      'A drone attack struck a base hosting coalition forces near Erbil',
      'saying it targeted "the occupation forces"',
    ]);
  });

  it('derives the militia’s opposition from the attack, and the derivation resolves', async () => {
    const row =
      await one(`MATCH (:Party {id: 'islamic-resistance-in-iraq'})-[o:OPPOSES]->(:Party {id: 'coalition-forces'})
RETURN o.status AS status, o.derivedFrom AS bases`);
    expect(row).toEqual({
      status: 'DERIVED',
      bases: [
        'islamic-resistance-in-iraq:CARRIED_OUT:erbil-drone-attack',
        'erbil-drone-attack:TARGETED:coalition-forces',
      ],
    });
    expect(await danglingDerivations()).toBe(0);
    expect(await unverifiableQuotes()).toBe(0);
  });

  it('stores a labelled period written as label|start|end', async () => {
    const row = await one(`MATCH (t:Transition {id: 'troop-withdrawal'})
RETURN t.date AS label, t.datePrecision AS precision, toString(t.dateStart) AS start, toString(t.dateEnd) AS end`);
    expect(row).toEqual({ label: 'early 2024', precision: 'PERIOD', start: '2024-01-01', end: '2024-04-30' });
  });
});

describe('a synthetic graph, written to Neo4j', () => {
  let doc: GraphDocument;
  beforeAll(async () => {
    await resetDatabase(db);
    doc = synthesize({ parties: 200, events: 500, seed: 99 });
    await writeGraph(db, doc);
  });

  it('stores exactly the generated parties, events and relationships', async () => {
    expect(await countGraph(db)).toEqual({ nodes: nodeCount(doc), relationships: doc.relationships.length });
    const row = await one(
      'CALL { MATCH (p:Party) RETURN count(p) AS parties } CALL { MATCH (e:Event) RETURN count(e) AS events } RETURN parties, events',
    );
    expect(row).toEqual({ parties: 200, events: 500 });
  });

  it('has derived opposition that resolves and quotes that are found in their sources', async () => {
    const derived = await one("MATCH ()-[o:OPPOSES {status: 'DERIVED'}]->() RETURN count(o) AS n");
    expect(derived.n).toBe(doc.relationships.filter((r) => r.status === 'DERIVED').length);
    expect(Number(derived.n)).toBeGreaterThan(0);
    expect(await danglingDerivations()).toBe(0);
    expect(await unverifiableQuotes()).toBe(0);
  });
});

describe('npm run seed -- import and synth', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'faultline-import-cli-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  beforeAll(async () => {
    await resetDatabase(db);
  });

  it('imports an ACLED export, and importing it again creates nothing', async () => {
    const file = path.join(FIXTURES, 'acled-sample.csv');
    const first = await seedCli(['import', 'acled', file]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/nodes: +59 created, 0 matched/);
    const counts = await countGraph(db);
    const again = await seedCli(['import', 'acled', file]);
    expect(again.code, again.stderr).toBe(0);
    // The second time, the actors and places created the first time are linked, not rewritten.
    expect(again.stderr).toMatch(/nodes: +0 created, \d+ matched/);
    expect(again.stderr).toMatch(/relationships: +0 created, \d+ matched/);
    expect(again.stderr).toMatch(/linked +"Islamic State \(Iraq\)" -> islamic-state-iraq \(exact-name/);
    expect(await countGraph(db)).toEqual(counts);
  });

  it('lists a bad ACLED row with its line and writes nothing from the file', async () => {
    const lines = readFileSync(path.join(FIXTURES, 'acled-sample.csv'), 'utf8').split('\n');
    const bad = path.join(tmp, 'acled-bad.csv');
    const header = lines[0] ?? '';
    const broken = (lines[2] ?? '').replace(/^([^,]+),\d{4}-\d{2}-\d{2}/, 'IRQ99999,2024-02-30');
    writeFileSync(bad, `${header}\n${lines[1]?.replace(/^IRQ\d+/, 'IRQ99998')}\n${broken}\n`);
    const before = await countGraph(db);
    const result = await seedCli(['import', 'acled', bad]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`${bad.replaceAll('/', '\\/')}:3 .*event_date`));
    expect(result.stderr).toContain('nothing was written');
    expect(await countGraph(db)).toEqual(before);
  });

  it('imports generic nodes.csv and edges.csv with their sources', async () => {
    const result = await seedCli(['import', 'csv', path.join(FIXTURES, 'nodes.csv'), path.join(FIXTURES, 'edges.csv')]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/relationships: +9 created/);
  });

  it('generates the same synthetic graph for the same seed, and loads it', async () => {
    const a = await seedCli(['synth', '--parties', '20', '--events', '40', '--seed', '7']);
    const b = await seedCli(['synth', '--parties', '20', '--events', '40', '--seed', '7']);
    expect(a.code, a.stderr).toBe(0);
    expect(a.stdout.length).toBeGreaterThan(1000);
    expect(b.stdout).toBe(a.stdout);
    const loaded = await seedCli(['synth', '--parties', '20', '--events', '40', '--seed', '7', '--load', '--reset']);
    expect(loaded.code, loaded.stderr).toBe(0);
    const parties = await one('MATCH (p:Party) RETURN count(p) AS n');
    expect(parties.n).toBe(20);
  });
});
