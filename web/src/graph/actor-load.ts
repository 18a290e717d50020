/** URL state → `actorNetwork` pages (and one focus request per expanded party) → actor graph. */
import { ACTOR_NETWORK, type ActorNetwork, TIE_PAGE } from '../api/actor-operations.js';
import type { ApiClient } from '../api/client.js';
import type { ExplorerState } from '../state/url-state.js';
import { type ActorGraph, mergeActorNetworks } from './actor-model.js';

/** Ties fetched around a party the reader expands. */
export const FOCUS_TIES = 60;

export async function loadActorGraph(client: ApiClient, state: ExplorerState): Promise<ActorGraph> {
  const window = { kind: 'OPPOSITION' as const, from: state.from, to: state.to };
  const expansions = Promise.all(
    state.expanded.map((e) =>
      client.request(ACTOR_NETWORK, { ...window, focus: [e.id], first: FOCUS_TIES }).then((d) => d.actorNetwork),
    ),
  );
  const pages: ActorNetwork[] = [];
  let after: string | null = null;
  for (let page = 0; page <= state.more; page++) {
    const data: { actorNetwork: ActorNetwork } = await client.request(ACTOR_NETWORK, {
      ...window,
      first: TIE_PAGE,
      after,
    });
    pages.push(data.actorNetwork);
    if (!data.actorNetwork.hasNextPage || !data.actorNetwork.endCursor) break;
    after = data.actorNetwork.endCursor;
  }
  return mergeActorNetworks(pages, await expansions);
}
