/**
 * Communities of an unsigned view by Louvain modularity optimisation (Blondel et al. 2008), via
 * graphology-communities-louvain with a seeded random source so results repeat.
 */
import { type BuildOptions, type NetworkInput, seededRandom, toGraph, type UnsignedView } from './signed-graph.js';
import { louvainMetric, toGraphology } from './views.js';

export interface CommunityOptions extends BuildOptions {
  /** Which ties count (default 'positive': friendly ties weighted by positive − negative). */
  view?: UnsignedView;
  /** Modularity resolution γ (default 1). */
  resolution?: number;
  seed?: number;
}

export interface CommunityResult {
  /** Community per node, 0..count−1, numbered by first appearance in node order. */
  membership: Record<string, number>;
  /** Members of each community, indexed by its number. */
  communities: string[][];
  count: number;
  /** Weighted modularity of the partition on the view (as reported by Louvain). */
  modularity: number;
}

export function louvainCommunities(input: NetworkInput, options: CommunityOptions = {}): CommunityResult {
  const g = toGraph(input, options);
  const graph = toGraphology(g, options.view ?? 'positive');
  if (graph.size === 0) {
    const membership: Record<string, number> = {};
    g.nodeIds.forEach((id, i) => {
      membership[id] = i;
    });
    return { membership, communities: g.nodeIds.map((id) => [id]), count: g.n, modularity: 0 };
  }
  const detailed = louvainMetric.detailed(graph, {
    getEdgeWeight: 'weight',
    resolution: options.resolution ?? 1,
    rng: seededRandom(options.seed ?? 1),
  });
  const relabel = new Map<number, number>();
  const membership: Record<string, number> = {};
  const communities: string[][] = [];
  for (const id of g.nodeIds) {
    const raw = detailed.communities[id]!;
    let c = relabel.get(raw);
    if (c === undefined) {
      c = relabel.size;
      relabel.set(raw, c);
      communities.push([]);
    }
    membership[id] = c;
    communities[c]!.push(id);
  }
  return {
    membership,
    communities,
    count: communities.length,
    modularity: detailed.modularity,
  };
}
