/**
 * Layout options, frozen in one place, and the one runner that starts them: a layout still
 * running is stopped before the next starts, so two never fight over node positions.
 */
import type cytoscape from 'cytoscape';

export type LayoutName = 'force' | 'hierarchy';

const FORCE = Object.freeze({
  name: 'fcose',
  quality: 'default',
  randomize: true,
  animate: false,
  fit: true,
  padding: 40,
  nodeDimensionsIncludeLabels: true,
  nodeSeparation: 90,
  idealEdgeLength: 110,
  nodeRepulsion: 9000,
  edgeElasticity: 0.45,
  gravity: 0.25,
  numIter: 2500,
  tile: true,
});

/** Big graphs: spectral draft placement only, which is near-linear and lands in well under a second. */
const FORCE_LARGE = Object.freeze({ ...FORCE, quality: 'draft', nodeDimensionsIncludeLabels: false, numIter: 1000 });

/** Incremental: keeps what the reader already knows where it is, and fits new nodes around it. */
const FORCE_INCREMENTAL = Object.freeze({ ...FORCE, randomize: false });

const HIERARCHY = Object.freeze({
  name: 'breadthfirst',
  directed: false,
  fit: true,
  padding: 40,
  spacingFactor: 1.1,
  avoidOverlap: true,
  nodeDimensionsIncludeLabels: true,
  animate: false,
});

/** Above this many nodes the force layout uses its draft quality. */
export const LARGE_GRAPH_NODES = 800;

let running: cytoscape.Layouts | null = null;

/** Stops the layout in progress, if any. */
export function stopLayout(): void {
  running?.stop();
  running = null;
}

export interface LayoutRequest {
  name: LayoutName;
  /** Keep current positions and only settle new nodes (force layout). */
  incremental?: boolean;
}

/**
 * Runs a layout over the visible elements and resolves when it stops. The hierarchy puts the
 * bodies represented on top: its roots are the nodes with no outgoing visible edge.
 */
export function runLayout(cy: cytoscape.Core, request: LayoutRequest): Promise<void> {
  stopLayout();
  // Hidden is a class (see style.ts); reading it beats `:visible`, which can lag a batch.
  const eles = cy.elements().not('.hidden');
  let options: cytoscape.LayoutOptions;
  if (request.name === 'hierarchy') {
    const nodes = eles.nodes();
    const roots = nodes.filter((n) => n.outgoers('edge').not('.hidden').empty());
    options = { ...HIERARCHY, roots: roots.nonempty() ? roots : undefined } as cytoscape.LayoutOptions;
  } else if (eles.nodes().length > LARGE_GRAPH_NODES) {
    options = { ...FORCE_LARGE } as cytoscape.LayoutOptions;
  } else {
    options = { ...(request.incremental ? FORCE_INCREMENTAL : FORCE) } as cytoscape.LayoutOptions;
  }
  const layout = eles.layout(options);
  running = layout;
  return new Promise((resolve) => {
    layout.one('layoutstop', () => {
      if (running === layout) running = null;
      resolve();
    });
    layout.run();
  });
}
