/**
 * Layout options, frozen in one place, and the one runner that starts them: a layout still
 * running is stopped before the next starts, so two never fight over node positions.
 */
import type cytoscape from 'cytoscape';
import { layeredPositions } from './layers.js';

export type LayoutName = 'force' | 'hierarchy' | 'actors';

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

/**
 * Actor networks: groups are compound nodes; gravity keeps components together around the
 * centre and `tile` packs lone parties rather than lining them up (fcose's `packComponents`
 * also needs cytoscape-layout-utilities, which is not installed); declutter.ts then clears
 * any overlap and labels.ts places the labels.
 */
const ACTORS = Object.freeze({
  ...FORCE,
  quality: 'default',
  // Labels are placed after the layout, at the zoom the reader sees (labels.ts).
  nodeDimensionsIncludeLabels: false,
  packComponents: true,
  nodeSeparation: 60,
  idealEdgeLength: 140,
  nodeRepulsion: 12000,
  nestingFactor: 0.4,
  gravity: 0.4,
  gravityCompound: 1.5,
  numIter: 500,
  tilingPaddingVertical: 30,
  tilingPaddingHorizontal: 30,
});
const ACTORS_INCREMENTAL = Object.freeze({ ...ACTORS, randomize: false });

/** Incremental: keeps what the reader already knows where it is, and fits new nodes around it. */
const FORCE_INCREMENTAL = Object.freeze({ ...FORCE, randomize: false });

/** The hierarchy is a preset layout whose positions come from layers.ts. */
const HIERARCHY = Object.freeze({ name: 'preset', fit: true, padding: 40, animate: false });
const HIERARCHY_GAPS = Object.freeze({ layerGap: 150, nodeGap: 130 });

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
 * bodies represented on top and each representative one layer below what it speaks for.
 */
export function runLayout(cy: cytoscape.Core, request: LayoutRequest): Promise<void> {
  stopLayout();
  // Hidden is a class (see style.ts); reading it beats `:visible`, which can lag a batch.
  const eles = cy.elements().not('.hidden');
  let options: cytoscape.LayoutOptions;
  if (request.name === 'hierarchy') {
    const positions = layeredPositions(
      eles.nodes().map((n) => n.id()),
      eles.edges().map((e) => ({ source: e.source().id(), target: e.target().id() })),
      HIERARCHY_GAPS,
    );
    options = {
      ...HIERARCHY,
      positions: (node: cytoscape.NodeSingular) => positions.get(node.id()) ?? { x: 0, y: 0 },
    } as cytoscape.LayoutOptions;
  } else if (request.name === 'actors') {
    options = { ...(request.incremental ? ACTORS_INCREMENTAL : ACTORS) } as cytoscape.LayoutOptions;
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
