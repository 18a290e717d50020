/** Subgraphs for the explorer: every edge's endpoints are among the nodes. */

import type { GraphProjection, GraphTail, NetworkPosition, TailRows } from '../../core/cypher/index.js';
import { joinParts, neighbourhoodStatement, networkStatement, pathStatement } from '../../core/cypher/index.js';
import type { Database } from '../../core/db/index.js';
import type { NodeValue, RelationshipValue } from '../../core/domain/values.js';
import { NETWORK_TYPES, type NetworkKind, type RelationshipType } from '../../core/domain/vocabulary.js';
import { badInput, notFound } from '../errors/index.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { nodesByIds } from './node.service.js';

export interface GraphValue {
  nodes: NodeValue[];
  edges: RelationshipValue[];
  /**
   * What the selection will ask of the edges, fetched with them (GraphTail): evidence sources,
   * derived-from relationships and their ends. Not part of the answer; the resolver primes the
   * loaders with them.
   */
  tail?: TailRows & { spec: GraphTail };
  /** Which of `nodes` and `edges` hold only what a drawing shows (never to be cached by loaders). */
  projection?: GraphProjection;
  /** Relationships in the whole answer, before any limit. */
  totalEdges: number;
  /** True when `edges` leaves some of them out. */
  truncated: boolean;
  /** Paged answers (network): where the page ends, and whether more follow. */
  endCursor: string | null;
  hasNextPage: boolean;
}

function complete(graph: { nodes: NodeValue[]; edges: RelationshipValue[] }, totalEdges?: number): GraphValue {
  const total = totalEdges ?? graph.edges.length;
  return { ...graph, totalEdges: total, truncated: graph.edges.length < total, endCursor: null, hasNextPage: false };
}

const EMPTY: GraphValue = complete({ nodes: [], edges: [] });

/** A network cursor: the keyset position of the last relationship of a page. */
export function networkCursor(p: NetworkPosition): string {
  return encodeCursor({ key: JSON.stringify([p.day, p.degree]), id: p.id });
}

function networkPosition(cursor: string): NetworkPosition {
  const { key, id } = decodeCursor(cursor);
  let parsed: unknown;
  try {
    parsed = JSON.parse(key);
  } catch {
    parsed = null;
  }
  if (!Array.isArray(parsed) || typeof parsed[0] !== 'string' || !Number.isInteger(parsed[1]) || parsed[1] < 0)
    throw badInput('after', '"after" is not a cursor of network; use endCursor of the previous page.');
  return { day: parsed[0], degree: parsed[1], id };
}

/** What a drawing shows of a node: `network`'s GraphNode fields and a line of GET /network.ndjson. */
export function drawnNode(node: NodeValue) {
  let kind: string | null = null;
  if (node.type === 'Organisation' || node.type === 'Place') kind = node.kind;
  else if (node.type === 'Resolution') kind = node.resolutionKind;
  return { id: node.id, type: node.type, label: node.name, kind, date: 'date' in node ? node.date : null };
}

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
  build(): { nodes: NodeValue[]; edges: RelationshipValue[] } {
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
    after: string | null;
    tail?: GraphTail;
    projection?: GraphProjection;
  },
): Promise<GraphValue> {
  const types = networkTypes(q.kind, q.types);
  if (types.length === 0) return EMPTY;
  const after = q.after ? networkPosition(q.after) : null;
  // One more than the page, to learn whether another page follows.
  const row = joinParts(
    await db.read(
      networkStatement({
        types,
        from: q.from,
        to: q.to,
        limit: q.limit + 1,
        after,
        tail: q.tail,
        projection: q.projection,
      }),
    ),
  );
  const rows = row?.edges.slice(0, q.limit) ?? [];
  const graph = new GraphBuilder();
  const ends = new Map((row?.nodes ?? []).map((n) => [n.id, n]));
  // Endpoints in the order the edges meet them (the statement returns them once each).
  for (const e of rows) {
    for (const id of [e.rel.from, e.rel.to]) {
      const n = ends.get(id);
      if (n) graph.node(n);
    }
    graph.edge(e.rel);
  }
  const last = rows.at(-1);
  const total = row?.total ?? 0;
  const built = graph.build();
  return {
    ...built,
    tail:
      row && q.tail ? { tailNodes: row.tailNodes, tailRels: row.tailRels, cited: row.cited, spec: q.tail } : undefined,
    projection: q.projection,
    totalEdges: total,
    truncated: built.edges.length < total,
    endCursor: last ? networkCursor(last.position) : null,
    hasNextPage: (row?.edges.length ?? 0) > q.limit,
  };
}

export async function neighbourhood(
  db: Database,
  q: {
    id: string;
    depth: number;
    types: readonly RelationshipType[] | null;
    limit: number;
    countEdges?: boolean;
    tail?: GraphTail;
    projection?: GraphProjection;
  },
): Promise<GraphValue> {
  if (q.types?.length === 0) {
    const [centre] = await nodesByIds(db, [q.id]);
    if (!centre) throw notFound(`No node has id "${q.id}".`, { field: 'id' });
    return complete({ nodes: [centre], edges: [] });
  }
  const row = joinParts(await db.read(neighbourhoodStatement(q)));
  if (!row) throw notFound(`No node has id "${q.id}".`, { field: 'id' });
  const graph = new GraphBuilder();
  for (const n of row.nodes) graph.node(n);
  for (const r of row.rels) graph.edge(r);
  const built = graph.build();
  // Without the count (the selection asks for neither totalEdges nor truncated) the total stands
  // at what the answer holds: it is never read.
  const totalEdges = row.totalEdges ?? built.edges.length;
  return {
    ...complete(built, totalEdges),
    tail: q.tail ? { tailNodes: row.tailNodes, tailRels: row.tailRels, cited: row.cited, spec: q.tail } : undefined,
    projection: q.projection,
    truncated: row.totalNodes > row.nodes.length - 1 || built.edges.length < totalEdges,
  };
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
    tail?: GraphTail;
    projection?: GraphProjection;
  },
): Promise<GraphValue> {
  if (q.from === q.to) {
    // Cypher's shortest-path search refuses equal endpoints; the path from a node to itself is the node.
    const [node] = await nodesByIds(db, [q.from]);
    if (!node) throw notFound(`No node has id "${q.from}".`, { field: 'from' });
    return complete({ nodes: [node], edges: [] });
  }
  if (q.types?.length === 0) {
    const found = await nodesByIds(db, [q.from, q.to]);
    if (!found[0]) throw notFound(`No node has id "${q.from}".`, { field: 'from' });
    if (!found[1]) throw notFound(`No node has id "${q.to}".`, { field: 'to' });
    return EMPTY;
  }
  const row = joinParts(await db.read(pathStatement(q)));
  if (!row?.fromFound) throw notFound(`No node has id "${q.from}".`, { field: 'from' });
  if (!row.toFound) throw notFound(`No node has id "${q.to}".`, { field: 'to' });
  return {
    ...complete({ nodes: row.nodes, edges: row.rels }),
    tail: q.tail ? { tailNodes: row.tailNodes, tailRels: row.tailRels, cited: row.cited, spec: q.tail } : undefined,
    projection: q.projection,
  };
}
