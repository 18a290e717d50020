import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../core/domain/records.js';
import { EVENT_TYPES } from '../../core/domain/vocabulary.js';
import { Random, zipfPicker } from '../../graph-seed/synth/random.js';
import { synthesize } from '../../graph-seed/synth/synth.js';
import { formatValidationErrors, validateDocument } from '../../graph-seed/validate/index.js';

function expectValid(doc: GraphDocument): void {
  const { errors } = validateDocument(doc, 'synth');
  expect(errors, formatValidationErrors(errors.slice(0, 20))).toEqual([]);
}

describe('Random', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const draw = (seed: number) => {
      const r = new Random(seed);
      return Array.from({ length: 5 }, () => r.next());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    for (const x of draw(123)) expect(x >= 0 && x < 1).toBe(true);
  });

  it('draws Zipf-weighted items so the favourite is picked far more often than the median', () => {
    const r = new Random(1);
    const items = Array.from({ length: 100 }, (_, i) => i);
    const picker = zipfPicker(r, items);
    const counts = new Map<number, number>();
    for (let i = 0; i < 20_000; i++) {
      const x = picker.pick(r);
      counts.set(x, (counts.get(x) ?? 0) + 1);
    }
    const sorted = [...counts.values()].sort((a, b) => b - a);
    expect(sorted[0]).toBeGreaterThan(10 * (sorted[50] ?? 0));
  });
});

describe('synthesize', () => {
  const medium = synthesize({ parties: 300, events: 800, seed: 11 });

  it('gives the identical document for the same seed', () => {
    expect(JSON.stringify(synthesize({ parties: 300, events: 800, seed: 11 }))).toBe(JSON.stringify(medium));
  });

  it('gives a different document for a different seed', () => {
    const other = synthesize({ parties: 300, events: 800, seed: 12 });
    expect(other.parties.map((p) => p.name)).not.toEqual(medium.parties.map((p) => p.name));
    expect(other.relationships.length).not.toBe(medium.relationships.length);
  });

  it('makes exactly the requested numbers of parties and events', () => {
    for (const [parties, events] of [
      [0, 0],
      [2, 5],
      [3, 10],
      [7, 0],
      [50, 200],
    ] as const) {
      const doc = synthesize({ parties, events, seed: parties + events });
      expect([doc.parties.length, doc.events.length]).toEqual([parties, events]);
      expectValid(doc);
    }
  });

  it('refuses sizes it cannot honour', () => {
    expect(() => synthesize({ parties: 1, events: 3, seed: 1 })).toThrow(/at least 2 parties/);
    expect(() => synthesize({ parties: -1, events: 0, seed: 1 })).toThrow(/parties/);
    expect(() => synthesize({ parties: 10, events: 1.5, seed: 1 })).toThrow(/events/);
  });

  it('passes the seed validator: unique ids, allowed endpoints, quotes found in their sources', () => {
    expectValid(medium);
  });

  it('writes one source for every 50 events, and every quote is a sentence of its source', () => {
    expect(medium.sources).toHaveLength(16);
    const text = new Map(medium.sources.map((s) => [s.id, s.text]));
    for (const r of medium.relationships) {
      for (const e of r.evidence) expect(text.get(e.source)).toContain(e.quote);
    }
  });

  it('derives opposition from attacks: each derived OPPOSES rests on a CARRIED_OUT and a TARGETED of one event', () => {
    const byId = new Map(medium.relationships.map((r) => [r.id, r]));
    const derived = medium.relationships.filter((r) => r.status === 'DERIVED');
    expect(derived.length).toBeGreaterThan(50);
    for (const o of derived) {
      expect(o.type).toBe('OPPOSES');
      for (let i = 0; i < o.derivedFrom.length; i += 2) {
        const carried = byId.get(o.derivedFrom[i] ?? '');
        const targeted = byId.get(o.derivedFrom[i + 1] ?? '');
        expect(carried).toMatchObject({ type: 'CARRIED_OUT', from: o.from });
        expect(targeted).toMatchObject({ type: 'TARGETED', from: carried?.to, to: o.to });
      }
    }
  });

  it('keeps alliances apart: no party both supports and opposes the same party', () => {
    const supports = new Set(medium.relationships.filter((r) => r.type === 'SUPPORTS').map((r) => `${r.from}>${r.to}`));
    expect(supports.size).toBeGreaterThan(50);
    const both = medium.relationships.filter(
      (r) => r.type === 'OPPOSES' && (supports.has(`${r.from}>${r.to}`) || supports.has(`${r.to}>${r.from}`)),
    );
    expect(both).toEqual([]);
  });

  it('has skewed activity: the busiest 5% of attackers carry out a large share of attacks', () => {
    const doc = synthesize({ parties: 1000, events: 3000, seed: 5 });
    const counts = new Map<string, number>();
    for (const r of doc.relationships) if (r.type === 'CARRIED_OUT') counts.set(r.from, (counts.get(r.from) ?? 0) + 1);
    const sorted = [...counts.values()].sort((a, b) => b - a);
    const total = sorted.reduce((a, b) => a + b, 0);
    const top = sorted.slice(0, Math.ceil(sorted.length * 0.05)).reduce((a, b) => a + b, 0);
    expect(top / total).toBeGreaterThan(0.4);
  });

  it('mixes event types, people and organisations, hierarchy and representation, and date precisions', () => {
    expect(new Set(medium.events.map((e) => e.type))).toEqual(new Set(EVENT_TYPES));
    expect(new Set(medium.parties.map((p) => p.type))).toEqual(new Set(['Person', 'Organisation']));
    expect(new Set(medium.events.map((e) => e.date?.precision))).toEqual(new Set(['DAY', 'MONTH', 'YEAR', 'PERIOD']));
    const represents = medium.relationships.filter((r) => r.type === 'REPRESENTS');
    expect(represents.length).toBeGreaterThan(20);
    for (const r of represents) expect(r.role).toBeTruthy();
    expect(medium.relationships.some((r) => r.type === 'MEMBER_OF')).toBe(true);
    const years = new Set(medium.events.map((e) => e.date?.start?.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(4);
  });

  it('generates 2,000 parties and 5,000 events in well under 10 seconds, and the result is valid', () => {
    const started = performance.now();
    const doc = synthesize({ parties: 2000, events: 5000, seed: 2024 });
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(5000);
    expect([doc.parties.length, doc.events.length]).toEqual([2000, 5000]);
    expectValid(doc);
  }, 30_000);
});
