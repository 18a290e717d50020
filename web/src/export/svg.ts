/**
 * A standalone SVG of the visible graph, drawn from node positions and the same style maps the
 * stylesheet uses: shapes and colours by type, edge colours and dashes, arrowheads, labels.
 */
import type { NodeType, RelationshipType } from '../../../core/domain/vocabulary.js';
import { shapeSvg } from '../graph/shapes.js';
import { DERIVED_LINE, EDGE_LOOKS, NODE_LOOKS, nodeColour } from '../graph/style.js';
import type { ExportGraph, ExportNode } from './graph-data.js';
import { xmlEscape } from './xml.js';

const DASH = { solid: '', dotted: ' stroke-dasharray="2 4"', dashed: ' stroke-dasharray="8 5"' } as const;
const num = (n: number): string => (Math.round(n * 10) / 10).toString();

/** Where the segment from `a` towards `b` leaves a's bounding ellipse, so arrows stop at the border. */
function border(a: ExportNode, b: ExportNode): [number, number] {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const rx = a.width / 2;
  const ry = a.height / 2;
  const t = 1 / Math.sqrt((dx * dx) / (rx * rx) + (dy * dy) / (ry * ry) || 1);
  // Overlapping nodes: meet in the middle rather than cross over.
  const k = Math.min(t, 0.5);
  return [a.x + dx * k, a.y + dy * k];
}

export function toSvg(graph: ExportGraph, title = 'Faultline graph'): string {
  const pad = 60;
  const xs = graph.nodes.flatMap((n) => [n.x - n.width, n.x + n.width]);
  const ys = graph.nodes.flatMap((n) => [n.y - n.height, n.y + n.height + 30]);
  const minX = xs.length ? Math.min(...xs) - pad : 0;
  const minY = ys.length ? Math.min(...ys) - pad : 0;
  const width = xs.length ? Math.max(...xs) + pad - minX : 200;
  const height = ys.length ? Math.max(...ys) + pad - minY : 100;
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const colours = new Set(graph.edges.map((e) => EDGE_LOOKS[e.type as RelationshipType]?.colour ?? '#999999'));

  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="${num(minX)} ${num(minY)} ${num(width)} ${num(height)}" font-family="system-ui, sans-serif">`,
    `<title>${xmlEscape(title)}</title>`,
    '<defs>',
    ...[...colours].map(
      (c) =>
        `<marker id="arrow-${c.slice(1)}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${c}"/></marker>`,
    ),
    '</defs>',
    `<rect x="${num(minX)}" y="${num(minY)}" width="${num(width)}" height="${num(height)}" fill="#ffffff"/>`,
    '<g class="edges">',
  ];
  for (const e of graph.edges) {
    const a = byId.get(e.source);
    const b = byId.get(e.target);
    if (!a || !b) continue;
    const look = EDGE_LOOKS[e.type as RelationshipType] ?? { colour: '#999999', width: 2, line: 'solid' as const };
    const dash = DASH[e.status === 'DERIVED' ? DERIVED_LINE : look.line];
    const [x1, y1] = border(a, b);
    const [x2, y2] = border(b, a);
    out.push(
      `<line data-id="${xmlEscape(e.id)}" x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}" stroke="${look.colour}" stroke-width="${look.width}" stroke-opacity="0.85"${dash} marker-end="url(#arrow-${look.colour.slice(1)})"><title>${xmlEscape(`${a.label} ${e.typeLabel} ${b.label}`)}</title></line>`,
    );
  }
  out.push('</g>', '<g class="nodes">');
  for (const n of graph.nodes) {
    const type = n.type as NodeType;
    const shape = NODE_LOOKS[type]?.shape ?? 'ellipse';
    out.push(`<g data-id="${xmlEscape(n.id)}">`);
    out.push(
      shapeSvg(
        shape,
        n.x,
        n.y,
        n.width,
        n.height,
        `fill="${nodeColour(type, n.kind)}" stroke="#ffffff" stroke-width="1"`,
      ),
    );
    out.push(
      `<text x="${num(n.x)}" y="${num(n.y + n.height / 2 + 14)}" font-size="11" text-anchor="middle" fill="#1a1a1a" paint-order="stroke" stroke="#ffffff" stroke-width="3">${xmlEscape(n.label)}</text>`,
    );
    out.push('</g>');
  }
  out.push('</g>', '</svg>', '');
  return out.join('\n');
}
