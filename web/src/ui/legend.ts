/** The legend, generated from the same style maps as the stylesheet, for what is on screen. */
import type { NodeType, RelationshipType } from '../../../core/domain/vocabulary.js';
import { shapeSvg } from '../graph/shapes.js';
import { DERIVED_LINE, EDGE_LOOKS, NODE_LOOKS, ORGANISATION_KIND_COLOURS, relationshipDoc } from '../graph/style.js';
import { h } from './dom.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

function nodeSwatch(type: NodeType, colour: string): Element {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', '18');
  svg.setAttribute('height', '18');
  svg.setAttribute('viewBox', '0 0 18 18');
  svg.setAttribute('aria-hidden', 'true');
  svg.innerHTML = shapeSvg(NODE_LOOKS[type].shape, 9, 9, 16, 16, `fill="${colour}"`);
  return svg;
}

/** A short line drawn in a relationship type's colour and dash. */
export function edgeSwatch(colour: string, line: string): HTMLElement {
  return h('span', {
    class: 'swatch-line',
    style: `border-top-color:${colour};border-top-style:${line}`,
    'aria-hidden': 'true',
  });
}

export interface LegendContent {
  nodeTypes: Set<NodeType>;
  organisationKinds: Set<string>;
  edgeTypes: Set<RelationshipType>;
  hasDerived: boolean;
}

export function renderLegend(container: HTMLElement, content: LegendContent): void {
  const nodes = h('ul', { 'aria-label': 'Node types' });
  for (const [type, look] of Object.entries(NODE_LOOKS) as [NodeType, (typeof NODE_LOOKS)[NodeType]][]) {
    if (!content.nodeTypes.has(type)) continue;
    if (type === 'Organisation' && content.organisationKinds.size) {
      for (const [kind, k] of Object.entries(ORGANISATION_KIND_COLOURS)) {
        if (!content.organisationKinds.has(kind)) continue;
        nodes.append(
          h(
            'li',
            { 'data-testid': `legend-node-Organisation-${kind}` },
            nodeSwatch(type, k.colour),
            `Organisation: ${k.label}`,
          ),
        );
      }
      continue;
    }
    nodes.append(h('li', { 'data-testid': `legend-node-${type}` }, nodeSwatch(type, look.colour), look.label));
  }
  const edges = h('ul', { 'aria-label': 'Relationship types' });
  for (const [type, look] of Object.entries(EDGE_LOOKS) as [
    RelationshipType,
    (typeof EDGE_LOOKS)[RelationshipType],
  ][]) {
    if (!content.edgeTypes.has(type)) continue;
    edges.append(
      h(
        'li',
        { 'data-testid': `legend-edge-${type}`, title: relationshipDoc(type) },
        edgeSwatch(look.colour, look.line),
        look.label,
      ),
    );
  }
  if (content.hasDerived) {
    edges.append(
      h(
        'li',
        { 'data-testid': 'legend-edge-derived' },
        edgeSwatch('#555555', DERIVED_LINE),
        'derived (dashed): follows from other relationships',
      ),
    );
  }
  container.replaceChildren(h('h2', {}, 'Nodes'), nodes, h('h2', {}, 'Relationships'), edges);
}
