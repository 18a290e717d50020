/**
 * The first article's seed file, read as a reviewer would: every quote is copied exactly from the
 * article, every edge is either quoted or derived from quoted edges, and the facts a reader would
 * check (dates, who signed or passed what, what is binding) match the text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../../core/project-root.js';
import { validateFiles } from '../../graph-seed/validate/index.js';

const ROOT = projectRoot();
const SEED = path.join(ROOT, 'graph-seed', 'data', '000_35d4d6e122a937a3.yaml');
const SOURCE_ID = 'src-35d4d6e122a937a3';

type Raw = Record<string, unknown>;
interface Evidence {
  source: string;
  quote: string;
}
interface Relationship {
  type: string;
  from: string;
  to: string;
  key?: string;
  status?: string;
  date?: unknown;
  role?: string;
  evidence?: Evidence[];
  derivedFrom?: string[];
}

const seed = parse(readFileSync(SEED, 'utf8')) as {
  sources: Raw[];
  places: Raw[];
  parties: Raw[];
  events: Raw[];
  relationships: Relationship[];
};
const source = seed.sources.find((s) => s.id === SOURCE_ID) as Raw;
const text = readFileSync(path.join(path.dirname(SEED), String(source.textFile)), 'utf8');

const idOf = (r: Relationship) => [r.from, r.type, r.to, ...(r.key ? [r.key] : [])].join(':');
const relationships = seed.relationships.map((r) => ({ ...r, id: idOf(r) }));
const byId = new Map(relationships.map((r) => [r.id, r]));
const nodes = new Map<string, Raw>([...seed.places, ...seed.parties, ...seed.events].map((n) => [String(n.id), n]));

function node(id: string): Raw {
  const n = nodes.get(id);
  if (!n) throw new Error(`no node ${id} in the seed`);
  return n;
}

/** Relationships of `type`, optionally only those from or to a node. */
function edges(type: string, ends: { from?: string; to?: string } = {}) {
  return relationships.filter(
    (r) =>
      r.type === type &&
      (ends.from === undefined || r.from === ends.from) &&
      (ends.to === undefined || r.to === ends.to),
  );
}

describe('the seed file of "Sudani presides over Iraq-US meeting on coalition’s future"', () => {
  it('passes the seed validator without a single error', () => {
    const { errors } = validateFiles([SEED]);
    expect(errors.map((e) => `${e.path}: ${e.message}`)).toEqual([]);
  });

  it('quotes the article byte for byte in every piece of evidence', () => {
    const quotes = relationships.flatMap((r) => (r.evidence ?? []).map((e) => ({ id: r.id, ...e })));
    expect(quotes.length).toBeGreaterThan(50);
    const missing = quotes.filter((q) => q.source !== SOURCE_ID || !text.includes(q.quote));
    expect(missing).toEqual([]);
  });

  it('gives every stated relationship evidence and every derived one existing bases', () => {
    for (const r of relationships) {
      if (r.status === 'DERIVED') {
        expect(r.evidence ?? [], r.id).toEqual([]);
        expect(r.derivedFrom?.length, r.id).toBeGreaterThan(0);
        for (const base of r.derivedFrom ?? []) expect(byId.has(base), `${r.id} <- ${base}`).toBe(true);
      } else {
        expect(r.status ?? 'STATED', r.id).toBe('STATED');
        expect(r.evidence?.length, r.id).toBeGreaterThan(0);
      }
    }
  });

  it('connects only nodes that exist, under unique readable ids', () => {
    const ids = [...seed.sources, ...seed.places, ...seed.parties, ...seed.events].map((n) => String(n.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(new Set(relationships.map((r) => r.id)).size).toBe(relationships.length);
    for (const r of relationships) {
      expect(nodes.has(r.from), r.id).toBe(true);
      expect(nodes.has(r.to), r.id).toBe(true);
    }
  });

  it('records the source as published on 27 January 2024 by an outlet it does not guess', () => {
    expect(source.outlet).toBeNull();
    expect(source.published).toBe('2024-01-27');
    expect(source.updated).toBe('2024-01-27 19:07');
    expect(source.title).toBe('Sudani presides over Iraq-US meeting on coalition’s future');
  });

  it('has Sudani preside over the first HMC meeting on Saturday, without placing it in Erbil', () => {
    const [presided] = edges('PRESIDED_OVER', { from: 'mohammed-shia-al-sudani' });
    expect(presided?.to).toBe('hmc-first-meeting');
    expect(presided?.date).toBe('2024-01-27');
    expect(node('hmc-first-meeting').date).toBe('2024-01-27');
    expect(edges('PART_OF', { from: 'hmc-first-meeting' }).map((r) => r.to)).toEqual(['hmc']);
    const inErbil = seed.events
      .filter((e) => e.place === 'erbil')
      .concat(edges('OCCURRED_IN', { to: 'erbil' }) as Raw[]);
    expect(inErbil).toEqual([]);
  });

  it('has Sabrina Singh speak for the Pentagon as its deputy press secretary on Thursday', () => {
    const [represents] = edges('REPRESENTS', { from: 'sabrina-singh' });
    expect(represents?.to).toBe('pentagon');
    expect(represents?.role).toBe('Deputy Pentagon Press Secretary');
    expect(represents?.date).toBe('2024-01-25');
    expect(node('singh-no-withdrawal-request').date).toBe('2024-01-25');
  });

  it('keeps the petition apart from the binding resolution it calls for', () => {
    const petition = node('mps-petition');
    expect(petition.resolutionKind).toBe('PETITION');
    expect(petition.binding ?? null).not.toBe(true);
    expect(petition.date).toBe('2024-01');
    const called = edges('CALLED_FOR', { from: 'mps-petition' }).map((r) => node(r.to));
    expect(called).toHaveLength(1);
    expect(called[0]).toMatchObject({ type: 'Resolution', resolutionKind: 'RESOLUTION', binding: true });
    const signers = edges('SIGNED', { to: 'mps-petition' }).map((r) => node(r.from));
    expect(signers.map((s) => s.name)).toEqual(['Around 100 members of the Iraqi parliament']);
    expect(edges('MEMBER_OF', { from: String(signers[0]?.id) }).map((r) => r.to)).toEqual(['iraqi-parliament']);
  });

  it('has the Iraqi parliament pass a non-binding resolution in January 2020', () => {
    const passed = edges('PASSED', { from: 'iraqi-parliament' }).map((r) => node(r.to));
    expect(passed).toHaveLength(1);
    expect(passed[0]).toMatchObject({ resolutionKind: 'RESOLUTION', binding: false, date: '2020-01' });
  });

  it('dates the assassination as the period "early 2020", never as a day', () => {
    const assassination = node('soleimani-muhandis-assassination');
    expect(assassination.date).toMatchObject({ label: 'early 2020', start: '2020-01' });
    expect(typeof assassination.date).toBe('object');
    const killed = edges('KILLED', { from: 'soleimani-muhandis-assassination' })
      .map((r) => r.to)
      .sort();
    expect(killed).toEqual(['abu-mahdi-al-muhandis', 'qasem-soleimani']);
    expect(assassination.place).toBe('baghdad');
  });

  it('dates the militia attacks "since mid-October 2023" as a period still open', () => {
    expect(node('militia-attacks-on-us-forces').date).toEqual({
      label: 'since mid-October 2023',
      start: '2023-10',
      end: null,
    });
    expect(edges('CARRIED_OUT', { to: 'militia-attacks-on-us-forces' }).map((r) => r.from)).toEqual([
      'iraqi-militia-groups',
    ]);
  });

  it('writes no made-up day: every day-precise date is Saturday, Thursday or not in the text at all', () => {
    const dates = [...seed.events.map((e) => e.date), ...relationships.map((r) => r.date)];
    const days = dates.filter((d): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d));
    expect(new Set(days)).toEqual(new Set(['2024-01-27', '2024-01-25']));
  });

  it('gives Washington, the US and the United States one node, and Baghdad and the Iraqi government another', () => {
    const withAlias = (alias: string) =>
      seed.parties
        .filter((p) => p.name === alias || ((p.aliases as string[] | undefined) ?? []).includes(alias))
        .map((p) => p.id);
    expect(withAlias('Washington')).toEqual(['united-states']);
    expect(withAlias('US')).toEqual(['united-states']);
    expect(withAlias('Baghdad')).toEqual(['iraqi-government']);
    expect(withAlias('ISIS')).toEqual(['isis']);
  });

  it('derives who opposes whom only from stated acts', () => {
    const derivedOpposes = edges('OPPOSES').filter((r) => r.status === 'DERIVED');
    expect(derivedOpposes.map((r) => `${r.from}>${r.to}`)).toEqual(
      expect.arrayContaining([
        'iraqi-militia-groups>united-states',
        'united-states>iraqi-militia-groups',
        'iraqi-government>united-states',
      ]),
    );
    const baghdad = byId.get('iraqi-government:OPPOSES:united-states');
    expect(baghdad?.derivedFrom).toEqual(
      expect.arrayContaining([
        'iraqi-government:CONDEMNED:us-retaliatory-strikes',
        'united-states:CARRIED_OUT:us-retaliatory-strikes',
      ]),
    );
    for (const r of derivedOpposes) {
      for (const base of r.derivedFrom ?? [])
        expect(byId.get(base)?.status ?? 'STATED', `${r.id} <- ${base}`).toBe('STATED');
    }
  });
});
