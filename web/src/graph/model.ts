/**
 * The graph model between the API and Cytoscape: API graphs merged by id, date filtering of
 * expanded results, and the Cytoscape element definitions built from it.
 */
import type { ElementDefinition } from 'cytoscape';
import type { Edge, EdgeEvidence, FuzzyDate, Graph, GraphNode } from '../api/operations.js';
import { EDGE_LOOKS } from './style.js';

export class GraphModel {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, Edge>();

  /** Adds a graph's nodes and edges; an id seen before keeps its first copy. */
  merge(graph: Graph): this {
    for (const node of graph.nodes) if (!this.nodes.has(node.id)) this.nodes.set(node.id, node);
    for (const edge of graph.edges) if (!this.edges.has(edge.id)) this.edges.set(edge.id, edge);
    return this;
  }

  get isEmpty(): boolean {
    return this.nodes.size === 0;
  }
}

/** True when a date overlaps [from, to]; undated things are always kept. */
export function overlaps(date: FuzzyDate | null, from: string | null, to: string | null): boolean {
  if (!date) return true;
  const start = date.firstDay ?? null;
  const end = date.lastDay ?? null;
  if (to && start && start > to) return false;
  if (from && end && end < from) return false;
  return true;
}

/**
 * Keeps a graph's edges (and events) within the date range, and the nodes still connected;
 * `keep` names nodes kept regardless (the node whose neighbourhood was asked for).
 */
export function withinDates(graph: Graph, from: string | null, to: string | null, keep: readonly string[] = []): Graph {
  if (!from && !to) return graph;
  const nodes = graph.nodes.filter((n) => overlaps(n.date, from, to));
  const ids = new Set(nodes.map((n) => n.id));
  const edges = graph.edges.filter((e) => overlaps(e.date, from, to) && ids.has(e.from) && ids.has(e.to));
  const linked = new Set([...keep, ...edges.flatMap((e) => [e.from, e.to])]);
  return { nodes: nodes.filter((n) => linked.has(n.id)), edges };
}

/** The data a Cytoscape node carries; exporters read these same fields. */
export interface NodeData {
  id: string;
  label: string;
  type: string;
  kind: string | null;
  date: string | null;
  dateStart: string | null;
  dateEnd: string | null;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  typeLabel: string;
  status: string;
  role: string | null;
  note: string | null;
  date: string | null;
  dateStart: string | null;
  dateEnd: string | null;
  /** Verbatim quotes, in the order of `sources`; empty until the evidence is fetched (see `evidenceData`). */
  quotes: string[];
  sources: string[];
  sourceTitles: string[];
  derivedFrom: string[];
}

export function nodeData(node: GraphNode): NodeData {
  return {
    id: node.id,
    label: node.label,
    type: node.type,
    kind: node.kind,
    date: node.date?.value ?? null,
    dateStart: node.date?.firstDay ?? null,
    dateEnd: node.date?.lastDay ?? null,
  };
}

export function edgeData(edge: Edge): EdgeData {
  return {
    id: edge.id,
    source: edge.from,
    target: edge.to,
    type: edge.type,
    typeLabel: EDGE_LOOKS[edge.type]?.label ?? edge.type,
    status: edge.status,
    role: edge.role,
    note: edge.note,
    date: edge.date?.value ?? null,
    dateStart: edge.date?.firstDay ?? null,
    dateEnd: edge.date?.lastDay ?? null,
    quotes: [],
    sources: [],
    sourceTitles: [],
    derivedFrom: [],
  };
}

/** The evidence fields of an edge's data, from the API's answer. */
export function evidenceData(
  found: EdgeEvidence,
): Pick<EdgeData, 'quotes' | 'sources' | 'sourceTitles' | 'derivedFrom'> {
  return {
    quotes: found.evidence.map((e) => e.quote),
    sources: found.evidence.map((e) => e.source.id),
    sourceTitles: found.evidence.map((e) => e.source.title),
    derivedFrom: found.derivedFrom.map((d) => d.id),
  };
}

/** Cytoscape element definitions for the model; edges whose ends are missing are left out. */
export function toElements(model: GraphModel): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  for (const node of model.nodes.values()) elements.push({ group: 'nodes', data: { ...nodeData(node) } });
  for (const edge of model.edges.values()) {
    if (model.nodes.has(edge.from) && model.nodes.has(edge.to))
      elements.push({ group: 'edges', data: { ...edgeData(edge) } });
  }
  return elements;
}
