import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ValidationError } from '../../graph-seed/bulk/index.js';
import {
  checkBulkFiles,
  JsonlFolderSink,
  loadBulkFiles,
  recordLine,
  StreamCheck,
} from '../../graph-seed/bulk/index.js';
import { synthesize, synthesizeTo } from '../../graph-seed/synth/index.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'faultline-bulk-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const source = { record: 'source', id: 's1', title: 'S', text: 'Alpha attacked Beta on Monday.' };
const alpha = { record: 'party', id: 'alpha', type: 'Organisation', name: 'Alpha' };
const beta = { record: 'party', id: 'beta', type: 'Organisation', name: 'Beta' };
const opposes = {
  record: 'relationship',
  type: 'OPPOSES',
  from: 'alpha',
  to: 'beta',
  evidence: [{ source: 's1', quote: 'Alpha attacked Beta' }],
};

function check(lines: unknown[]): ValidationError[] {
  const c = new StreamCheck();
  const errors: ValidationError[] = [];
  lines.forEach((raw, i) => {
    c.check(raw, 'x.jsonl', i + 1, errors);
  });
  return errors;
}

describe('the bulk JSON Lines format', () => {
  it('accepts records that refer only to earlier lines', () => {
    expect(check([source, alpha, beta, opposes])).toEqual([]);
  });

  it('names the line and field of a reference to a later or missing line', () => {
    const errors = check([source, alpha, opposes, beta]);
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'x.jsonl',
        line: 3,
        path: 'to',
        value: 'beta',
        message: expect.stringContaining('earlier line'),
      }),
    ]);
  });

  it('reports a repeated id, a quote not in its source, and an unknown record kind', () => {
    const errors = check([
      source,
      alpha,
      { ...alpha, name: 'Again' },
      beta,
      { ...opposes, evidence: [{ source: 's1', quote: 'Beta attacked' }] },
      { record: 'person', id: 'x' },
    ]);
    expect(errors.map((e) => [e.line, e.path])).toEqual([
      [3, 'id'],
      [5, 'evidence[0].quote'],
      [6, 'record'],
    ]);
  });

  it('checks a file with bad JSON line by line and stops listing after maxErrors', async () => {
    const file = path.join(tmp, 'bad.jsonl');
    const lines = [JSON.stringify(source), '{not json', ...Array.from({ length: 30 }, () => JSON.stringify(alpha))];
    writeFileSync(file, `${lines.join('\n')}\n`);
    const checked = await checkBulkFiles([file], { maxErrors: 5 });
    expect(checked.errors[0]).toMatchObject({ line: 2, message: expect.stringContaining('not valid JSON') });
    expect(checked.errors).toHaveLength(5);
    expect(checked.errorCount).toBe(30);
    await expect(loadBulkFiles(null, [file], { dryRun: true })).rejects.toThrow(/validation/i);
  });

  it('is what synth streams: the same records as the in-memory document, all valid', async () => {
    const folder = mkdtempSync(path.join(tmp, 'synth-'));
    const sink = new JsonlFolderSink(folder);
    synthesizeTo({ parties: 300, events: 600, seed: 3 }, sink);
    const written = sink.close();
    const doc = synthesize({ parties: 300, events: 600, seed: 3 });
    const nodes = doc.sources.length + doc.places.length + doc.parties.length + doc.events.length;
    expect([written.nodes, written.relationships]).toEqual([nodes, doc.relationships.length]);
    const checked = await checkBulkFiles(written.files);
    expect(checked.errors).toEqual([]);
    expect([checked.nodes, checked.relationships]).toEqual([nodes, doc.relationships.length]);
    const firstRelationship = readFileSync(written.files[1] as string, 'utf8').split('\n')[0];
    expect(firstRelationship).toBe(recordLine({ kind: 'relationship', record: doc.relationships[0] as never }));
  });
});
