/** GraphML 1.0: ids, types, dates and evidence quotes kept as typed attributes. */
import type { ExportGraph } from './graph-data.js';
import { xmlEscape } from './xml.js';

const NODE_KEYS = ['label', 'type', 'kind', 'date', 'dateStart', 'dateEnd'] as const;
const EDGE_KEYS = [
  'type',
  'status',
  'role',
  'note',
  'date',
  'dateStart',
  'dateEnd',
  'quotes',
  'sources',
  'sourceTitles',
  'derivedFrom',
] as const;

/** Lists are joined with a blank line between items: quotes contain every other separator. */
export const LIST_SEPARATOR = '\n\n';

const value = (v: unknown): string | null => {
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) return v.length ? v.join(LIST_SEPARATOR) : null;
  return String(v);
};

export function toGraphML(graph: ExportGraph): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const k of NODE_KEYS) out.push(`  <key id="n_${k}" for="node" attr.name="${k}" attr.type="string"/>`);
  out.push(
    '  <key id="n_x" for="node" attr.name="x" attr.type="double"/>',
    '  <key id="n_y" for="node" attr.name="y" attr.type="double"/>',
  );
  for (const k of EDGE_KEYS) out.push(`  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="string"/>`);
  out.push('  <graph id="faultline" edgedefault="directed">');
  for (const n of graph.nodes) {
    out.push(`    <node id="${xmlEscape(n.id)}">`);
    for (const k of NODE_KEYS) {
      const v = value(n[k]);
      if (v !== null) out.push(`      <data key="n_${k}">${xmlEscape(v)}</data>`);
    }
    out.push(`      <data key="n_x">${n.x}</data>`, `      <data key="n_y">${n.y}</data>`, '    </node>');
  }
  for (const e of graph.edges) {
    out.push(`    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">`);
    for (const k of EDGE_KEYS) {
      const v = value(e[k]);
      if (v !== null) out.push(`      <data key="e_${k}">${xmlEscape(v)}</data>`);
    }
    out.push('    </edge>');
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
