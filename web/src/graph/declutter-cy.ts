/**
 * Applies declutter.ts to what Cytoscape drew: first the members inside each group, then the
 * groups and lone parties as wholes, each box a node with its label.
 */
import type cytoscape from 'cytoscape';
import { type Box, separate } from './declutter.js';
import { placeLabels, preLabel, sizeGroupLabels } from './labels.js';

function box(node: cytoscape.NodeSingular): Box {
  const b = node.boundingBox({
    includeLabels: true,
    includeOverlays: false,
    useCache: false,
  } as cytoscape.BoundingBoxOptions);
  return { id: node.id(), x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
}

function apply(cy: cytoscape.Core, nodes: cytoscape.NodeCollection): void {
  const shifts = separate(nodes.map(box));
  for (const [id, { dx, dy }] of shifts) {
    const node = cy.getElementById(id) as unknown as cytoscape.NodeSingular;
    (node.isParent() ? node.descendants() : node).shift({ x: dx, y: dy });
  }
}

/** Moves the visible nodes apart until no two (nor their labels) overlap. */
export function declutter(cy: cytoscape.Core): void {
  const visible = cy.nodes().not('.hidden');
  visible.parents().forEach((group) => {
    apply(cy, group.children().not('.hidden'));
  });
  apply(cy, visible.orphans());
}

/** Parties whose labels the overlap removal makes room for. */
const TOP_LABELS = 20;

/**
 * After a layout: fit, size the group labels for that zoom, push overlapping nodes and groups
 * apart, fit again and place the labels that fit. What the reader sees first has no overlaps.
 */
export function settle(cy: cytoscape.Core, padding = 30): void {
  const shown = () => cy.elements().not('.hidden');
  // The stage may have changed size (the counts bar comes and goes); Cytoscape caches it.
  cy.resize();
  cy.fit(shown(), padding);
  sizeGroupLabels(cy);
  preLabel(cy, TOP_LABELS);
  declutter(cy);
  performance.mark('faultline:decluttered');
  cy.fit(shown(), padding);
  placeLabels(cy);
}
