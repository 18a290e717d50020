/**
 * The actor-level graph between the API and Cytoscape: pages of `actorNetwork` merged by id,
 * parties grouped under their state or bloc (compound nodes, or one node when collapsed), ties
 * between collapsed groups added up, and the counts the page shows, all of them true.
 */
import type { ElementDefinition } from 'cytoscape';
import type { ActorNetwork, ActorParty, Tie } from '../api/actor-operations.js';

export interface ActorGraph {
  parties: Map<string, ActorParty>;
  ties: Map<string, Tie>;
  /** Ties and parties in the whole network for this window (not only those fetched). */
  totalTies: number;
  totalParties: number;
  hasNextPage: boolean;
}

/** Merges the main pages (whose totals count the whole network) and focus expansions. */
export function mergeActorNetworks(
  pages: readonly ActorNetwork[],
  expansions: readonly ActorNetwork[] = [],
): ActorGraph {
  const graph: ActorGraph = {
    parties: new Map(),
    ties: new Map(),
    totalTies: pages[0]?.totalTies ?? 0,
    totalParties: pages[0]?.totalParties ?? 0,
    hasNextPage: pages.at(-1)?.hasNextPage ?? false,
  };
  for (const page of [...pages, ...expansions]) {
    for (const party of page.parties) if (!graph.parties.has(party.id)) graph.parties.set(party.id, party);
    for (const tie of page.ties) if (!graph.ties.has(tie.id)) graph.ties.set(tie.id, tie);
  }
  return graph;
}

export const groupId = (parentId: string): string => `group:${parentId}`;

export interface ActorCounts {
  /** Parties and ties fetched and represented on screen (folded into a group counts). */
  parties: number;
  ties: number;
  /** In the network for this window. */
  totalParties: number;
  totalTies: number;
  /** In the network but not fetched: what "show more" would reveal. */
  notDrawnParties: number;
  notDrawnTies: number;
  /** Hidden by the reader (and their ties). */
  hiddenParties: number;
  hiddenTies: number;
  /** Collapsed groups, the parties inside them, and the ties inside a group that its node hides. */
  collapsedGroups: number;
  foldedParties: number;
  foldedTies: number;
  /** Party nodes, group nodes and edges drawn. */
  partyNodes: number;
  groupNodes: number;
  edges: number;
}

export interface ActorElements {
  elements: ElementDefinition[];
  counts: ActorCounts;
}

export interface ActorElementOptions {
  collapsed?: readonly string[];
  hidden?: readonly string[];
  /** How many of the heaviest parties get the largest labels. */
  topLabels?: number;
}

const MIN_SIZE = 18;
const MAX_SIZE = 60;

/** Cytoscape elements for an actor graph, and the counts of what they show and hide. */
export function actorElements(graph: ActorGraph, options: ActorElementOptions = {}): ActorElements {
  const collapsed = new Set(options.collapsed ?? []);
  const hidden = new Set(options.hidden ?? []);
  const topLabels = options.topLabels ?? 25;
  const shown = [...graph.parties.values()].filter((p) => !hidden.has(p.id));
  // A group is a parent with at least two members drawn (the parent itself counts as one).
  const members = new Map<string, ActorParty[]>();
  const parentNames = new Map<string, string>();
  for (const p of shown) {
    const key = p.parentId ?? null;
    if (key) {
      members.set(key, [...(members.get(key) ?? []), p]);
      if (p.parentName) parentNames.set(key, p.parentName);
    }
  }
  for (const p of shown) if (members.has(p.id)) members.get(p.id)!.push(p);
  for (const [key, list] of members) if (list.length < 2 && !collapsed.has(key)) members.delete(key);

  const groupOf = new Map<string, string>();
  for (const [key, list] of members) for (const p of list) groupOf.set(p.id, key);
  const drawnAs = (partyId: string): string | null => {
    if (hidden.has(partyId) || !graph.parties.has(partyId)) return null;
    const key = groupOf.get(partyId);
    return key && collapsed.has(key) ? groupId(key) : partyId;
  };

  const ranked = [...shown].sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name));
  const tier = new Map(ranked.map((p, i) => [p.id, i < topLabels ? 1 : i < topLabels * 4 ? 2 : 3]));
  const maxWeight = Math.max(1, ...shown.map((p) => p.weight));
  const size = (weight: number) => Math.round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(weight / maxWeight));

  const elements: ElementDefinition[] = [];
  let foldedParties = 0;
  for (const [key, list] of members) {
    const name = parentNames.get(key) ?? graph.parties.get(key)?.name ?? key;
    if (collapsed.has(key)) {
      foldedParties += list.length;
      const weight = list.reduce((s, p) => s + p.weight, 0);
      elements.push({
        group: 'nodes',
        classes: 'group collapsed',
        data: { id: groupId(key), label: `${name} (${list.length})`, groupOf: key, members: list.length, weight },
      });
    } else {
      elements.push({
        group: 'nodes',
        classes: 'group',
        data: { id: groupId(key), label: name, groupOf: key, members: list.length },
      });
    }
  }
  for (const [key] of members) {
    if (!collapsed.has(key)) continue;
    const node = elements.find((e) => e.data.id === groupId(key))!;
    node.data.size = size(Math.min(maxWeight, node.data.weight as number));
    node.classes += ` tier-${Math.min(...members.get(key)!.map((p) => tier.get(p.id) ?? 3))}`;
  }
  let partyNodes = 0;
  for (const p of shown) {
    const key = groupOf.get(p.id);
    if (key && collapsed.has(key)) continue;
    partyNodes++;
    elements.push({
      group: 'nodes',
      classes: `party tier-${tier.get(p.id)}`,
      data: {
        id: p.id,
        label: p.name,
        type: p.type,
        kind: p.kind ?? null,
        weight: p.weight,
        degree: p.degree,
        size: size(p.weight),
        parentName: p.parentName ?? null,
        groupKey: key ?? null,
        ...(key ? { parent: groupId(key) } : {}),
      },
    });
  }

  const edges = new Map<string, { source: string; target: string; ties: Tie[] }>();
  let hiddenTies = 0;
  let foldedTies = 0;
  for (const tie of graph.ties.values()) {
    const source = drawnAs(tie.fromId);
    const target = drawnAs(tie.toId);
    if (!source || !target) {
      hiddenTies++;
      continue;
    }
    if (source === target) {
      foldedTies++;
      continue;
    }
    const key = `${source}>${target}`;
    const entry = edges.get(key) ?? { source, target, ties: [] };
    entry.ties.push(tie);
    edges.set(key, entry);
  }
  const maxTieWeight = Math.max(1, ...[...graph.ties.values()].map((t) => t.weight));
  for (const [key, { source, target, ties }] of edges) {
    const single = ties.length === 1 ? ties[0]! : null;
    const total = ties.reduce((s, t) => s + t.total, 0);
    const weight = ties.reduce((s, t) => s + t.weight, 0);
    elements.push({
      group: 'edges',
      classes: single ? 'tie' : 'tie aggregate',
      data: {
        id: single ? single.id : `agg:${key}`,
        source,
        target,
        total,
        weight,
        ties: ties.map((t) => t.id),
        width: 1 + 7 * Math.sqrt(Math.min(1, weight / maxTieWeight)),
        firstDate:
          ties
            .map((t) => t.firstDate)
            .filter(Boolean)
            .sort()[0] ?? null,
        lastDate:
          ties
            .map((t) => t.lastDate)
            .filter(Boolean)
            .sort()
            .at(-1) ?? null,
      },
    });
  }

  const hiddenParties = [...hidden].filter((id) => graph.parties.has(id)).length;
  return {
    elements,
    counts: {
      parties: graph.parties.size - hiddenParties,
      ties: graph.ties.size - hiddenTies,
      totalParties: graph.totalParties,
      totalTies: graph.totalTies,
      notDrawnParties: Math.max(0, graph.totalParties - graph.parties.size),
      notDrawnTies: Math.max(0, graph.totalTies - graph.ties.size),
      hiddenParties,
      hiddenTies,
      collapsedGroups: [...members.keys()].filter((k) => collapsed.has(k)).length,
      foldedParties,
      foldedTies,
      partyNodes,
      groupNodes: members.size,
      edges: edges.size,
    },
  };
}

const n = (x: number) => x.toLocaleString('en-GB');

/** The sentence under the graph: what is drawn, of how much, and what is not, all counted. */
export function countsText(c: ActorCounts): string {
  const parts = [
    `Showing ${n(c.parties)} of ${n(c.totalParties)} parties and ${n(c.ties)} of ${n(c.totalTies)} ties (the strongest first).`,
  ];
  if (c.notDrawnParties || c.notDrawnTies)
    parts.push(`Not drawn: ${n(c.notDrawnParties)} parties and ${n(c.notDrawnTies)} ties.`);
  if (c.collapsedGroups)
    parts.push(
      `${n(c.foldedParties)} parties inside ${n(c.collapsedGroups)} collapsed group${c.collapsedGroups === 1 ? '' : 's'}${c.foldedTies ? ` (${n(c.foldedTies)} ties within them)` : ''}.`,
    );
  if (c.hiddenParties) parts.push(`Hidden by you: ${n(c.hiddenParties)} parties and ${n(c.hiddenTies)} ties.`);
  return parts.join(' ');
}
