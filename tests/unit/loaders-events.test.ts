/**
 * A party's events folded into its statement reach the loaders one of two ways: read whole, they
 * prime the node cache and serve any field; read in part (EventSlice.props), they answer only the
 * `events` field they were read for and stay out of the cache, where a relationship's end or
 * another field asking for more would find them.
 */
import { describe, expect, it } from 'vitest';
import { createLoaders, primeFolded } from '../../api/loaders/index.js';
import type { EventSlice, EventSliceRow, NodeFold } from '../../core/cypher/index.js';
import type { Database } from '../../core/db/index.js';
import { eventFromProps } from '../../core/storage/properties.js';
import { organisation } from '../support/records.js';

/** A database no statement may reach: these loaders only hold what they are given. */
const noDatabase = new Proxy({} as Database, {
  get(_, name) {
    throw new Error(`no statement expected (Database.${String(name)})`);
  },
});

const party = organisation('p');
const attack = eventFromProps({ id: 'attack-1', type: 'Attack', name: 'Attack', method: 'drone' });
const row: EventSliceRow = { total: 1, events: [{ event: attack, sortKey: '' }], places: [] };

function foldOf(props: EventSlice['props']): { fold: NodeFold; slice: EventSlice } {
  const slice: EventSlice = { role: null, after: null, limit: 100, places: false, props };
  return { fold: { country: false, place: false, slices: [], events: [slice] }, slice };
}

describe("a party's folded events", () => {
  it('prime the node cache when read whole, and answer the events field', async () => {
    const loaders = createLoaders(noDatabase);
    const { fold, slice } = foldOf(null);
    primeFolded(loaders, { node: party, country: null, place: null, slices: [], events: [row] }, fold);
    expect(loaders.knownNodes.get(attack.id)).toBe(attack);
    await expect(loaders.partyEvents.load({ id: party.id, slice })).resolves.toBe(row);
  });

  it('answer only the events field when read in part, and stay out of the node cache', async () => {
    const loaders = createLoaders(noDatabase);
    const { fold, slice } = foldOf(['type', 'name']);
    primeFolded(loaders, { node: party, country: null, place: null, slices: [], events: [row] }, fold);
    expect(loaders.knownNodes.has(attack.id)).toBe(false);
    await expect(loaders.partyEvents.load({ id: party.id, slice })).resolves.toBe(row);
    // The same events read whole are another slice: not answered by the one read in part.
    await expect(loaders.partyEvents.load({ id: party.id, slice: foldOf(null).slice })).rejects.toThrow(
      /no statement expected/,
    );
  });
});
