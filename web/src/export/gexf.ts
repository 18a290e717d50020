/**
 * GEXF 1.3 for Gephi: a dynamic graph whose edges (and dated events) carry start/end days, so
 * Gephi's timeline can replay them; ids, types and evidence quotes kept as attributes.
 */

import type { NodeType } from '../../../core/domain/vocabulary.js';
import { NODE_LOOKS, nodeColour } from '../graph/style.js';
import type { ExportGraph } from './graph-data.js';
import { LIST_SEPARATOR } from './graphml.js';
import { xmlAttr, xmlEscape } from './xml.js';

const NODE_ATTRS = ['type', 'kind', 'date'] as const;
const EDGE_ATTRS = [
  'type',
  'status',
  'role',
  'note',
  'date',
  'quotes',
  'sources',
  'sourceTitles',
  'derivedFrom',
] as const;

const text = (v: unknown): string | null => {
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) return v.length ? v.join(LIST_SEPARATOR) : null;
  return String(v);
};

const span = (start: string | null, end: string | null): string =>
  `${start ? ` start="${start}"` : ''}${end ? ` end="${end}"` : ''}`;

const rgb = (hex: string): string => {
  const n = Number.parseInt(hex.slice(1), 16);
  return `r="${(n >> 16) & 255}" g="${(n >> 8) & 255}" b="${n & 255}"`;
};

export function toGexf(graph: ExportGraph, generatedOn = new Date().toISOString().slice(0, 10)): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${generatedOn}"><creator>Faultline</creator><description>Faultline relationship explorer export</description></meta>`,
    '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">',
    '    <attributes class="node" mode="static">',
    ...NODE_ATTRS.map((a, i) => `      <attribute id="n${i}" title="${a}" type="string"/>`),
    '    </attributes>',
    '    <attributes class="edge" mode="static">',
    ...EDGE_ATTRS.map((a, i) => `      <attribute id="e${i}" title="${a}" type="string"/>`),
    '    </attributes>',
    '    <nodes>',
  ];
  for (const n of graph.nodes) {
    out.push(`      <node id="${xmlEscape(n.id)}" label="${xmlEscape(n.label)}"${span(n.dateStart, n.dateEnd)}>`);
    out.push('        <attvalues>');
    NODE_ATTRS.forEach((a, i) => {
      const v = text(n[a]);
      if (v !== null) out.push(`          <attvalue for="n${i}" value="${xmlAttr(v)}"/>`);
    });
    out.push('        </attvalues>');
    const type = n.type as NodeType;
    out.push(`        <viz:color ${rgb(nodeColour(type, n.kind))}/>`);
    out.push(`        <viz:position x="${n.x}" y="${-n.y}" z="0"/>`);
    out.push(`        <viz:size value="${NODE_LOOKS[type]?.size ?? 30}"/>`);
    out.push('      </node>');
  }
  out.push('    </nodes>', '    <edges>');
  for (const e of graph.edges) {
    out.push(
      `      <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}" label="${xmlEscape(e.typeLabel)}"${span(e.dateStart, e.dateEnd)}>`,
    );
    out.push('        <attvalues>');
    EDGE_ATTRS.forEach((a, i) => {
      const v = text(e[a]);
      if (v !== null) out.push(`          <attvalue for="e${i}" value="${xmlAttr(v)}"/>`);
    });
    out.push('        </attvalues>', '      </edge>');
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}
