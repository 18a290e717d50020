/** The graph as exporters see it: the visible elements' data and positions. */
import type cytoscape from 'cytoscape';
import type { EdgeData, NodeData } from '../graph/model.js';

export interface ExportNode extends NodeData {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ExportGraph {
  nodes: ExportNode[];
  edges: EdgeData[];
}

/** Whatever is on screen (nodes and edges with the `.hidden` class left out), with positions. */
export function visibleGraph(cy: cytoscape.Core): ExportGraph {
  const nodes = cy
    .nodes()
    .not('.hidden')
    .nodes()
    .map((n) => ({
      ...(n.data() as NodeData),
      x: n.position('x'),
      y: n.position('y'),
      width: n.width(),
      height: n.height(),
    }));
  const edges = cy
    .edges()
    .not('.hidden')
    .map((e) => e.data() as EdgeData);
  return { nodes, edges };
}
