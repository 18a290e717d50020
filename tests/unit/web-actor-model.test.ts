import { describe, expect, it } from 'vitest';
import type { ActorNetwork } from '../../web/src/api/actor-operations.js';
import { actorElements, countsText, groupId, mergeActorNetworks } from '../../web/src/graph/actor-model.js';

const party = (id: string, weight: number, parentId: string | null = null) => ({
  id,
  name: id.toUpperCase(),
  type: 'Organisation' as const,
  kind: null,
  parentId,
  parentName: parentId ? `State ${parentId}` : null,
  degree: 1,
  weight,
});
const tie = (from: string, to: string, total: number) => ({
  id: `${from}>${to}`,
  fromId: from,
  toId: to,
  total,
  weight: total,
  firstDate: '2020-01-01',
  lastDate: '2020-02-01',
});

/** Iraq's army and police (grouped under iraq), a militia and a lone party; 4 of 10 ties fetched. */
const page: ActorNetwork = {
  parties: [
    party('iraq', 5),
    party('army', 9, 'iraq'),
    party('police', 3, 'iraq'),
    party('militia', 12),
    party('x', 1),
  ],
  ties: [tie('militia', 'army', 7), tie('militia', 'police', 4), tie('army', 'police', 1), tie('x', 'iraq', 1)],
  totalTies: 10,
  totalParties: 9,
  truncated: true,
  endCursor: '4',
  hasNextPage: true,
};

describe('the actor graph the explorer draws', () => {
  it('says how much of the network it shows and hides, counted', () => {
    const { counts } = actorElements(mergeActorNetworks([page]));
    expect(counts).toMatchObject({ parties: 5, totalParties: 9, ties: 4, totalTies: 10 });
    expect(counts.notDrawnParties).toBe(4);
    expect(counts.notDrawnTies).toBe(6);
    expect(countsText(counts)).toBe(
      'Showing 5 of 9 parties and 4 of 10 ties (the strongest first). Not drawn: 4 parties and 6 ties.',
    );
  });

  it('puts parties inside their state as a compound node, the state party too', () => {
    const { elements } = actorElements(mergeActorNetworks([page]));
    const parentOf = (id: string) => elements.find((e) => e.data.id === id)?.data.parent;
    expect(parentOf('army')).toBe(groupId('iraq'));
    expect(parentOf('iraq')).toBe(groupId('iraq'));
    expect(parentOf('militia')).toBeUndefined();
  });

  it('collapses a group into one node whose ties add up, and counts the ties folded inside', () => {
    const { elements, counts } = actorElements(mergeActorNetworks([page]), { collapsed: ['iraq'] });
    const edges = elements.filter((e) => e.group === 'edges');
    const militiaToIraq = edges.find((e) => e.data.source === 'militia' && e.data.target === groupId('iraq'));
    expect(militiaToIraq?.data.total).toBe(11);
    expect(militiaToIraq?.data.ties).toEqual(['militia>army', 'militia>police']);
    expect(counts.foldedTies).toBe(1);
    expect(counts.foldedParties).toBe(3);
    expect(elements.some((e) => e.data.id === 'army')).toBe(false);
    expect(countsText(counts)).toContain('3 parties inside 1 collapsed group (1 ties within them).');
  });

  it('leaves out a hidden party and its ties, and says so', () => {
    const { elements, counts } = actorElements(mergeActorNetworks([page]), { hidden: ['militia'] });
    expect(elements.some((e) => e.data.source === 'militia')).toBe(false);
    expect(counts.hiddenParties).toBe(1);
    expect(counts.hiddenTies).toBe(2);
  });

  it('merges a focus expansion without counting it in the network’s totals twice', () => {
    const focus: ActorNetwork = {
      ...page,
      ties: [tie('x', 'militia', 2)],
      parties: [party('x', 1), party('militia', 12)],
      totalTies: 1,
      totalParties: 2,
    };
    const graph = mergeActorNetworks([page], [focus]);
    expect(graph.ties.size).toBe(5);
    expect(graph.totalTies).toBe(10);
  });
});
