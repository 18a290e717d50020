import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { RelationshipRecord } from '../../core/domain/records.js';
import { importAcled, importAcledText } from '../../graph-seed/import/acled.js';
import type { ImportResult } from '../../graph-seed/import/result.js';
import { formatValidationErrors, validateDocument } from '../../graph-seed/validate/index.js';

const SAMPLE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'graph-seed',
  'fixtures',
  'acled-sample.csv',
);

const COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
] as const;
type Row = Partial<Record<(typeof COLUMNS)[number], string>>;

let counter = 0;
/** An ACLED row with plausible defaults; each test overrides what it is about. */
function row(overrides: Row = {}): Row {
  counter++;
  return {
    event_id_cnty: `IRQ${1000 + counter}`,
    event_date: '2024-01-27',
    year: '2024',
    time_precision: '1',
    event_type: 'Battles',
    sub_event_type: 'Armed clash',
    actor1: 'Military Forces of Iraq (2022-)',
    inter1: '1',
    actor2: 'Islamic State (Iraq)',
    inter2: '2',
    country: 'Iraq',
    admin1: 'Kirkuk',
    location: 'Kirkuk',
    source: 'Example Wire',
    notes: `On 27 January 2024, Iraqi forces clashed with IS militants near Kirkuk (test ${counter}).`,
    fatalities: '0',
    timestamp: '1706400000',
    ...overrides,
  };
}

function csv(rows: Row[]): string {
  const quote = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => quote(r[c] ?? '')).join(','))].join('\n');
}

function load(rows: Row[], options = {}): ImportResult {
  return importAcledText({ file: 'acled.csv', text: csv(rows) }, options);
}

/** Relationship types around the row's event, as `TYPE party` from the event's point of view. */
function around(result: ImportResult): string[] {
  const event = result.document.events[0]?.id ?? '';
  return result.document.relationships
    .filter((r) => r.from === event || r.to === event)
    .map((r) => (r.to === event ? `${r.from} ${r.type}` : `${r.type} ${r.to}`));
}

function opposes(result: ImportResult): RelationshipRecord[] {
  return result.document.relationships.filter((r) => r.type === 'OPPOSES');
}

describe('importAcled: event types', () => {
  const cases: {
    event_type: string;
    sub_event_type: string;
    type: string;
    method: string | null;
    links: string[];
    opposes: string[];
  }[] = [
    {
      event_type: 'Battles',
      sub_event_type: 'Armed clash',
      type: 'Attack',
      method: 'armed clash',
      links: ['military-forces-of-iraq-2022 CARRIED_OUT', 'TARGETED islamic-state-iraq'],
      opposes: ['military-forces-of-iraq-2022>islamic-state-iraq', 'islamic-state-iraq>military-forces-of-iraq-2022'],
    },
    {
      event_type: 'Explosions/Remote violence',
      sub_event_type: 'Air/drone strike',
      type: 'Strike',
      method: 'air/drone strike',
      links: ['military-forces-of-iraq-2022 CARRIED_OUT', 'TARGETED islamic-state-iraq'],
      opposes: ['military-forces-of-iraq-2022>islamic-state-iraq'],
    },
    {
      event_type: 'Explosions/Remote violence',
      sub_event_type: 'Shelling/artillery/missile attack',
      type: 'Attack',
      method: 'shelling/artillery/missile attack',
      links: ['military-forces-of-iraq-2022 CARRIED_OUT', 'TARGETED islamic-state-iraq'],
      opposes: ['military-forces-of-iraq-2022>islamic-state-iraq'],
    },
    {
      event_type: 'Violence against civilians',
      sub_event_type: 'Attack',
      type: 'Attack',
      method: 'attack',
      links: ['military-forces-of-iraq-2022 CARRIED_OUT', 'TARGETED islamic-state-iraq'],
      opposes: ['military-forces-of-iraq-2022>islamic-state-iraq'],
    },
    {
      event_type: 'Riots',
      sub_event_type: 'Mob violence',
      type: 'Attack',
      method: 'mob violence',
      links: ['military-forces-of-iraq-2022 CARRIED_OUT', 'TARGETED islamic-state-iraq'],
      opposes: ['military-forces-of-iraq-2022>islamic-state-iraq'],
    },
    {
      event_type: 'Protests',
      sub_event_type: 'Protest with intervention',
      type: 'Statement',
      method: null,
      links: ['military-forces-of-iraq-2022 STATED', 'islamic-state-iraq PARTICIPATED_IN'],
      opposes: [],
    },
    {
      event_type: 'Strategic developments',
      sub_event_type: 'Agreement',
      type: 'Statement',
      method: null,
      links: ['military-forces-of-iraq-2022 STATED', 'islamic-state-iraq STATED'],
      opposes: [],
    },
    {
      event_type: 'Strategic developments',
      sub_event_type: 'Arrests',
      type: 'Attack',
      method: 'arrests',
      links: ['military-forces-of-iraq-2022 CARRIED_OUT', 'TARGETED islamic-state-iraq'],
      opposes: ['military-forces-of-iraq-2022>islamic-state-iraq'],
    },
    {
      event_type: 'Strategic developments',
      sub_event_type: 'Disrupted weapons use',
      type: 'Attack',
      method: 'disrupted weapons use',
      links: ['military-forces-of-iraq-2022 PARTICIPATED_IN', 'islamic-state-iraq PARTICIPATED_IN'],
      opposes: [],
    },
    {
      event_type: 'Strategic developments',
      sub_event_type: 'Non-violent transfer of territory',
      type: 'Transition',
      method: null,
      links: ['military-forces-of-iraq-2022 CARRIED_OUT', 'islamic-state-iraq PARTICIPATED_IN'],
      opposes: [],
    },
    {
      event_type: 'Strategic developments',
      sub_event_type: 'Other',
      type: 'Statement',
      method: null,
      links: ['military-forces-of-iraq-2022 STATED', 'islamic-state-iraq PARTICIPATED_IN'],
      opposes: [],
    },
  ];

  for (const c of cases) {
    it(`maps ${c.event_type} / ${c.sub_event_type} to a ${c.type}${c.opposes.length ? ' with derived opposition' : ''}`, () => {
      const result = load([row({ event_type: c.event_type, sub_event_type: c.sub_event_type })]);
      expect(result.rejected).toEqual([]);
      expect(result.document.events[0]).toMatchObject({ type: c.type, method: c.method });
      expect(around(result).sort()).toEqual(c.links.sort());
      expect(opposes(result).map((o) => `${o.from}>${o.to}`)).toEqual(c.opposes);
      const { errors } = validateDocument(result.document);
      expect(errors, formatValidationErrors(errors)).toEqual([]);
    });
  }

  it('rejects an event type ACLED does not have, naming the expected ones', () => {
    const result = load([row({ event_type: 'Picnics' })]);
    expect(result.rejected).toEqual([
      expect.objectContaining({
        path: 'event_type',
        line: 2,
        value: 'Picnics',
        message: expect.stringContaining('Battles'),
      }),
    ]);
    expect(result.document.events).toEqual([]);
  });
});

describe('importAcled: actors', () => {
  it('makes one party per actor name across rows, and one OPPOSES derived from every event of the pair', () => {
    const result = load([
      row({
        event_type: 'Battles',
        sub_event_type: 'Armed clash',
        actor1: 'Islamic State (Iraq)',
        actor2: 'Kurdish Regional Government',
        event_date: '2024-01-03',
      }),
      row({
        event_type: 'Explosions/Remote violence',
        sub_event_type: 'Remote explosive/landmine/IED',
        actor1: 'Islamic State (Iraq)',
        actor2: 'Kurdish Regional Government',
        event_date: '2024-02-10',
      }),
    ]);
    const { parties, events } = result.document;
    expect(parties.map((p) => p.id)).toEqual(['islamic-state-iraq', 'kurdish-regional-government']);
    const o = opposes(result).find((r) => r.from === 'islamic-state-iraq');
    expect(opposes(result)).toHaveLength(2);
    expect(o).toMatchObject({
      id: 'islamic-state-iraq:OPPOSES:kurdish-regional-government:acled-acled',
      status: 'DERIVED',
      evidence: [],
      date: { precision: 'PERIOD', start: '2024-01-03', end: '2024-02-10' },
    });
    expect(o?.derivedFrom).toEqual(
      events.flatMap((e) => [`islamic-state-iraq:CARRIED_OUT:${e.id}`, `${e.id}:TARGETED:kurdish-regional-government`]),
    );
    expect(o?.note).toContain('1 hostile act against Kurdish Regional Government and fought');
  });

  it('keeps civilians a category of victims: targeted, never an opposed party', () => {
    const result = load([
      row({
        event_type: 'Violence against civilians',
        sub_event_type: 'Attack',
        actor1: 'Islamic State (Iraq)',
        actor2: 'Civilians (Iraq)',
      }),
    ]);
    expect(around(result).sort()).toEqual(['TARGETED civilians-iraq', 'islamic-state-iraq CARRIED_OUT']);
    expect(opposes(result)).toEqual([]);
    expect(result.document.parties.find((p) => p.id === 'civilians-iraq')?.description).toMatch(
      /category ACLED uses for unarmed victims/,
    );
  });

  it('marks an unidentified armed group as an unknown party', () => {
    const result = load([row({ actor1: 'Unidentified Armed Group (Iraq)', inter1: '3' })]);
    expect(result.document.parties[0]).toMatchObject({
      id: 'unidentified-armed-group-iraq',
      unknown: true,
      kind: 'MILITIA',
    });
    expect(result.document.parties[1]?.unknown).toBe(false);
  });

  it('reads the actor type from numeric or worded inter codes', () => {
    const result = load([row({ actor1: 'Peshmerga', inter1: 'State forces', actor2: 'Sons of Iraq', inter2: '6' })]);
    expect(result.document.parties.map((p) => p.kind)).toEqual(['ARMED_FORCES', 'OTHER']);
  });

  it('lets associated actors take part, and makes those with the target targets too', () => {
    const result = load([
      row({
        event_type: 'Explosions/Remote violence',
        sub_event_type: 'Air/drone strike',
        assoc_actor_1: 'Iraqi Air Force; Popular Mobilization Forces',
        assoc_actor_2: 'Civilians (Iraq)',
      }),
    ]);
    expect(around(result).sort()).toEqual(
      [
        'military-forces-of-iraq-2022 CARRIED_OUT',
        'iraqi-air-force PARTICIPATED_IN',
        'popular-mobilization-forces PARTICIPATED_IN',
        'TARGETED islamic-state-iraq',
        'TARGETED civilians-iraq',
      ].sort(),
    );
    expect(opposes(result).map((o) => o.id)).toEqual([
      'military-forces-of-iraq-2022:OPPOSES:islamic-state-iraq:acled-acled',
    ]);
  });

  it('handles a one-sided event (no actor2) without inventing a target', () => {
    const result = load([
      row({
        event_type: 'Protests',
        sub_event_type: 'Peaceful protest',
        actor1: 'Protesters (Iraq)',
        actor2: '',
        inter2: '',
      }),
    ]);
    expect(result.rejected).toEqual([]);
    expect(result.document.parties.map((p) => p.id)).toEqual(['protesters-iraq']);
    expect(around(result)).toEqual(['protesters-iraq STATED']);
  });
});

describe('importAcled: dates', () => {
  it('reads 2024-01-27, 27 January 2024, 29-Feb-2024 and 3 Sept 2023 as days', () => {
    const result = load([
      row({ event_date: '2024-01-27' }),
      row({ event_date: '27 January 2024' }),
      row({ event_date: '29-Feb-2024' }),
      row({ event_date: '3 Sept 2023', year: '2023' }),
    ]);
    expect(result.rejected).toEqual([]);
    expect(result.document.events.map((e) => e.date?.value)).toEqual([
      '2024-01-27',
      '2024-01-27',
      '2024-02-29',
      '2023-09-03',
    ]);
  });

  it('keeps a week-precise date as a period of the week around it, and a month-precise one as the month', () => {
    const result = load([
      row({ event_date: '2024-03-01', time_precision: '2' }),
      row({ event_date: '15 February 2024', time_precision: '3' }),
    ]);
    expect(result.document.events.map((e) => e.date)).toEqual([
      { precision: 'PERIOD', value: 'week around 2024-03-01', start: '2024-02-27', end: '2024-03-04' },
      { precision: 'MONTH', value: '2024-02', start: '2024-02', end: '2024-02' },
    ]);
  });

  it('rejects impossible or unreadable dates, unknown precisions and a year that disagrees, by line', () => {
    const result = load([
      row(),
      row({ event_date: '31 February 2024' }),
      row({ event_date: 'last Tuesday' }),
      row({ time_precision: '4' }),
      row({ year: '2023' }),
    ]);
    expect(result.rejected.map((r) => [r.line, r.path, r.value])).toEqual([
      [3, 'event_date', '31 February 2024'],
      [4, 'event_date', 'last Tuesday'],
      [5, 'time_precision', '4'],
      [6, 'year', '2023'],
    ]);
    expect(result.rejected[0]?.message).toContain('day 31 does not exist');
    expect(result.document.events).toHaveLength(1);
  });
});

describe('importAcled: places, evidence and row checks', () => {
  it('puts the event in its location, a city within its country', () => {
    const result = load([row({ location: 'Jalawla', country: 'Iraq' })]);
    expect(result.document.places).toEqual([
      { id: 'iraq', name: 'Iraq', kind: 'COUNTRY', aliases: [], within: null },
      { id: 'jalawla-iraq', name: 'Jalawla', kind: 'CITY', aliases: [], within: 'iraq', admin1: 'Kirkuk' },
    ]);
    expect(result.document.events[0]?.place).toBe('jalawla-iraq');
  });

  it('cites one source per row whose text is the notes, and quotes the notes for every stated edge', () => {
    const notes = 'On 28 January 2024, a drone struck a base near Erbil, "no casualties" were reported.';
    const result = load([
      row({ event_id_cnty: 'IRQ77', notes, source: 'Example Wire; Example Daily', fatalities: '3' }),
    ]);
    const [source] = result.document.sources;
    expect(source).toMatchObject({
      id: 'acled-irq77',
      title: 'ACLED IRQ77',
      text: notes,
      outlet: 'Example Wire; Example Daily',
      published: { value: '2024-01-27' },
    });
    expect(result.document.events[0]).toMatchObject({ id: 'acled-event-irq77', summary: notes, fatalities: 3 });
    const stated = result.document.relationships.filter((r) => r.status === 'STATED');
    expect(stated.length).toBeGreaterThan(0);
    for (const r of stated) expect(r.evidence).toEqual([{ source: 'acled-irq77', quote: notes }]);
  });

  it('with sourceId, cites one source holding every accepted row’s notes', () => {
    const result = load([row(), row(), row({ event_date: 'never' })], { sourceId: 'acled-export-2024' });
    expect(result.document.sources).toHaveLength(1);
    const [source] = result.document.sources;
    expect(source?.id).toBe('acled-export-2024');
    for (const r of result.document.relationships.filter((x) => x.status === 'STATED')) {
      expect(r.evidence[0]?.source).toBe('acled-export-2024');
      expect(source?.text).toContain(r.evidence[0]?.quote);
    }
    expect(source?.text).not.toContain(`test ${counter})`);
    expect(validateDocument(result.document).errors).toEqual([]);
  });

  it('rejects rows without notes, actor1 or a valid fatality count, and a repeated event id', () => {
    const result = load([
      row({ event_id_cnty: 'IRQ1' }),
      row({ notes: '  ' }),
      row({ actor1: '' }),
      row({ fatalities: 'many' }),
      row({ event_id_cnty: 'IRQ1' }),
    ]);
    expect(result.rejected.map((r) => [r.line, r.path])).toEqual([
      [3, 'notes'],
      [4, 'actor1'],
      [5, 'fatalities'],
      [6, 'event_id_cnty'],
    ]);
    expect(result.rejected[3]?.message).toContain('already appears on line 2');
  });

  it('refuses a file that is not an ACLED export', () => {
    const result = importAcledText({ file: 'people.csv', text: 'name,age\nAna,3\n' });
    expect(result.rejected).toEqual([
      expect.objectContaining({
        path: 'header',
        line: 1,
        message: expect.stringContaining('missing columns event_id_cnty'),
      }),
    ]);
    expect(result.document.events).toEqual([]);
  });
});

describe('importAcled (fixture file)', () => {
  it('imports the synthetic Iraq/Syria sample into a document that passes the validator', async () => {
    const result = await importAcled(SAMPLE);
    expect(result.rejected).toEqual([]);
    const doc = result.document;
    expect(doc.events).toHaveLength(13);
    expect(doc.sources).toHaveLength(13);
    expect(new Set(doc.events.map((e) => e.type))).toEqual(new Set(['Attack', 'Strike', 'Statement', 'Transition']));
    const iri = doc.relationships.find(
      (r) => r.id === 'islamic-resistance-in-iraq:OPPOSES:military-forces-of-the-united-states-2021:acled-acled-sample',
    );
    expect(iri?.derivedFrom).toHaveLength(4);
    const { errors } = validateDocument(doc, SAMPLE);
    expect(errors, formatValidationErrors(errors)).toEqual([]);
  });
});
