/**
 * Layered positions for the "Who represents whom" view. Edges point from the one who represents
 * (or the member, or the part) to the body, so a node's layer is the length of its longest path
 * to a node with no outgoing edge: bodies on top, those who speak for them below, and no edge
 * ever runs sideways within a layer (breadth-first depths put Singh beside the United States
 * she speaks for). Within a layer, nodes are ordered by the mean position of their neighbours
 * above and below (a few barycentre sweeps), which keeps crossings down.
 */

export interface LayerEdge {
  source: string;
  target: string;
}

export interface Point {
  x: number;
  y: number;
}

export interface LayerOptions {
  layerGap: number;
  nodeGap: number;
  sweeps: number;
}

const DEFAULTS: LayerOptions = Object.freeze({ layerGap: 150, nodeGap: 120, sweeps: 4 });

/** Layer of every node: 0 for sinks, 1 + the deepest target otherwise; cycles are broken. */
export function assignLayers(nodes: readonly string[], edges: readonly LayerEdge[]): Map<string, number> {
  const out = new Map<string, string[]>();
  for (const n of nodes) out.set(n, []);
  for (const e of edges) {
    if (e.source !== e.target && out.has(e.source) && out.has(e.target)) out.get(e.source)?.push(e.target);
  }
  const layer = new Map<string, number>();
  const onStack = new Set<string>();
  const visit = (n: string): number => {
    const known = layer.get(n);
    if (known !== undefined) return known;
    onStack.add(n);
    let depth = 0;
    for (const t of out.get(n) ?? []) {
      if (onStack.has(t)) continue; // a back edge: ignoring it breaks the cycle
      depth = Math.max(depth, visit(t) + 1);
    }
    onStack.delete(n);
    layer.set(n, depth);
    return depth;
  };
  for (const n of [...nodes].sort()) visit(n);
  return layer;
}

/** Positions for every node: layers top to bottom, ordered within a layer to reduce crossings. */
export function layeredPositions(
  nodes: readonly string[],
  edges: readonly LayerEdge[],
  options: Partial<LayerOptions> = {},
): Map<string, Point> {
  const { layerGap, nodeGap, sweeps } = { ...DEFAULTS, ...options };
  const layerOf = assignLayers(nodes, edges);
  const layers: string[][] = [];
  for (const n of [...nodes].sort()) {
    const l = layerOf.get(n) ?? 0;
    const layer = layers[l] ?? [];
    layer.push(n);
    layers[l] = layer;
  }
  const neighbours = new Map<string, string[]>();
  for (const n of nodes) neighbours.set(n, []);
  for (const e of edges) {
    neighbours.get(e.source)?.push(e.target);
    neighbours.get(e.target)?.push(e.source);
  }
  const order = new Map<string, number>();
  const renumber = (layer: string[]) => {
    for (const [i, n] of layer.entries()) order.set(n, i - (layer.length - 1) / 2);
  };
  for (const layer of layers) if (layer) renumber(layer);
  const barycentre = (n: string, fromLayer: number): number | undefined => {
    const adjacent = (neighbours.get(n) ?? []).filter((m) => layerOf.get(m) === fromLayer);
    if (adjacent.length === 0) return undefined;
    return adjacent.reduce((sum, m) => sum + (order.get(m) ?? 0), 0) / adjacent.length;
  };
  const sortLayer = (l: number, towards: number) => {
    const layer = layers[l];
    if (!layer) return;
    const keyed = layer.map((n) => ({ n, key: barycentre(n, towards) ?? order.get(n) ?? 0 }));
    keyed.sort((a, b) => a.key - b.key || a.n.localeCompare(b.n));
    layers[l] = keyed.map((k) => k.n);
    renumber(layers[l] ?? []);
  };
  for (let s = 0; s < sweeps; s++) {
    for (let l = 1; l < layers.length; l++) sortLayer(l, l - 1);
    for (let l = layers.length - 2; l >= 0; l--) sortLayer(l, l + 1);
  }
  const positions = new Map<string, Point>();
  layers.forEach((layer, l) => {
    (layer ?? []).forEach((n) => {
      positions.set(n, { x: (order.get(n) ?? 0) * nodeGap, y: l * layerGap });
    });
  });
  return positions;
}
