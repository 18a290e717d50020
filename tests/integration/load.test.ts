import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeMixedRelationshipsStatement } from '../../core/cypher/graph-write.cypher.js';
import { emptyDocument, type GraphDocument } from '../../core/domain/records.js';
import { projectRoot } from '../../core/project-root.js';
import { countGraph, resetGraph, writeGraph } from '../../core/storage/graph-writer.js';
import { relationshipToProps } from '../../core/storage/properties.js';
import { loadFiles, seedIfEmpty } from '../../graph-seed/load.js';
import { SeedValidationError } from '../../graph-seed/validate/index.js';
import { planOperators, resetDatabase, testDatabase } from '../support/neo4j.js';
import { organisation } from '../support/records.js';
import { seedCli } from '../support/seed-cli.js';

const ROOT = projectRoot();
const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'seed');
const COMPLETE = path.join(FIXTURES, 'complete');
const TWO_FILES = path.join(FIXTURES, 'two-files');

const db = testDatabase();
const tmp = mkdtempSync(path.join(tmpdir(), 'faultline-load-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function nodeExists(id: string): Promise<boolean> {
  const rows = await db.read({ cypher: 'MATCH (n:Node {id: $id}) RETURN count(n) AS n', params: { id } });
  return rows[0]?.n === 1;
}

function opposes(from: string, to: string): GraphDocument['relationships'][number] {
  return {
    id: `${from}:OPPOSES:${to}`,
    type: 'OPPOSES',
    from,
    to,
    status: 'DERIVED',
    role: null,
    date: null,
    evidence: [],
    derivedFrom: [],
    note: null,
  };
}

const cli = seedCli;

describe('loadFiles', () => {
  beforeAll(async () => {
    await resetDatabase(db);
  });

  it('writes every node and relationship of the fixture and says they were created', async () => {
    const summary = await loadFiles(db, [COMPLETE]);
    expect(summary.nodes).toEqual({ created: 11, matched: 0 });
    expect(summary.relationships).toEqual({ created: 10, matched: 0 });
    expect(summary.rejected).toBe(0);
    expect(await countGraph(db)).toEqual({ nodes: 11, relationships: 10 });
  });

  it('loading the same files again creates nothing and leaves the counts unchanged', async () => {
    const summary = await loadFiles(db, [COMPLETE]);
    expect(summary.nodes).toEqual({ created: 0, matched: 11 });
    expect(summary.relationships).toEqual({ created: 0, matched: 10 });
    expect(await countGraph(db)).toEqual({ nodes: 11, relationships: 10 });
  });

  it('stores labels, typed properties and Neo4j dates that queries can use', async () => {
    const rows = await db.read({
      cypher: `MATCH (e:Attack:Event:Node {id: 'valmere-drone-attack'})
               MATCH (:Person {id: 'ana-kovac'})-[r:REPRESENTS]->(:Organisation)
               RETURN e.fatalities AS fatalities, e.dateStart = date('2024-01-01') AS startsOnNewYear,
                      e.dateEnd = date('2024-12-31') AS endsOnNewYearsEve, r.dateEnd IS NULL AS open, r.role AS role`,
    });
    expect(rows[0]).toEqual({
      fatalities: 3,
      startsOnNewYear: true,
      endsOnNewYearsEve: true,
      open: true,
      role: 'Speaker',
    });
  });

  it('refuses the whole run when any file has an error, and writes nothing from the good files', async () => {
    const bad = path.join(tmp, 'bad-quote.yaml');
    writeFileSync(
      bad,
      'relationships:\n  - type: MEMBER_OF\n    from: lina-osei\n    to: westmark\n    evidence:\n      - source: src-harbour-talks\n        quote: Lina Osei joined Westmark\n',
    );
    const before = await countGraph(db);
    const failure = await loadFiles(db, [TWO_FILES, bad]).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(SeedValidationError);
    expect((failure as SeedValidationError).errors.map((e) => e.path)).toEqual(['relationships[0].evidence[0].quote']);
    expect(await countGraph(db)).toEqual(before);
    expect(await nodeExists('eastport')).toBe(false);
  });

  it('with reset, replaces what was there by exactly the files loaded', async () => {
    const summary = await loadFiles(db, [TWO_FILES], { reset: true });
    expect(summary.nodes.created).toBe(6);
    expect(await countGraph(db)).toEqual({ nodes: 6, relationships: 3 });
    expect(await nodeExists('ana-kovac')).toBe(false);
  });

  it('a dry run validates and counts but writes nothing', async () => {
    const before = await countGraph(db);
    const summary = await loadFiles(db, [COMPLETE], { dryRun: true });
    expect(summary.input).toEqual({ nodes: 11, relationships: 10 });
    expect(await countGraph(db)).toEqual(before);
  });
});

describe('the relationship merge of every load', () => {
  beforeAll(async () => {
    await resetDatabase(db);
  });

  it('finds an existing relationship from its two endpoints even when the statistics say the graph is empty', async () => {
    // Planned on an empty database, as the first batch of every load into one is; replan=skip
    // keeps that plan for the whole load. A scan of every relationship there made loads quadratic.
    const r = opposes('a', 'b');
    const s = mergeMixedRelationshipsStatement([{ ...r, props: relationshipToProps(r) }]);
    const ops = await planOperators(db, s.cypher, s.params ?? {});
    expect(ops, ops.join(' ')).toContain('VarLengthExpand(Into)');
    expect(
      ops.filter((o) => /Relationships?Scan|RelationshipTypeScan|RelationshipIndex/.test(o)),
      ops.join(' '),
    ).toEqual([]);
  });

  it('creates a relationship once and updates it on a rerun, in one transaction or in batches', async () => {
    const doc = emptyDocument();
    doc.parties.push(organisation('ra'), organisation('rb'));
    doc.relationships.push(opposes('ra', 'rb'), opposes('rb', 'ra'));
    const first = await writeGraph(db, doc);
    expect(first.relationships).toEqual({ created: 2, matched: 0 });
    const again = await writeGraph(db, doc, { batchSize: 1, singleTransactionLimit: 0 });
    expect(again.relationships).toEqual({ created: 0, matched: 2 });
    expect((await countGraph(db)).relationships).toBe(2);
  });
});

describe('a write that fails halfway', () => {
  beforeAll(async () => {
    await resetDatabase(db);
    await loadFiles(db, [COMPLETE]);
  });

  it('leaves nothing behind when a later statement of the single transaction fails', async () => {
    const before = await countGraph(db);
    const doc: GraphDocument = { ...emptyDocument(), parties: [organisation('new-a'), organisation('new-b')] };
    // Bypasses validation: the second relationship's endpoint exists nowhere.
    doc.relationships = [opposes('new-a', 'new-b'), opposes('new-a', 'ghost')];
    await expect(writeGraph(db, doc)).rejects.toThrow(/endpoint is missing/);
    expect(await countGraph(db)).toEqual(before);
    expect(await nodeExists('new-a')).toBe(false);
  });

  it('in batches, rolls back the whole failing batch', async () => {
    const before = await countGraph(db);
    const doc: GraphDocument = { ...emptyDocument(), parties: [organisation('new-c')] };
    doc.relationships = [opposes('new-c', 'piet-raal'), opposes('new-c', 'ghost')];
    await expect(writeGraph(db, doc, { batchSize: 2, singleTransactionLimit: 0 })).rejects.toThrow(
      /endpoint is missing/,
    );
    // The node batch committed on its own; the relationship batch did not leave its valid row.
    expect(await countGraph(db)).toEqual({ nodes: before.nodes + 1, relationships: before.relationships });
  });
});

describe('seedIfEmpty', () => {
  it('loads the data folder into an empty database, and leaves a seeded one alone', async () => {
    await resetDatabase(db);
    const first = await seedIfEmpty(db, TWO_FILES);
    expect(first?.nodes.created).toBe(6);
    const second = await seedIfEmpty(db, COMPLETE);
    expect(second).toBeNull();
    expect(await countGraph(db)).toEqual({ nodes: 6, relationships: 3 });
  });

  it('with seeding switched off, applies the schema and loads nothing', async () => {
    await resetGraph(db);
    await db.write({ cypher: 'DROP CONSTRAINT node_id IF EXISTS' });
    expect(await seedIfEmpty(db, TWO_FILES, { seed: false })).toBeNull();
    expect(await countGraph(db)).toEqual({ nodes: 0, relationships: 0 });
    const constraints = await db.read({
      cypher: "SHOW CONSTRAINTS YIELD name WHERE name = 'node_id' RETURN count(*) AS n",
    });
    expect(constraints[0]?.n).toBe(1);
  });
});

describe('npm run seed -- load', () => {
  beforeAll(async () => {
    await resetDatabase(db);
  });

  it('loads the given folder and prints a summary on stderr', async () => {
    const result = await cli(['load', COMPLETE]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('nodes:         11 created, 0 matched');
    expect(result.stderr).toContain('relationships: 10 created, 0 matched');
    expect(result.stdout).toBe('');
  });

  it('exits with code 1 and lists each error with file, path and line, writing nothing', async () => {
    const bad = path.join(tmp, 'cli-bad.yaml');
    writeFileSync(bad, 'places:\n  - id: nowhere\n    name: Nowhere\n    kind: PLANET\n');
    const before = await countGraph(db);
    const result = await cli(['load', bad]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${bad}: places[0].kind (line 4): "PLANET" is not allowed`);
    expect(result.stderr).toContain('nothing was written');
    expect(await countGraph(db)).toEqual(before);
  });

  it('checks files without a database when asked for a dry run', async () => {
    const result = await cli(['load', TWO_FILES, '--dry-run']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('6 nodes and 3 relationships from 2 files are valid');
  });
});
