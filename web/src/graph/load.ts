/** URL state → typed GraphQL operations → graph model: everything the state asks to draw. */
import type { ApiClient } from '../api/client.js';
import { NEIGHBOURHOOD, NETWORK, PATH } from '../api/operations.js';
import { activeTypes, type ExplorerState } from '../state/url-state.js';
import { GraphModel, withinDates } from './model.js';

export interface LoadedGraph {
  model: GraphModel;
  /** Node and edge ids of the requested path; empty when none was found, null when none asked. */
  path: Set<string> | null;
}

export async function loadGraph(client: ApiClient, state: ExplorerState): Promise<LoadedGraph> {
  const types = state.types;
  const wanted = activeTypes(state);
  const [network, expansions, path] = await Promise.all([
    client.request(NETWORK, { kind: state.view, from: state.from, to: state.to, types }),
    Promise.all(state.expanded.map((e) => client.request(NEIGHBOURHOOD, { id: e.id, depth: e.depth, types: wanted }))),
    state.path ? client.request(PATH, { from: state.path.from, to: state.path.to, types: wanted }) : null,
  ]);
  const model = new GraphModel().merge(network.network);
  state.expanded.forEach((e, i) => model.merge(withinDates(expansions[i]!.neighbourhood, state.from, state.to, [e.id])));
  let pathIds: Set<string> | null = null;
  if (path) {
    model.merge(path.path);
    pathIds = new Set([...path.path.nodes.map((n) => n.id), ...path.path.edges.map((e) => e.id)]);
  }
  return { model, path: pathIds };
}
