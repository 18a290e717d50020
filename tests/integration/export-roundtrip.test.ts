import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../core/domain/records.js';
import { projectRoot } from '../../core/project-root.js';
import { exportGraph, serializeDocument } from '../../graph-seed/export.js';
import { loadFiles } from '../../graph-seed/load.js';
import { validateFiles } from '../../graph-seed/validate/index.js';
import { resetDatabase, testConnection, testDatabase } from '../support/neo4j.js';

const ROOT = projectRoot();
const COMPLETE = path.join(ROOT, 'tests', 'fixtures', 'seed', 'complete');
const run = promisify(execFile);

const db = testDatabase();
const tmp = mkdtempSync(path.join(tmpdir(), 'faultline-export-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function sortedById(doc: GraphDocument): GraphDocument {
  const by = <T extends { id: string }>(list: T[]) =>
    [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    sources: by(doc.sources),
    places: by(doc.places),
    parties: by(doc.parties),
    events: by(doc.events),
    relationships: by(doc.relationships),
  };
}

describe('export', () => {
  let first: string;

  beforeAll(async () => {
    await resetDatabase(db);
    await loadFiles(db, [COMPLETE]);
    first = serializeDocument(await exportGraph(db));
  });

  it('reads back every record exactly as it was loaded', async () => {
    const loaded = validateFiles([COMPLETE]).document;
    expect(await exportGraph(db)).toEqual(sortedById(loaded));
  });

  it('writes every kind of value the fixture holds', () => {
    for (const expected of [
      'published: 2024-03-14',
      'date: 2024-03\n',
      'date: "2024"',
      'label: since mid-October 2023',
      'end: null',
      'binding: false',
      'fatalities: 3',
      'unknown: true',
      'key: spokesman',
      'status: DERIVED',
      '- piet-raal:CONDEMNED:valmere-drone-attack',
      'role: Speaker',
      '- Republic of Northland',
      'text: |',
    ]) {
      expect(first).toContain(expected);
    }
  });

  it('export → load --reset → export gives byte-identical YAML', async () => {
    const file = path.join(tmp, 'export.yaml');
    writeFileSync(file, first);
    const summary = await loadFiles(db, [file], { reset: true });
    expect(summary.nodes.created).toBe(11);
    expect(serializeDocument(await exportGraph(db))).toBe(first);
  });

  it('npm run seed -- export writes the same YAML to stdout, or to --out', async () => {
    const c = testConnection();
    const env = { ...process.env, NEO4J_URI: c.uri, NEO4J_USERNAME: c.username, NEO4J_PASSWORD: c.password };
    const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
    const cli = path.join(ROOT, 'graph-seed', 'cli.ts');
    const { stdout } = await run(tsx, [cli, 'export'], { env, cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    expect(stdout).toBe(first);
    const out = path.join(tmp, 'out.yaml');
    await run(tsx, [cli, 'export', '--out', out], { env, cwd: ROOT });
    expect(readFileSync(out, 'utf8')).toBe(first);
  });
});
