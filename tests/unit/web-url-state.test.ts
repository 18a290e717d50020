import { describe, expect, it } from 'vitest';
import {
  activeTypes,
  type ExplorerState,
  INITIAL_STATE,
  parseState,
  serializeState,
} from '../../web/src/state/url-state.js';

describe('the explorer’s URL state', () => {
  it('opens on who opposes whom between parties, with nothing narrowed', () => {
    expect(parseState('')).toEqual(INITIAL_STATE);
    expect(parseState('').view).toBe('ACTORS');
    expect(activeTypes(parseState(''))).toContain('OPPOSES');
  });

  it('round-trips the parties view: pages shown, collapsed groups, expanded parties', () => {
    const state: ExplorerState = {
      ...INITIAL_STATE,
      view: 'ACTORS',
      more: 3,
      collapsed: ['s-1', 'iraq'],
      expanded: [{ id: 'p-7', depth: 1 }],
      from: '2020-01-01',
    };
    const query = serializeState(state);
    expect(query).toContain('more=3');
    expect(query).toContain('collapse=s-1,iraq');
    expect(parseState(`?${query}`)).toEqual(state);
  });

  it('round-trips the blocs view: k, the centrality and the triangles switch', () => {
    const state: ExplorerState = { ...INITIAL_STATE, view: 'BLOCS', k: 3, measure: 'PAGERANK', triangles: true };
    expect(parseState(`?${serializeState(state)}`)).toEqual(state);
    expect(parseState('?view=BLOCS&k=99&measure=NOPE').k).toBe(2);
    expect(parseState('?view=BLOCS&k=99&measure=NOPE').measure).toBe('SIGNED_DEGREE');
  });

  it('round-trips view, focus, types, dates, expansions, hidden nodes and path through a link', () => {
    const state: ExplorerState = {
      ...INITIAL_STATE,
      view: 'REPRESENTATION',
      focus: 'sabrina-singh',
      types: ['REPRESENTS', 'PART_OF'],
      from: '2024-01-01',
      to: '2024-01-31',
      expanded: [
        { id: 'pentagon', depth: 2 },
        { id: 'united-states', depth: 1 },
      ],
      hidden: ['us-forces'],
      path: { from: 'sabrina-singh', to: 'united-states' },
    };
    const query = serializeState(state);
    expect(query).toContain('expand=pentagon~2,united-states~1');
    expect(parseState(`?${query}`)).toEqual(state);
  });

  it('drops what a hand-edited link gets wrong instead of failing', () => {
    const state = parseState(
      '?view=OPPOSITION&types=OPPOSES,DROP_TABLE&focus=Robert%27);&from=2024-13&expand=a~9,,b~2&path=only-one',
    );
    expect(state.view).toBe('OPPOSITION');
    expect(parseState('?view=NOPE').view).toBe('ACTORS');
    expect(state.types).toEqual(['OPPOSES']);
    expect(state.focus).toBeNull();
    expect(state.from).toBeNull();
    expect(state.expanded).toEqual([
      { id: 'a', depth: 1 },
      { id: 'b', depth: 2 },
    ]);
    expect(state.path).toBeNull();
  });

  it('keeps only the relationship types that belong to the view', () => {
    expect(parseState('?view=REPRESENTATION&types=OPPOSES,REPRESENTS').types).toEqual(['REPRESENTS']);
  });
});
