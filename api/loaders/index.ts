/**
 * Per-request DataLoaders: every field that needs a node, a relationship, a node's relationships
 * or a party's events goes through one of these, so a request runs one statement per loader per
 * level of nesting, however many results there are.
 */
import DataLoader from 'dataloader';
import type { EventRole, RelationshipPageKey } from '../cypher/index.js';
import type { Database } from '../db/index.js';
import {
  nodesByIds,
  partyEvents,
  type RelationshipPage,
  relationshipPages,
  relationshipsByIds,
} from '../services/node.service.js';
import type { NodeValue, RelationshipValue } from '../services/values.js';

export type PageRequest = Omit<RelationshipPageKey, 'key'>;
export interface PartyEventsRequest {
  id: string;
  role: EventRole | null;
}

export interface Loaders {
  nodeById: DataLoader<string, NodeValue | null>;
  relationshipById: DataLoader<string, RelationshipValue | null>;
  relationshipPage: DataLoader<PageRequest, RelationshipPage, string>;
  partyEvents: DataLoader<PartyEventsRequest, NodeValue[], string>;
}

const pageKey = (k: PageRequest) =>
  JSON.stringify([k.id, k.types ? [...k.types].sort() : null, k.direction, k.after, k.limit]);
const eventsKey = (k: PartyEventsRequest) => JSON.stringify([k.id, k.role]);

export function createLoaders(db: Database): Loaders {
  return {
    nodeById: new DataLoader((ids) => nodesByIds(db, ids)),
    relationshipById: new DataLoader((ids) => relationshipsByIds(db, ids)),
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

/** Lets later fields reuse nodes and relationships a root field already read. */
export function primeGraph(
  loaders: Loaders,
  nodes: readonly NodeValue[],
  edges: readonly RelationshipValue[] = [],
): void {
  for (const n of nodes) loaders.nodeById.prime(n.id, n);
  for (const r of edges) loaders.relationshipById.prime(r.id, r);
}
