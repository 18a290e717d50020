import { describe, expect, it } from 'vitest';
import type { NodeType } from '../../core/domain/vocabulary.js';
import { normaliseName, parseActorName } from '../../graph-seed/identity/names.js';
import { type IdentitySnapshot, type KnownParty, Registry } from '../../graph-seed/identity/registry.js';
import { importAcledText } from '../../graph-seed/import/acled.js';

const HEADER =
  'event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,country,location,notes';

function party(id: string, name: string, fields: Partial<KnownParty> = {}): KnownParty {
  return { id, type: 'Organisation', name, aliases: [], kind: null, country: null, ...fields };
}

/** A database as the identity layer sees it: a few parties and places of the seed graph. */
function snapshot(extra: KnownParty[] = []): IdentitySnapshot {
  const parties = [
    party('united-states', 'United States', {
      kind: 'STATE',
      aliases: ['US', 'Washington'],
      country: 'united-states-country',
    }),
    party('us-forces', 'US forces', {
      kind: 'ARMED_FORCES',
      aliases: ['US military'],
      country: 'united-states-country',
    }),
    party('iran', 'Iran', { kind: 'STATE' }),
    party('isis', 'Islamic State', { aliases: ['ISIS'], kind: 'OTHER' }),
    party('pmf', 'Popular Mobilization Forces', { aliases: ['PMF'], kind: 'MILITIA' }),
    ...extra,
  ];
  const places = [
    { id: 'united-states-country', name: 'United States', aliases: ['US'], kind: 'COUNTRY' as const, within: null },
  ];
  const nodeTypes = new Map<string, NodeType>([
    ...parties.map((p): [string, NodeType] => [p.id, p.type]),
    ['united-states-country', 'Place'],
  ]);
  return { parties, places, nodeTypes, partOf: new Set() };
}

function rows(...lines: string[][]): string {
  return [
    HEADER,
    ...lines.map((l) => l.map((v) => (/[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(',')),
  ].join('\n');
}

function battle(
  id: string,
  actor1: string,
  actor2: string,
  country = 'Iraq',
  extra: Partial<Record<'assoc1', string>> = {},
) {
  return [
    id,
    '2024-01-27',
    '1',
    'Battles',
    'Armed clash',
    actor1,
    extra.assoc1 ?? '',
    '1',
    actor2,
    '',
    '2',
    country,
    'Somewhere',
    `Fighting ${id}.`,
  ];
}

describe('actor names', () => {
  it('reads ACLED naming conventions', () => {
    expect(parseActorName('Military Forces of Iraq (2018-) Popular Mobilization Forces')).toEqual({
      form: 'state-force',
      force: 'military',
      state: 'Iraq',
      years: '2018-',
      unit: 'Popular Mobilization Forces',
    });
    expect(parseActorName('Police Forces of the United States (2021-)')).toMatchObject({
      force: 'police',
      state: 'United States',
      unit: null,
    });
    expect(parseActorName('Government of Iraq (2022-)')).toEqual({ form: 'government', state: 'Iraq' });
    expect(parseActorName('Unidentified Armed Group (Iraq)')).toEqual({ form: 'unidentified', country: 'Iraq' });
    expect(parseActorName('Civilians (Iraq)')).toEqual({ form: 'victims', category: 'Civilians', country: 'Iraq' });
    expect(parseActorName('Islamic State (Iraq)')).toEqual({
      form: 'qualified',
      base: 'Islamic State',
      qualifier: 'Iraq',
    });
    expect(parseActorName('Kataib Hezbollah')).toEqual({ form: 'plain' });
  });

  it('normalises case, accents, apostrophes, "the" and spans of years', () => {
    expect(normaliseName('Military Forces of the United States (2017-)')).toBe('military forces of united states');
    expect(normaliseName('Mohammed Shia’ al-Sudani')).toBe(normaliseName('mohammed shia al sudani'));
    expect(normaliseName('Hayʼat Tahrir al-Shām')).toBe('hayat tahrir al sham');
  });
});

describe('resolving ACLED actors against the parties already in the graph', () => {
  it('links armed forces to the existing force of their state, and the state with PART_OF only when not yet linked', () => {
    const registry = new Registry(snapshot());
    const result = importAcledText(
      {
        file: 'a.csv',
        text: rows(battle('IRQ1', 'Military Forces of the United States (2017-)', 'Islamic State (Iraq)')),
      },
      { registry },
    );
    const byName = new Map(result.resolutions.map((r) => [r.name, r]));
    expect(byName.get('Military Forces of the United States (2017-)')).toMatchObject({
      id: 'us-forces',
      rule: 'armed-forces-of-state',
      matched: 'US forces',
      created: false,
    });
    expect(byName.get('Islamic State (Iraq)')).toMatchObject({
      id: 'isis',
      rule: 'qualified-name',
      matched: 'Islamic State',
    });
    // Linked parties are referred to, never rewritten: the document holds none of them.
    expect(result.document.parties.map((p) => p.id)).not.toContain('us-forces');
    const partOf = result.document.relationships.find((r) => r.type === 'PART_OF');
    expect(partOf).toMatchObject({ from: 'us-forces', to: 'united-states', status: 'DERIVED' });
    expect(partOf?.note).toContain('Military Forces of the United States (2017-)');
    const carried = result.document.relationships.find((r) => r.type === 'CARRIED_OUT');
    expect(carried?.note).toBe(
      'ACLED actor "Military Forces of the United States (2017-)" resolved to us-forces (armed-forces-of-state "US forces").',
    );
  });

  it('matches exact aliases and normalised names, and finds a unit of a state force by its own name', () => {
    const registry = new Registry(snapshot());
    const result = importAcledText(
      {
        file: 'a.csv',
        text: rows(
          battle('IRQ1', 'US military', 'ISIS'),
          battle('IRQ2', 'the islamic state', 'Military Forces of Iraq (2018-) Popular Mobilization Forces'),
        ),
      },
      { registry },
    );
    const byName = new Map(result.resolutions.map((r) => [r.name, r]));
    expect(byName.get('US military')).toMatchObject({ id: 'us-forces', rule: 'exact-alias' });
    expect(byName.get('ISIS')).toMatchObject({ id: 'isis', rule: 'exact-alias' });
    expect(byName.get('the islamic state')).toMatchObject({ id: 'isis', rule: 'normalised', matched: 'Islamic State' });
    expect(byName.get('Military Forces of Iraq (2018-) Popular Mobilization Forces')).toMatchObject({
      id: 'pmf',
      rule: 'unit-of-state-force',
    });
    const unitOf = result.document.relationships.find((r) => r.type === 'PART_OF' && r.from === 'pmf');
    expect(unitOf?.to).toBe(byName.get('Military Forces of Iraq (2018-)')?.id);
  });

  it('reports an ambiguous name with its candidates and keeps it apart instead of guessing', () => {
    const registry = new Registry(
      snapshot([
        party('global-coalition', 'Global coalition against ISIS', { aliases: ['the coalition'] }),
        party('saudi-led-coalition', 'Saudi-led coalition', { aliases: ['The Coalition'] }),
      ]),
    );
    const result = importAcledText(
      { file: 'a.csv', text: rows(battle('YEM1', 'Coalition', 'ISIS', 'Yemen')) },
      { registry },
    );
    const coalition = result.resolutions.find((r) => r.name === 'Coalition');
    expect(coalition).toMatchObject({
      rule: 'ambiguous',
      candidates: ['global-coalition', 'saudi-led-coalition'],
      created: true,
    });
    expect(coalition?.id).toBe('coalition');
    expect(result.document.parties.map((p) => p.id)).toContain('coalition');
  });

  it('gives a new node a distinct id when its slug is taken by a node of another type, never relabelling it', () => {
    const registry = new Registry(snapshot());
    const result = importAcledText(
      {
        file: 'a.csv',
        text: rows(battle('IRN1', 'Military Forces of Iran (1989-)', 'Unidentified Armed Group (Iran)', 'Iran')),
      },
      { registry },
    );
    // The organisation "iran" exists, so ACLED's country Iran becomes a place of its own id.
    expect(result.document.places.find((p) => p.name === 'Iran')).toMatchObject({
      id: 'iran-country',
      kind: 'COUNTRY',
    });
    expect(result.document.parties.map((p) => p.id)).not.toContain('iran');
    // Iran's armed forces are new, and PART_OF the existing state.
    const force = result.resolutions.find((r) => r.name === 'Military Forces of Iran (1989-)');
    expect(force).toMatchObject({ id: 'military-forces-of-iran-1989', rule: 'new' });
    expect(result.document.relationships).toContainEqual(
      expect.objectContaining({ type: 'PART_OF', from: 'military-forces-of-iran-1989', to: 'iran' }),
    );
  });

  it('keeps victims and protesters as categories, never opposed, and marks unidentified groups unknown', () => {
    const result = importAcledText({
      file: 'a.csv',
      text: rows([
        'IRQ1',
        '2024-01-27',
        '1',
        'Violence against civilians',
        'Attack',
        'Unidentified Armed Group (Iraq)',
        '',
        '3',
        'Civilians (Iraq)',
        '',
        '7',
        'Iraq',
        'Mosul',
        'Gunmen killed a man.',
      ]),
    });
    expect(result.document.relationships.filter((r) => r.type === 'OPPOSES')).toEqual([]);
    expect(result.document.parties.find((p) => p.id === 'unidentified-armed-group-iraq')?.unknown).toBe(true);
    expect(result.resolutions.find((r) => r.name === 'Civilians (Iraq)')?.victim).toBe(true);
  });
});
