import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../../core/project-root.js';
import { importCsv, importCsvText } from '../../graph-seed/import/csv.js';
import { parseCsv, parseCsvTable } from '../../graph-seed/import/csv-parse.js';
import type { ImportResult } from '../../graph-seed/import/result.js';
import { formatValidationErrors, validateDocument } from '../../graph-seed/validate/index.js';

const FIXTURES = projectPath('graph-seed', 'fixtures');

describe('parseCsv', () => {
  it('keeps commas inside quoted fields', () => {
    const { records, problems } = parseCsv('a,"b, c",d\n');
    expect(problems).toEqual([]);
    expect(records).toEqual([{ line: 1, fields: ['a', 'b, c', 'd'] }]);
  });

  it('reads a doubled quote as one quote', () => {
    expect(parseCsv('"he said ""no""",x').records[0]?.fields).toEqual(['he said "no"', 'x']);
  });

  it('keeps line breaks inside quotes and numbers records by the line they start on', () => {
    const { records } = parseCsv('h1,h2\n"first\nsecond\r\nthird",x\nnext,y\n');
    expect(records.map((r) => r.line)).toEqual([1, 2, 5]);
    expect(records[1]?.fields[0]).toBe('first\nsecond\r\nthird');
  });

  it('accepts CRLF and lone CR line ends and a byte-order mark', () => {
    const { records } = parseCsv('\uFEFFid,name\r\n1,a\r2,b');
    expect(records.map((r) => r.fields)).toEqual([
      ['id', 'name'],
      ['1', 'a'],
      ['2', 'b'],
    ]);
    expect(records[0]?.fields[0]).toBe('id');
  });

  it('skips blank lines but counts them', () => {
    const { records } = parseCsv('a\n\n\nb\n');
    expect(records).toEqual([
      { line: 1, fields: ['a'] },
      { line: 4, fields: ['b'] },
    ]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(parseCsv('a,,c,\n').records[0]?.fields).toEqual(['a', '', 'c', '']);
    expect(parseCsv('"",x').records[0]?.fields).toEqual(['', 'x']);
  });

  it('reports a quote that is never closed, with the line it opened on', () => {
    const { records, problems } = parseCsv('a,b\n1,"open\n2,3\n');
    expect(records).toHaveLength(1);
    expect(problems).toEqual([{ line: 2, field: 2, message: expect.stringContaining('never closed') }]);
  });

  it('reports a stray quote in an unquoted field and text after a closing quote', () => {
    const { records, problems } = parseCsv('ok,1\nsay "hi",2\n"x"y,3\n');
    expect(records.map((r) => r.line)).toEqual([1]);
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [2, 1],
      [3, 1],
    ]);
  });
});

describe('parseCsvTable', () => {
  it('keys rows by lower-case trimmed column names', () => {
    const table = parseCsvTable(' ID , Name\n1,Ana\n');
    expect(table.columns).toEqual(['id', 'name']);
    expect(table.rows).toEqual([{ line: 2, values: { id: '1', name: 'Ana' } }]);
  });

  it('refuses a row with more or fewer fields than the header instead of shifting values', () => {
    const table = parseCsvTable('a,b\n1,2,3\n4\n5,6\n');
    expect(table.rows.map((r) => r.line)).toEqual([4]);
    expect(table.problems.map((p) => p.line)).toEqual([2, 3]);
    expect(table.problems[0]?.message).toContain('expected 2 fields');
  });
});

const SOURCES = `id,title,published,outlet,url,text
src-a,Council meets,2024-05-10,Example Post,,"The council of Ostrava met on Friday, in the town hall.
Mayor Jan Novak chaired the meeting and condemned the strike."
`;

const NODES_HEADER = 'id,type,name,aliases,description,country,kind,date,summary,place';
const NODES = `${NODES_HEADER}
czechia,Place,Czechia,,,,COUNTRY,,,
ostrava,Place,Ostrava,,,,CITY,,,czechia
jan-novak,Person,Jan Novak,Novak;the mayor,Mayor of Ostrava,czechia,,,,
ostrava-council,Organisation,Ostrava council,,,czechia,GOVERNMENT_BODY,,,
council-meeting,Meeting,Council meeting,,,,,2024-05-10,"The council met, and the mayor chaired it.",ostrava
`;
const EDGES_HEADER = 'type,from,to,role,date,status,source,quote,derived_from';

function run(edges: string, nodes = NODES, sources: string | null = SOURCES): ImportResult {
  return importCsvText({
    nodes: { file: 'nodes.csv', text: nodes },
    edges: { file: 'edges.csv', text: `${EDGES_HEADER}\n${edges}` },
    sources: sources === null ? null : { file: 'sources.csv', text: sources },
  });
}

function rejectedAt(result: ImportResult) {
  return result.rejected.map((r) => ({ file: r.file, line: r.line, path: r.path, value: r.value }));
}

describe('importCsvText', () => {
  it('builds parties, events, places and stated relationships with their evidence', () => {
    const result = run(
      'PRESIDED_OVER,jan-novak,council-meeting,,2024-05-10,STATED,src-a,Mayor Jan Novak chaired the meeting,\n',
    );
    expect(result.rejected).toEqual([]);
    const doc = result.document;
    expect(doc.places.map((p) => [p.id, p.within])).toEqual([
      ['czechia', null],
      ['ostrava', 'czechia'],
    ]);
    expect(doc.parties.find((p) => p.id === 'jan-novak')?.aliases).toEqual(['Novak', 'the mayor']);
    expect(doc.events[0]).toMatchObject({
      id: 'council-meeting',
      place: 'ostrava',
      summary: 'The council met, and the mayor chaired it.',
      date: { precision: 'DAY', value: '2024-05-10' },
    });
    expect(doc.relationships).toEqual([
      expect.objectContaining({
        id: 'jan-novak:PRESIDED_OVER:council-meeting',
        status: 'STATED',
        evidence: [{ source: 'src-a', quote: 'Mayor Jan Novak chaired the meeting' }],
      }),
    ]);
    expect(validateDocument(doc).errors).toEqual([]);
  });

  it('reads label|start|end as a period, with an empty end for an open one', () => {
    const nodes = `${NODES}talks,Meeting,Talks,,,,,"since mid-October 2023|2023-10|",,\nwinter,Meeting,Winter talks,,,,,early 2020|2020-01|2020-04,,\n`;
    const doc = run('', nodes).document;
    expect(doc.events.find((e) => e.id === 'talks')?.date).toEqual({
      precision: 'PERIOD',
      value: 'since mid-October 2023',
      start: '2023-10',
      end: null,
    });
    expect(doc.events.find((e) => e.id === 'winter')?.date).toEqual({
      precision: 'PERIOD',
      value: 'early 2020',
      start: '2020-01',
      end: '2020-04',
    });
  });

  it('rejects an impossible date with its file, line, column and value, and keeps the other rows', () => {
    const nodes = `${NODES}bad-meeting,Meeting,Bad meeting,,,,,2024-02-30,,\nlate,Meeting,Late,,,,,"late|2024-05|2024-01",,\n`;
    const result = run('', nodes);
    expect(rejectedAt(result)).toEqual([
      { file: 'nodes.csv', line: 7, path: 'date', value: '2024-02-30' },
      { file: 'nodes.csv', line: 8, path: 'date', value: 'late|2024-05|2024-01' },
    ]);
    expect(result.rejected[0]?.message).toContain('day 30 does not exist');
    expect(result.rejected[1]?.message).toContain('after end');
    expect(result.document.events.map((e) => e.id)).toEqual(['council-meeting']);
  });

  it('counts lines across quoted line breaks when it reports a row', () => {
    const nodes = `${NODES_HEADER}\nczechia,Place,Czechia,,"a description
over two lines",,COUNTRY,,,\nx,Meeting,X,,,,,someday,,\n`;
    const result = run('', nodes);
    expect(rejectedAt(result)).toContainEqual({
      file: 'nodes.csv',
      line: 2,
      path: 'description',
      value: 'a description\nover two lines',
    });
    expect(rejectedAt(result)).toContainEqual({ file: 'nodes.csv', line: 4, path: 'date', value: 'someday' });
  });

  it('reports every problem of a row, not just the first', () => {
    const nodes = `${NODES_HEADER}\nBad Id,Organisation,,,,,ARMY,,,\n`;
    expect(run('', nodes).rejected.map((r) => r.path)).toEqual(['id', 'name', 'kind']);
  });

  it('explains what belongs where: types, kinds, Source rows, duplicate ids', () => {
    const nodes = `${NODES}src-x,Source,A source,,,,,,,
ghost,Spirit,Ghost,,,,,,,
jan-novak,Person,Jan Novak again,,,,,,,
anna,Person,Anna,,,,MILITIA,,,
`;
    const result = run('', nodes);
    const byLine = Object.fromEntries(result.rejected.map((r) => [r.line, r.message]));
    expect(byLine[7]).toContain('sources.csv');
    expect(byLine[8]).toContain('expected Person, Organisation');
    expect(byLine[9]).toContain('already used on line 4');
    expect(byLine[10]).toContain('kind applies to organisations');
  });

  it('rejects a value in a column that does not apply to the row, so a shifted row is noticed', () => {
    const nodes = `${NODES}hamas,Organisation,Hamas,,,,MILITIA,2024-01-01,,\n`;
    expect(rejectedAt(run('', nodes))).toEqual([{ file: 'nodes.csv', line: 7, path: 'date', value: '2024-01-01' }]);
  });

  it('rejects a node naming a place that does not exist, and a node inside a rejected place', () => {
    const nodes = `${NODES_HEADER}\nnowhere,Place,Nowhere,,,,PLANET,,,\ntown,Place,Town,,,,CITY,,,nowhere\nbob,Person,Bob,,,atlantis,,,,\n`;
    const result = run('', nodes);
    expect(result.rejected.map((r) => [r.line, r.path])).toEqual([
      [2, 'kind'],
      [3, 'place'],
      [4, 'country'],
    ]);
    expect(result.rejected[1]?.message).toContain('(line 2) was rejected');
    expect(result.rejected[2]?.message).toContain('no Place row');
  });

  it('rejects a quote that is not an exact substring of its source', () => {
    const result = run('PRESIDED_OVER,jan-novak,council-meeting,,,,src-a,Mayor Novak chaired the meeting,\n');
    expect(rejectedAt(result)).toEqual([
      { file: 'edges.csv', line: 2, path: 'quote', value: 'Mayor Novak chaired the meeting' },
    ]);
    expect(result.rejected[0]?.message).toContain('not an exact substring');
    expect(result.document.relationships).toEqual([]);
  });

  it('matches quotes across a line break in the source text', () => {
    const result = run('PRESIDED_OVER,jan-novak,council-meeting,,,,src-a,"in the town hall.\nMayor Jan Novak",\n');
    expect(result.rejected).toEqual([]);
  });

  it('needs a source and a quote for a stated relationship, and sources.csv to find it', () => {
    expect(run('PRESIDED_OVER,jan-novak,council-meeting,,,,,,\n').rejected[0]).toMatchObject({
      path: 'source',
      line: 2,
    });
    expect(run('PRESIDED_OVER,jan-novak,council-meeting,,,,src-zzz,x,\n').rejected[0]?.message).toContain(
      'no row with id "src-zzz"',
    );
    const withoutFile = run('PRESIDED_OVER,jan-novak,council-meeting,,,,src-a,Mayor,\n', NODES, null);
    expect(withoutFile.rejected[0]?.message).toContain('no sources.csv');
  });

  it('checks endpoints exist and are of the types the relationship accepts', () => {
    const result = run(`PRESIDED_OVER,ostrava-council,council-meeting,,,,src-a,chaired,
LOCATED_IN,ostrava-council,nobody,,,,src-a,Ostrava,
FOUNDED,jan-novak,ostrava-council,,,,src-a,Ostrava,
`);
    expect(result.rejected.map((r) => [r.line, r.path])).toEqual([
      [2, 'from'],
      [3, 'to'],
      [4, 'type'],
    ]);
    expect(result.rejected[0]?.message).toBe('PRESIDED_OVER starts at Person, but "ostrava-council" is a Organisation');
  });

  it('says so when an edge names a node whose own row was rejected', () => {
    const nodes = `${NODES}ghost,Person,Ghost,,,,,1999-13,,\n`;
    const result = run('CONDEMNED,ghost,council-meeting,,,,src-a,condemned the strike,\n', nodes);
    expect(result.rejected.map((r) => [r.file, r.line])).toEqual([
      ['nodes.csv', 7],
      ['edges.csv', 2],
    ]);
    expect(result.rejected[1]?.message).toContain('(line 7) was rejected');
  });

  it('merges rows for the same relationship into one with several evidence items', () => {
    const result = run(`CONDEMNED,jan-novak,council-meeting,,,,src-a,condemned the strike,
CONDEMNED,jan-novak,council-meeting,,,,src-a,Mayor Jan Novak,
`);
    expect(result.rejected).toEqual([]);
    expect(result.document.relationships).toHaveLength(1);
    expect(result.document.relationships[0]?.evidence.map((e) => e.quote)).toEqual([
      'condemned the strike',
      'Mayor Jan Novak',
    ]);
  });

  it('refuses a second row for a relationship that disagrees on role or date', () => {
    const result = run(`REPRESENTS,jan-novak,ostrava-council,Mayor,,,src-a,Mayor Jan Novak,
REPRESENTS,jan-novak,ostrava-council,Deputy,,,src-a,Jan Novak,
`);
    expect(result.rejected).toEqual([
      expect.objectContaining({ line: 3, path: 'row', message: expect.stringContaining('give one of them a key') }),
    ]);
  });

  it('accepts a derived relationship whose bases are in the file, and drops one whose base was rejected', () => {
    const ok = run(`CONDEMNED,jan-novak,council-meeting,,,,src-a,condemned the strike,
OPPOSES,jan-novak,ostrava-council,,,DERIVED,,,jan-novak:CONDEMNED:council-meeting
`);
    expect(ok.rejected).toEqual([]);
    expect(ok.document.relationships[1]).toMatchObject({
      status: 'DERIVED',
      derivedFrom: ['jan-novak:CONDEMNED:council-meeting'],
      evidence: [],
    });

    const stranded = run(`CONDEMNED,jan-novak,council-meeting,,,,src-a,not in the text,
OPPOSES,jan-novak,ostrava-council,,,DERIVED,,,jan-novak:CONDEMNED:council-meeting
SUPPORTS,ostrava-council,jan-novak,,,DERIVED,,,jan-novak:OPPOSES:ostrava-council
`);
    expect(stranded.rejected.map((r) => [r.line, r.path])).toEqual([
      [2, 'quote'],
      [3, 'derived_from'],
      [4, 'derived_from'],
    ]);
    expect(stranded.rejected[1]?.message).toContain('(line 2) was rejected');
    expect(stranded.document.relationships).toEqual([]);
  });

  it('rejects derivations that go round in a circle', () => {
    const result = run(`OPPOSES,jan-novak,ostrava-council,,,DERIVED,,,ostrava-council:OPPOSES:jan-novak
OPPOSES,ostrava-council,jan-novak,,,DERIVED,,,jan-novak:OPPOSES:ostrava-council
`);
    expect(result.rejected.map((r) => r.line).sort()).toEqual([2, 3]);
    expect(result.rejected[0]?.message).toContain('circle');
  });

  it('rejects a header with a misspelt or missing column, naming it', () => {
    const result = importCsvText({
      nodes: { file: 'nodes.csv', text: 'id,type,nmae\nx,Person,X\n' },
      edges: { file: 'edges.csv', text: 'type,from\n' },
    });
    expect(result.rejected.map((r) => [r.file, r.line, r.path, r.message])).toEqual([
      ['nodes.csv', 1, 'header', 'missing required column "name"'],
      ['nodes.csv', 1, 'header', expect.stringContaining('unknown column "nmae"')],
      ['edges.csv', 1, 'header', 'missing required column "to"'],
    ]);
  });
});

describe('importCsv', () => {
  it('imports the fixture files, with sources.csv found next to nodes.csv, into a valid document', async () => {
    const result = await importCsv(path.join(FIXTURES, 'nodes.csv'), path.join(FIXTURES, 'edges.csv'));
    expect(result.rejected).toEqual([]);
    const doc = result.document;
    expect(doc.sources.map((s) => s.id)).toEqual(['fx-wire-2024-01-28', 'fx-daily-2024-02-03']);
    expect([doc.places.length, doc.parties.length, doc.events.length, doc.relationships.length]).toEqual([3, 5, 4, 9]);
    const targeted = doc.relationships.find((r) => r.id === 'erbil-drone-attack:TARGETED:coalition-forces');
    expect(targeted?.evidence).toHaveLength(2);
    const { errors } = validateDocument(doc, 'fixtures');
    expect(errors, formatValidationErrors(errors)).toEqual([]);
  });
});
