import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyDocument } from '../../core/domain/records.js';
import { projectPath } from '../../core/project-root.js';
import {
  formatValidationErrors,
  type ValidationError,
  validateDocument,
  validateFiles,
  validateText,
} from '../../graph-seed/validate/index.js';

const FIXTURES = projectPath('tests', 'fixtures', 'seed');
const COMPLETE = path.join(FIXTURES, 'complete');
const TWO_FILES = path.join(FIXTURES, 'two-files');

const TEXT = 'The council of Ostrava met on Friday. Mayor Jan Novak chaired the meeting and condemned the strike.';

/** A small valid file; tests add or change one thing and look at what the validator says. */
function seed(
  extra: { sources?: string; places?: string; parties?: string; events?: string; relationships?: string } = {},
): string {
  return `sources:
  - id: src-council
    title: Council meets
    text: "${TEXT}"
${extra.sources ?? ''}
places:
  - id: ostrava
    name: Ostrava
    kind: CITY
${extra.places ?? ''}
parties:
  - id: jan-novak
    type: Person
    name: Jan Novak
  - id: ostrava-council
    type: Organisation
    name: Ostrava council
    kind: GOVERNMENT_BODY
${extra.parties ?? ''}
events:
  - id: council-meeting
    type: Meeting
    name: Council meeting
    date: 2024-05-10
    place: ostrava
${extra.events ?? ''}
relationships:
  - type: PRESIDED_OVER
    from: jan-novak
    to: council-meeting
    evidence:
      - source: src-council
        quote: Mayor Jan Novak chaired the meeting
${extra.relationships ?? ''}`;
}

function only(errors: ValidationError[]): ValidationError {
  expect(errors, formatValidationErrors(errors)).toHaveLength(1);
  return errors[0] as ValidationError;
}

const tmp = mkdtempSync(path.join(tmpdir(), 'faultline-validate-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function writeTmp(name: string, text: string): string {
  const file = path.join(tmp, name);
  writeFileSync(file, text);
  return file;
}

describe('validateFiles', () => {
  it('accepts the fixture that uses every field, reading its text file next to the YAML', () => {
    const { errors, document, files } = validateFiles([COMPLETE]);
    expect(formatValidationErrors(errors)).toBe('');
    expect(files.map((f) => path.basename(f))).toEqual(['001_ridge-report.yaml']);
    expect(document.sources[0]?.text).toContain('Speaker Ana Kovac');
    expect(document.parties).toHaveLength(5);
    expect(document.relationships).toHaveLength(10);
  });

  it('fills omitted optional fields with null, [] and defaults', () => {
    const { document } = validateFiles([COMPLETE]);
    const raal = document.parties.find((p) => p.id === 'piet-raal');
    expect(raal).toEqual({
      id: 'piet-raal',
      type: 'Person',
      name: 'Piet Raal',
      aliases: [],
      description: 'Defence Minister',
      country: null,
      kind: null,
      unknown: false,
    });
    const passed = document.relationships.find((r) => r.type === 'PASSED');
    expect(passed).toMatchObject({ status: 'STATED', role: null, derivedFrom: [], note: null });
  });

  it('keeps each date at the precision it was written with', () => {
    const { document } = validateFiles([COMPLETE]);
    const event = (id: string) => document.events.find((e) => e.id === id)?.date;
    expect(event('troop-withdrawal-resolution')).toEqual({
      precision: 'MONTH',
      value: '2024-03',
      start: '2024-03',
      end: '2024-03',
    });
    expect(event('valmere-drone-attack')).toEqual({ precision: 'YEAR', value: '2024', start: '2024', end: '2024' });
    const kovac = document.relationships.find((r) => r.from === 'ana-kovac');
    expect(kovac?.date).toEqual({ precision: 'PERIOD', value: 'since mid-October 2023', start: '2023-10', end: null });
  });

  it('gives a relationship the id from:TYPE:to, with its key appended when it has one', () => {
    const ids = validateFiles([COMPLETE]).document.relationships.map((r) => r.id);
    expect(ids).toContain('piet-raal:REPRESENTS:northland-government');
    expect(ids).toContain('piet-raal:REPRESENTS:northland-government:spokesman');
  });

  it('resolves endpoints and evidence sources across the files of one run', () => {
    const { errors, document } = validateFiles([TWO_FILES]);
    expect(formatValidationErrors(errors)).toBe('');
    expect(document.relationships).toHaveLength(3);
  });

  it('misses those endpoints when a file is validated on its own', () => {
    const { errors } = validateFiles([path.join(TWO_FILES, '02-events-and-relationships.yaml')]);
    expect(errors.map((e) => e.path)).toContain('relationships[0].from');
    expect(errors.map((e) => e.path)).toContain('relationships[0].evidence[0].source');
    expect(errors.find((e) => e.path === 'events[0].place')?.message).toContain('is not the id of any place');
  });

  it('rejects an id used twice across files, naming where it was first used', () => {
    const dup = writeTmp('dup.yaml', 'parties:\n  - id: eastport\n    type: Person\n    name: Another Eastport\n');
    const error = only(validateFiles([TWO_FILES, dup]).errors);
    expect(error).toMatchObject({ file: dup, path: 'parties[0].id', line: 2, value: 'eastport' });
    expect(error.message).toContain('01-source-and-parties.yaml');
  });

  it('reports a text file that does not exist', () => {
    const file = writeTmp('missing-text.yaml', 'sources:\n  - id: src-a\n    title: A\n    textFile: nowhere.txt\n');
    const error = only(validateFiles([file]).errors);
    expect(error).toMatchObject({ path: 'sources[0].textFile', line: 4, value: 'nowhere.txt' });
    expect(error.message).toContain('does not exist');
  });

  it('accepts the seed files shipped in graph-seed/data', () => {
    const { errors, files } = validateFiles([path.join(FIXTURES, '..', '..', '..', 'graph-seed', 'data')]);
    expect(files.length).toBeGreaterThan(0);
    expect(formatValidationErrors(errors)).toBe('');
  });

  it('reports a path that does not exist', () => {
    const error = only(validateFiles([path.join(tmp, 'no-such.yaml')]).errors);
    expect(error.message).toContain('does not exist');
  });
});

describe('validateText field checks', () => {
  it('accepts the base document used by these tests', () => {
    expect(formatValidationErrors(validateText(seed()).errors)).toBe('');
  });

  it('rejects a misspelt key instead of ignoring it, and suggests the right one', () => {
    const error = only(
      validateText(seed({ parties: '  - id: x\n    type: Person\n    naem: X\n    name: X\n' })).errors,
    );
    expect(error.path).toBe('parties[2].naem');
    expect(error.line).toBe(21);
    expect(error.message).toContain('did you mean "name"');
  });

  it('rejects an unknown top-level section', () => {
    expect(only(validateText(`${seed()}\nevents2: []\n`).errors).path).toBe('events2');
  });

  it('requires a name', () => {
    const error = only(validateText(seed({ parties: '  - id: nameless\n    type: Person\n' })).errors);
    expect(error.path).toBe('parties[2].name');
    expect(error.message).toContain('is missing');
  });

  it('rejects a value outside the vocabulary and names the allowed ones', () => {
    const error = only(validateText(seed({ places: '  - id: brno\n    name: Brno\n    kind: TOWN\n' })).errors);
    expect(error.message).toBe(
      'places[1].kind (line 12): "TOWN" is not allowed; expected one of COUNTRY, REGION, CITY, OTHER',
    );
  });

  it('rejects an id that is not a slug', () => {
    const error = only(validateText(seed({ places: '  - id: Brno_City\n    name: Brno\n    kind: CITY\n' })).errors);
    expect(error.path).toBe('places[1].id');
    expect(error.message).toContain('slug');
  });

  it.each([
    ['2024-02-30', 'day 30 does not exist'],
    ['2023-13', 'month 13 does not exist'],
    ['{ label: early 2020, start: 2020-05, end: 2020-01 }', 'is after end'],
    ['{ start: 2020-01 }', 'needs a label'],
    ['{ label: lately, start: 2020-01, until: 2021 }', 'unknown key "until"'],
  ])('rejects the impossible date %s', (date, why) => {
    const error = only(
      validateText(seed({ events: `  - id: e2\n    type: Strike\n    name: S\n    date: ${date}\n` })).errors,
    );
    expect(error.path).toBe('events[1].date');
    expect(error.message).toContain(why);
  });

  it('rejects fatalities that are not a whole number, and binding on an event that is not a resolution', () => {
    const { errors } = validateText(
      seed({ events: '  - id: e2\n    type: Attack\n    name: A\n    fatalities: 2.5\n    binding: true\n' }),
    );
    expect(errors.map((e) => e.path).sort()).toEqual(['events[1].binding', 'events[1].fatalities']);
  });

  it('rejects a kind on a person', () => {
    expect(
      only(validateText(seed({ parties: '  - id: p\n    type: Person\n    name: P\n    kind: MILITIA\n' })).errors)
        .path,
    ).toBe('parties[2].kind');
  });

  it('rejects a number where text is expected rather than guessing', () => {
    expect(
      only(validateText(seed({ parties: '  - id: p\n    type: Person\n    name: 1984\n' })).errors).message,
    ).toContain('expected text');
  });

  it('reports YAML syntax errors with their line', () => {
    const error = only(
      validateText('parties:\n  - id: a\n    name: [unclosed\n'.replace('unclosed', 'unclosed, x')).errors,
    );
    expect(error.message).toContain('YAML syntax');
    expect(error.line).not.toBeNull();
  });

  it('rejects a key given twice in one mapping', () => {
    const error = only(validateText('places:\n  - id: a\n    name: A\n    name: B\n    kind: CITY\n').errors);
    expect(error.line).toBe(4);
  });
});

describe('validateText relationship rules', () => {
  it('explains a quote that is not in the source, with path, line and value', () => {
    const error = only(
      validateText(
        seed({
          relationships:
            '  - type: CONDEMNED\n    from: jan-novak\n    to: council-meeting\n    evidence:\n      - source: src-council\n        quote: Novak praised the strike\n',
        }),
      ).errors,
    );
    expect(error).toMatchObject({
      path: 'relationships[1].evidence[0].quote',
      line: 39,
      value: 'Novak praised the strike',
    });
    expect(error.message).toMatch(
      /^relationships\[1\]\.evidence\[0\]\.quote \(line 39\): "Novak praised the strike" is not found in source src-council's text/,
    );
  });

  it('points out a quote that differs from the text only in spacing or quote marks', () => {
    const error = only(
      validateText(
        seed({
          relationships:
            '  - type: CONDEMNED\n    from: jan-novak\n    to: council-meeting\n    evidence:\n      - source: src-council\n        quote: "chaired the  meeting"\n',
        }),
      ).errors,
    );
    expect(error.message).toContain('normalised');
  });

  it('requires evidence on a stated relationship', () => {
    const error = only(
      validateText(seed({ relationships: '  - type: MEMBER_OF\n    from: jan-novak\n    to: ostrava-council\n' }))
        .errors,
    );
    expect(error.path).toBe('relationships[1].evidence');
  });

  it('rejects evidence citing something that is not a source', () => {
    const error = only(
      validateText(
        seed({
          relationships:
            '  - type: MEMBER_OF\n    from: jan-novak\n    to: ostrava-council\n    evidence:\n      - source: ostrava\n        quote: Mayor\n',
        }),
      ).errors,
    );
    expect(error.message).toContain('is a Place; expected the id of a Source');
  });

  it('rejects an unknown relationship type and suggests the closest', () => {
    const error = only(
      validateText(seed({ relationships: '  - type: PRESIDED\n    from: jan-novak\n    to: council-meeting\n' }))
        .errors,
    );
    expect(error.message).toContain('did you mean PRESIDED_OVER');
  });

  it('rejects an endpoint of a type the relationship does not accept', () => {
    const error = only(
      validateText(
        seed({
          relationships:
            '  - type: PRESIDED_OVER\n    from: ostrava-council\n    to: council-meeting\n    key: second\n    evidence:\n      - source: src-council\n        quote: chaired\n',
        }),
      ).errors,
    );
    expect(error.path).toBe('relationships[1].from');
    expect(error.message).toContain('is a Organisation, but PRESIDED_OVER goes from a Person');
  });

  it('rejects an endpoint that exists in no file', () => {
    const error = only(
      validateText(
        seed({
          relationships:
            '  - type: CONDEMNED\n    from: jan-novak\n    to: the-strike\n    evidence:\n      - source: src-council\n        quote: condemned the strike\n',
        }),
      ).errors,
    );
    expect(error).toMatchObject({ path: 'relationships[1].to', value: 'the-strike' });
  });

  it('rejects two relationships with the same id, and accepts them once a key tells them apart', () => {
    const twice =
      '  - type: PRESIDED_OVER\n    from: jan-novak\n    to: council-meeting\n    evidence:\n      - source: src-council\n        quote: chaired\n';
    expect(only(validateText(seed({ relationships: twice })).errors).message).toContain('give one of them `key:`');
    expect(
      validateText(seed({ relationships: twice.replace('to: council-meeting', 'to: council-meeting\n    key: again') }))
        .errors,
    ).toEqual([]);
  });

  it('requires a derived relationship to name relationships that exist', () => {
    const error = only(
      validateText(
        seed({
          relationships:
            '  - type: OPPOSES\n    from: jan-novak\n    to: ostrava-council\n    status: DERIVED\n    derivedFrom: [jan-novak:CONDEMNED:council-meeting]\n',
        }),
      ).errors,
    );
    expect(error.path).toBe('relationships[1].derivedFrom[0]');
  });

  it('rejects derivedFrom on a relationship not marked DERIVED', () => {
    const error = only(
      validateText(
        seed({
          relationships:
            '  - type: OPPOSES\n    from: jan-novak\n    to: ostrava-council\n    derivedFrom: [jan-novak:PRESIDED_OVER:council-meeting]\n',
        }),
      ).errors,
    );
    expect(error.message).toContain('status: DERIVED');
  });

  it('rejects a derivation cycle', () => {
    const rels = [
      '  - type: OPPOSES\n    from: jan-novak\n    to: ostrava-council\n    status: DERIVED\n    derivedFrom: [ostrava-council:OPPOSES:jan-novak]\n',
      '  - type: OPPOSES\n    from: ostrava-council\n    to: jan-novak\n    status: DERIVED\n    derivedFrom: [jan-novak:OPPOSES:ostrava-council]\n',
    ].join('');
    const error = only(validateText(seed({ relationships: rels })).errors);
    expect(error.message).toContain('derivation cycle');
  });

  it('requires country, place and within to be places', () => {
    const { errors } = validateText(
      seed({
        places: '  - id: old-town\n    name: Old Town\n    kind: OTHER\n    within: jan-novak\n',
        parties: '  - id: p\n    type: Person\n    name: P\n    country: ostrava-council\n',
        events: '  - id: e2\n    type: Strike\n    name: S\n    place: council-meeting\n',
      }),
    );
    expect(errors.map((e) => e.path).sort()).toEqual(['events[1].place', 'parties[2].country', 'places[1].within']);
    expect(errors.every((e) => e.message.includes('expected the id of a Place'))).toBe(true);
  });

  it('rejects a place inside itself', () => {
    const error = only(
      validateText(seed({ places: '  - id: loop\n    name: Loop\n    kind: REGION\n    within: loop\n' })).errors,
    );
    expect(error.path).toBe('places[1].within');
  });
});

describe('validateDocument', () => {
  it('holds documents built in memory to the same rules', () => {
    const doc = emptyDocument();
    doc.parties.push({
      id: 'Bad Id',
      type: 'Person',
      name: 'X',
      aliases: [],
      description: null,
      country: 'nowhere',
      kind: null,
      unknown: false,
    });
    doc.relationships.push({
      id: 'a:OPPOSES:b',
      type: 'OPPOSES',
      from: 'a',
      to: 'b',
      status: 'STATED',
      role: null,
      date: null,
      evidence: [],
      derivedFrom: [],
      note: null,
    });
    const paths = validateDocument(doc, '<synth>').errors.map((e) => `${e.file} ${e.path}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        '<synth> parties[0].id',
        '<synth> relationships[0].from',
        '<synth> relationships[0].to',
        '<synth> relationships[0].evidence',
      ]),
    );
  });

  it('accepts what it reads back from a valid seed file', () => {
    const { document } = validateFiles([COMPLETE]);
    expect(validateDocument(document).errors).toEqual([]);
  });
});
