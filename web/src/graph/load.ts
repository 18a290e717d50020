/** URL state → typed GraphQL operations → graph model: everything the state asks to draw. */
import type { ApiClient } from '../api/client.js';
import {
  type EdgeEvidence,
  EVIDENCE_BATCH,
  edgeEvidenceQuery,
  NEIGHBOURHOOD,
  NETWORK,
  NETWORK_EDGE_LIMIT,
  PATH,
} from '../api/operations.js';
import { type ExplorerState, isEventView } from '../state/url-state.js';
import { GraphModel, withinDates } from './model.js';

export interface LoadedGraph {
  model: GraphModel;
  /** Node and edge ids of the requested path; empty when none was found, null when none asked. */
  path: Set<string> | null;
  /** True when the API left relationships of the network out (its `truncated`). */
  truncated: boolean;
  /** Relationships the network request returned, and how many the whole network has. */
  drawnEdges: number;
  totalEdges: number;
}

export async function loadGraph(client: ApiClient, state: ExplorerState): Promise<LoadedGraph> {
  if (!isEventView(state.view)) throw new Error(`${state.view} is not an event-level view`);
  const types = state.types;
  // Expanding and path-finding follow every relationship type unless the reader narrowed the
  // types: the view's network already holds all of its own types, so more of them adds nothing.
  const wanted = state.types;
  const [network, expansions, path] = await Promise.all([
    client.request(NETWORK, { kind: state.view, from: state.from, to: state.to, types, limit: NETWORK_EDGE_LIMIT }),
    Promise.all(state.expanded.map((e) => client.request(NEIGHBOURHOOD, { id: e.id, depth: e.depth, types: wanted }))),
    state.path ? client.request(PATH, { from: state.path.from, to: state.path.to, types: wanted }) : null,
  ]);
  const model = new GraphModel().merge(network.network);
  for (const [i, e] of state.expanded.entries()) {
    model.merge(withinDates(expansions[i]!.neighbourhood, state.from, state.to, [e.id]));
  }
  let pathIds: Set<string> | null = null;
  if (path) {
    model.merge(path.path);
    pathIds = new Set([...path.path.nodes.map((n) => n.id), ...path.path.edges.map((e) => e.id)]);
  }
  const drawnEdges = network.network.edges.length;
  return {
    model,
    path: pathIds,
    truncated: network.network.truncated,
    drawnEdges,
    totalEdges: network.network.totalEdges,
  };
}

/** Evidence of the given relationships, fetched EVIDENCE_BATCH at a time. */
export async function loadEvidence(client: ApiClient, ids: readonly string[]): Promise<Map<string, EdgeEvidence>> {
  const found = new Map<string, EdgeEvidence>();
  for (let start = 0; start < ids.length; start += EVIDENCE_BATCH) {
    const batch = ids.slice(start, start + EVIDENCE_BATCH);
    const vars = Object.fromEntries(batch.map((id, i) => [`id${i}`, id]));
    const data = await client.request(edgeEvidenceQuery(batch.length), vars);
    for (const answer of Object.values(data)) if (answer) found.set(answer.id, answer);
  }
  return found;
}
