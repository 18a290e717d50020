/** Subgraphs for the explorer: every edge's endpoints are among the nodes. */

import { neighbourhoodStatement, networkStatement, pathStatement } from '../../core/cypher/index.js';
import type { Database } from '../../core/db/index.js';
import { NETWORK_TYPES, type NetworkKind, type RelationshipType } from '../../core/domain/vocabulary.js';
import { notFound } from '../errors/index.js';
import { nodesByIds } from './node.service.js';
import { nodeFromRow, relationshipFromRow } from '../../core/cypher/rows.js';
import type { NodeValue, RelationshipValue } from '../../core/domain/values.js';

export interface GraphValue {
  nodes: NodeValue[];
  edges: RelationshipValue[];
}

const EMPTY: GraphValue = { nodes: [], edges: [] };

/** Collects nodes and edges, each once, in first-seen order. */
class GraphBuilder {
  private readonly nodes = new Map<string, NodeValue>();
  private readonly edges = new Map<string, RelationshipValue>();
  node(n: NodeValue) {
    if (!this.nodes.has(n.id)) this.nodes.set(n.id, n);
  }
  edge(r: RelationshipValue) {
    if (!this.edges.has(r.id)) this.edges.set(r.id, r);
  }
  build(): GraphValue {
    return { nodes: [...this.nodes.values()], edges: [...this.edges.values()] };
  }
}

/** The network's relationship types, narrowed by `types` when given. */
export function networkTypes(kind: NetworkKind, types: readonly RelationshipType[] | null): RelationshipType[] {
  const base = NETWORK_TYPES[kind];
  return types ? base.filter((t) => types.includes(t)) : [...base];
}

export async function network(
  db: Database,
  q: {
    kind: NetworkKind;
    types: readonly RelationshipType[] | null;
    from: string | null;
    to: string | null;
    limit: number;
  },
): Promise<GraphValue> {
  const types = networkTypes(q.kind, q.types);
  if (types.length === 0) return EMPTY;
  const rows = await db.read(networkStatement({ types, from: q.from, to: q.to, limit: q.limit }));
  const graph = new GraphBuilder();
  for (const row of rows) {
    graph.node(nodeFromRow(row.fromNode ?? null));
    graph.node(nodeFromRow(row.toNode ?? null));
    graph.edge(relationshipFromRow(row.rel ?? null));
  }
  return graph.build();
}

export async function neighbourhood(
  db: Database,
  q: { id: string; depth: number; types: readonly RelationshipType[] | null; limit: number },
): Promise<GraphValue> {
  if (q.types?.length === 0) {
    const [centre] = await nodesByIds(db, [q.id]);
    if (!centre) throw notFound(`No node has id "${q.id}".`, { field: 'id' });
    return { nodes: [centre], edges: [] };
  }
  const [row] = await db.read(neighbourhoodStatement(q));
  if (!row) throw notFound(`No node has id "${q.id}".`, { field: 'id' });
  const graph = new GraphBuilder();
  for (const n of Array.isArray(row.nodes) ? row.nodes : []) graph.node(nodeFromRow(n));
  for (const r of Array.isArray(row.rels) ? row.rels : []) graph.edge(relationshipFromRow(r));
  return graph.build();
}

export async function shortestPaths(
  db: Database,
  q: {
    from: string;
    to: string;
    types: readonly RelationshipType[] | null;
    maxLength: number;
    all: boolean;
    maxPaths: number;
  },
): Promise<GraphValue> {
  if (q.from === q.to) {
    // Cypher's shortest-path search refuses equal endpoints; the path from a node to itself is the node.
    const [node] = await nodesByIds(db, [q.from]);
    if (!node) throw notFound(`No node has id "${q.from}".`, { field: 'from' });
    return { nodes: [node], edges: [] };
  }
  if (q.types?.length === 0) {
    const found = await nodesByIds(db, [q.from, q.to]);
    if (!found[0]) throw notFound(`No node has id "${q.from}".`, { field: 'from' });
    if (!found[1]) throw notFound(`No node has id "${q.to}".`, { field: 'to' });
    return EMPTY;
  }
  const [row] = await db.read(pathStatement(q));
  if (!row?.fromFound) throw notFound(`No node has id "${q.from}".`, { field: 'from' });
  if (!row.toFound) throw notFound(`No node has id "${q.to}".`, { field: 'to' });
  const graph = new GraphBuilder();
  for (const nodes of Array.isArray(row.pathNodes) ? row.pathNodes : []) {
    for (const n of Array.isArray(nodes) ? nodes : []) graph.node(nodeFromRow(n));
  }
  for (const rels of Array.isArray(row.pathRels) ? row.pathRels : []) {
    for (const r of Array.isArray(rels) ? rels : []) graph.edge(relationshipFromRow(r));
  }
  return graph.build();
}
