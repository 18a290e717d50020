/**
 * Per-request DataLoaders: every field that needs a node, a relationship, a node's relationships
 * or a party's events goes through one of these, so a request runs one statement per loader per
 * level of nesting, however many results there are.
 */
import DataLoader from 'dataloader';
import type { RelationshipPageKey } from '../../core/cypher/index.js';
import type { Database } from '../../core/db/index.js';
import type { EventRole } from '../../core/domain/index.js';
import {
  nodesByIds,
  partyEvents,
  type RelationshipPage,
  relationshipPages,
  relationshipsByIds,
} from '../services/node.service.js';
import type { NodeValue, RelationshipValue } from '../../core/domain/values.js';

export type PageRequest = Omit<RelationshipPageKey, 'key'>;
export interface PartyEventsRequest {
  id: string;
  role: EventRole | null;
}

export interface Loaders {
  nodeById: DataLoader<string, NodeValue | null>;
  relationshipById: DataLoader<string, RelationshipValue | null>;
  /**
   * What `nodeById` and `relationshipById` already hold, readable without a promise: a field
   * whose value is known answers synchronously, which graphql-js completes far more cheaply.
   */
  knownNodes: Map<string, NodeValue>;
  knownRelationships: Map<string, RelationshipValue>;
  relationshipPage: DataLoader<PageRequest, RelationshipPage, string>;
  partyEvents: DataLoader<PartyEventsRequest, NodeValue[], string>;
}

const pageKey = (k: PageRequest) =>
  JSON.stringify([k.id, k.types ? [...k.types].sort() : null, k.direction, k.after, k.limit]);
const eventsKey = (k: PartyEventsRequest) => JSON.stringify([k.id, k.role]);

/** Remembers every value a batch returns in `known`, so later fields can read it synchronously. */
function remembering<V extends { id: string }>(
  known: Map<string, V>,
  batch: (ids: readonly string[]) => Promise<(V | null)[]>,
): (ids: readonly string[]) => Promise<(V | null)[]> {
  return async (ids) => {
    const found = await batch(ids);
    for (const value of found) if (value) known.set(value.id, value);
    return found;
  };
}

export function createLoaders(db: Database): Loaders {
  const knownNodes = new Map<string, NodeValue>();
  const knownRelationships = new Map<string, RelationshipValue>();
  return {
    nodeById: new DataLoader(remembering(knownNodes, (ids) => nodesByIds(db, ids))),
    relationshipById: new DataLoader(remembering(knownRelationships, (ids) => relationshipsByIds(db, ids))),
    knownNodes,
    knownRelationships,
    relationshipPage: new DataLoader(
      (requests) =>
        relationshipPages(
          db,
          requests.map((r) => ({ ...r, key: pageKey(r) })),
        ),
      { cacheKeyFn: pageKey },
    ),
    partyEvents: new DataLoader(
      (requests) =>
        partyEvents(
          db,
          requests.map((r) => ({ ...r, key: eventsKey(r) })),
        ),
      { cacheKeyFn: eventsKey },
    ),
  };
}

/** Lets later fields reuse nodes and relationships a root field already read (prime keeps what a loader holds). */
export function primeGraph(
  loaders: Loaders,
  nodes: readonly NodeValue[],
  edges: readonly RelationshipValue[] = [],
): void {
  for (const n of nodes) {
    loaders.nodeById.prime(n.id, n);
    if (!loaders.knownNodes.has(n.id)) loaders.knownNodes.set(n.id, n);
  }
  for (const r of edges) {
    loaders.relationshipById.prime(r.id, r);
    if (!loaders.knownRelationships.has(r.id)) loaders.knownRelationships.set(r.id, r);
  }
}
