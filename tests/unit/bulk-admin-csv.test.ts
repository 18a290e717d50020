import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ARRAY_DELIMITER, writeAdminCsv } from '../../graph-seed/bulk/index.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'faultline-admin-csv-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the CSV files for neo4j-admin import', () => {
  it('writes typed headers, labels, quoted text, list fields and Neo4j dates', async () => {
    const file = path.join(tmp, 'in.jsonl');
    const lines = [
      { record: 'source', id: 's1', title: 'S', text: 'Alpha "attacked" Beta,\non Monday.', published: '2024-01-27' },
      { record: 'party', id: 'alpha', type: 'Organisation', name: 'Alpha', aliases: ['A', 'Al'], kind: 'MILITIA' },
      { record: 'party', id: 'beta', type: 'Person', name: 'Beta' },
      {
        record: 'relationship',
        type: 'OPPOSES',
        from: 'alpha',
        to: 'beta',
        date: '2024-01',
        evidence: [{ source: 's1', quote: 'Alpha "attacked" Beta' }],
      },
    ];
    writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n'));
    const out = await writeAdminCsv([file], tmp);
    expect([out.nodeRows, out.relationshipRows]).toEqual([3, 1]);
    const nodes = readFileSync(out.nodes, 'utf8').split('\n');
    expect(nodes[0]).toMatch(
      /^id:ID,:LABEL,name,nameKey,title,type,kind,aliases:string\[\],.*unknown:boolean,.*fatalities:long,.*publishedStart:date/,
    );
    expect(readFileSync(out.nodes, 'utf8')).toContain('"Alpha ""attacked"" Beta,\non Monday."');
    expect(nodes.find((l) => l.startsWith('"alpha"'))).toContain(`"A${ARRAY_DELIMITER}Al"`);
    expect(nodes.find((l) => l.startsWith('"beta"'))).toContain(['Person', 'Party', 'Node'].join(ARRAY_DELIMITER));
    const rels = readFileSync(out.relationships, 'utf8').split('\n');
    expect(rels[0]).toBe(
      ':START_ID,:END_ID,:TYPE,id,status,role,note,evidenceSources:string[],evidenceQuotes:string[],derivedFrom:string[],date,datePrecision,dateFrom,dateTo,dateStart:date,dateEnd:date',
    );
    expect(rels[1]).toBe(
      '"alpha","beta",OPPOSES,"alpha:OPPOSES:beta","STATED",,,"s1","Alpha ""attacked"" Beta",,"2024-01","MONTH","2024-01","2024-01","2024-01-01","2024-01-31"',
    );
  });
});
