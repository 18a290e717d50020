/**
 * Unsigned views of a signed network for the classic (unsigned) algorithms, and the bridge to
 * graphology. The graphology packages ship CommonJS typings whose `export default` TypeScript
 * (NodeNext) reads as a namespace; at run time the default import is the function itself, so
 * the imports are re-typed once here.
 */
import { UndirectedGraph } from 'graphology';
import louvainImport from 'graphology-communities-louvain';
import betweennessImport from 'graphology-metrics/centrality/betweenness.js';
import pagerankImport from 'graphology-metrics/centrality/pagerank.js';
import { type SignedGraph, type UnsignedView, viewWeight } from './signed-graph.js';

export const pagerankMetric = pagerankImport as unknown as typeof pagerankImport.default;
export const betweennessMetric = betweennessImport as unknown as typeof betweennessImport.default;
export const louvainMetric = louvainImport as unknown as typeof louvainImport.default;

/** CSR adjacency of an unsigned view (pairs with view weight > 0). */
export interface ViewAdjacency {
  n: number;
  edges: number;
  offsets: Int32Array;
  neighbours: Int32Array;
  weights: Float64Array;
}

export function viewAdjacency(g: SignedGraph, view: UnsignedView): ViewAdjacency {
  const n = g.n;
  const keep: number[] = [];
  const degree = new Int32Array(n);
  for (let p = 0; p < g.pairCount; p++) {
    if (viewWeight(g, p, view) <= 0) continue;
    keep.push(p);
    degree[g.pairU[p]!]!++;
    degree[g.pairV[p]!]!++;
  }
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + degree[i]!;
  const fill = offsets.slice(0, n);
  const neighbours = new Int32Array(2 * keep.length);
  const weights = new Float64Array(2 * keep.length);
  for (const p of keep) {
    const u = g.pairU[p]!;
    const v = g.pairV[p]!;
    const w = viewWeight(g, p, view);
    let k = fill[u]!++;
    neighbours[k] = v;
    weights[k] = w;
    k = fill[v]!++;
    neighbours[k] = u;
    weights[k] = w;
  }
  return { n, edges: keep.length, offsets, neighbours, weights };
}

const cache = new WeakMap<SignedGraph, Map<UnsignedView, UndirectedGraph>>();

/**
 * A graphology undirected graph of a view: every node, pairs kept by the view with a `weight`.
 * Building one costs far more than the CSR (graphology inserts ~100k edges/s), so it is cached
 * per SignedGraph and view; callers must not mutate it.
 */
export function toGraphology(g: SignedGraph, view: UnsignedView): UndirectedGraph {
  let byView = cache.get(g);
  if (!byView) {
    byView = new Map();
    cache.set(g, byView);
  }
  let graph = byView.get(view);
  if (!graph) {
    graph = buildGraphology(g, view);
    byView.set(view, graph);
  }
  return graph;
}

function buildGraphology(g: SignedGraph, view: UnsignedView): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const id of g.nodeIds) graph.addNode(id);
  for (let p = 0; p < g.pairCount; p++) {
    const w = viewWeight(g, p, view);
    if (w > 0) graph.addEdge(g.nodeIds[g.pairU[p]!]!, g.nodeIds[g.pairV[p]!]!, { weight: w });
  }
  return graph;
}
