/** The streaming bulk path against a real Neo4j, at a small size (the benchmark is tools/load-bench.ts). */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaNameOf, schemaNamesStatements, schemaStatements } from '../../core/cypher/index.js';
import type { Database } from '../../core/db/index.js';
import { BulkWriter } from '../../core/storage/bulk-writer.js';
import { countGraph, resetGraph } from '../../core/storage/graph-writer.js';
import { JsonlFolderSink, loadBulkFiles } from '../../graph-seed/bulk/index.js';
import { exportGraph } from '../../graph-seed/export.js';
import { synthesize, synthesizeTo } from '../../graph-seed/synth/index.js';
import { resetDatabase, testDatabase } from '../support/neo4j.js';
import { organisation } from '../support/records.js';

const db = testDatabase();
const tmp = mkdtempSync(path.join(tmpdir(), 'faultline-bulk-it-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const OPTIONS = { parties: 150, events: 400, seed: 9 };

/** Names of Faultline's constraints and indexes the database lacks. */
async function missingSchema(db: Database): Promise<string[]> {
  const have = new Set<string>();
  for (const statement of schemaNamesStatements()) {
    for (const row of await db.read(statement)) for (const name of row.names) have.add(name);
  }
  return schemaStatements()
    .map(schemaNameOf)
    .filter((name) => !have.has(name));
}

describe('bulk load of streamed JSON Lines', { timeout: 180_000 }, () => {
  const doc = synthesize(OPTIONS);
  const nodes = doc.sources.length + doc.places.length + doc.parties.length + doc.events.length;
  let files: string[];

  beforeAll(async () => {
    await resetDatabase(db);
    const sink = new JsonlFolderSink(tmp);
    synthesizeTo(OPTIONS, sink);
    files = sink.close().files;
  });

  it('creates every node and relationship of an empty database in batches, several in flight', async () => {
    const progress: number[] = [];
    const summary = await loadBulkFiles(db, [tmp], {
      batchSize: 500,
      concurrency: 3,
      onWriteProgress: (done) => progress.push(done),
    });
    expect(summary.mode).toBe('create');
    expect(summary.nodes).toEqual({ created: nodes, matched: 0 });
    expect(summary.relationships).toEqual({ created: doc.relationships.length, matched: 0 });
    expect(summary.transactions).toBeGreaterThan(10);
    expect(progress.at(-1)).toBe(nodes + doc.relationships.length);
    expect(await countGraph(db)).toEqual({ nodes, relationships: doc.relationships.length });
    // Dropped for the writes, every constraint and index is built again at the end.
    expect(await missingSchema(db)).toEqual([]);
  });

  it('stores the same graph the in-memory document describes', async () => {
    const exported = await exportGraph(db);
    const byId = new Map(exported.relationships.map((r) => [r.id, r]));
    for (const r of doc.relationships.slice(0, 300)) expect(byId.get(r.id), r.id).toEqual(r);
    expect(exported.parties.find((p) => p.id === doc.parties[5]?.id)).toEqual(doc.parties[5]);
  });

  it('merges into a database that holds the data already, creating nothing', async () => {
    const summary = await loadBulkFiles(db, files, { batchSize: 1000 });
    expect(summary.mode).toBe('merge');
    expect(summary.nodes.created + summary.relationships.created).toBe(0);
    expect(await countGraph(db)).toEqual({ nodes, relationships: doc.relationships.length });
  });

  it('resets the graph in batches: relationships first, then nodes', async () => {
    await resetGraph(db, 700);
    expect(await countGraph(db)).toEqual({ nodes: 0, relationships: 0 });
  });
});

describe('a CREATE load that fails while writing', { timeout: 60_000 }, () => {
  it('leaves the batches it committed and every constraint and index of the schema', async () => {
    await resetDatabase(db);
    const dir = path.join(tmp, 'broken');
    mkdirSync(dir);
    const node = (id: string) => JSON.stringify({ record: 'party', ...organisation(id, { kind: 'MILITIA' }) });
    const tie = JSON.stringify({
      record: 'relationship',
      type: 'OPPOSES',
      from: 'alpha',
      to: 'nobody',
      key: null,
      status: 'STATED',
      role: null,
      date: null,
      evidence: [{ source: 'wire', quote: 'Alpha fought nobody.' }],
      derivedFrom: [],
      note: null,
    });
    // Unchecked (as a caller that checked the files itself would ask): the second endpoint is missing.
    writeFileSync(path.join(dir, 'graph.jsonl'), `${[node('alpha'), node('beta'), tie].join('\n')}\n`);
    await expect(loadBulkFiles(db, [dir], { skipCheck: true })).rejects.toThrow(/an endpoint is missing/);
    expect(await countGraph(db)).toEqual({ nodes: 2, relationships: 0 });
    expect(await missingSchema(db)).toEqual([]);
  });
});

describe('a CREATE batch with a missing endpoint', { timeout: 60_000 }, () => {
  const party = (id: string) => ({ id, props: { id, type: 'Organisation', name: id, aliases: [] } });
  const opposes = (from: string, to: string) => ({
    id: `${from}:OPPOSES:${to}`,
    from,
    to,
    props: { id: `${from}:OPPOSES:${to}`, status: 'STATED', evidenceSources: [], evidenceQuotes: [], derivedFrom: [] },
  });

  it('fails and rolls back the whole batch, the rows whose endpoints exist included', async () => {
    await resetDatabase(db);
    const writer = new BulkWriter(db, { create: true, batchSize: 10 });
    await writer.node('Organisation', party('alpha'));
    await writer.node('Organisation', party('beta'));
    await writer.relationship('OPPOSES', opposes('alpha', 'beta'));
    await writer.relationship('OPPOSES', opposes('alpha', 'nobody'));
    await expect(writer.finish()).rejects.toThrow(
      /expected to write 2 relationships but wrote 1: an endpoint is missing/,
    );
    expect(await countGraph(db)).toEqual({ nodes: 2, relationships: 0 });
  });
});
