/**
 * Per-request DataLoaders: every field that needs a node, a relationship, a node's relationships
 * or a party's events goes through one of these, so a request runs one statement per loader per
 * level of nesting, however many results there are. Root fields that fold their selection into
 * their own statement (api/schema/fold.ts) prime these loaders with what it returned, so the
 * nested fields find it here without another statement.
 *
 * Each loader is made the first time a request uses it: most requests need one or two of them.
 */
import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import type {
  CitedSource,
  Derivations,
  EventSlice,
  EventSliceRow,
  FoldedNode,
  NodeFold,
  RelationshipSlice,
  RelationshipSliceRow,
  TailRows,
} from '../../core/cypher/index.js';
import type { Database } from '../../core/db/index.js';
import type { NodeValue, RelationshipValue, SourceValue } from '../../core/domain/values.js';
import {
  foldedNodesByIds,
  nodesByIds,
  partyEvents,
  relationshipSlices,
  relationshipsByIds,
} from '../services/node.service.js';

/*
 * A request pairs the node's id with its slice instead of spreading the slice into a copy with
 * the id (see placeValue in core/domain/values.ts): the slice object is the one fold.ts made for
 * every parent, so its cache key is worked out once (specKey) and no copy is made per node.
 */
/** A node's slice of relationships, as `Node.relationships`, `represents` and `representedBy` ask for it. */
export interface SliceRequest {
  id: string;
  slice: RelationshipSlice;
}
/** A party's slice of events, as `Party.events` and `Party.eventsPage` ask for it. */
export interface EventsRequest {
  id: string;
  slice: EventSlice;
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
  /**
   * Ends read in part with a relationship: the other end of each relationship of a projected
   * slice (RelationshipSlice.otherProps), both ends of a derivation read in part
   * (GraphTail.derivedEndProps). They hold only what that selection shows, so they stay out of
   * the caches above and answer only that relationship's `fromNode`/`toNode`.
   */
  partialEnds: WeakMap<RelationshipValue, readonly NodeValue[]>;
  /**
   * The relationships an edge was derived from, read in part with it (GraphTail.derivedProps):
   * out of the caches above for the same reason; they answer only that edge's `derivedFrom`.
   */
  partialBases: WeakMap<RelationshipValue, readonly RelationshipValue[]>;
  /**
   * Sources that evidence read by a statement cites, with where each quote starts in them
   * (core/cypher graph-tail CitedSource). Most come without their text, so they stay out of
   * `knownNodes`; `Evidence.source` answers with them and `Source.text` reads the text when a
   * field asks for it (partialSources).
   */
  citedSources: Map<string, CitedSource>;
  /** The source values above that lack their text. */
  partialSources: WeakSet<NodeValue>;
  /**
   * Slices already read (folded into a root statement or loaded), answered without a promise: by
   * the slice's specKey (one string per spec object, so its hash is worked out once), then by node id.
   */
  knownSlices: Map<string, Map<string, RelationshipSliceRow>>;
  relationshipPage: DataLoader<SliceRequest, RelationshipSliceRow, string>;
  partyEvents: DataLoader<EventsRequest, EventSliceRow, string>;
  /** Nodes by id with a fold (api/schema/fold.ts): one loader, so one batch, per fold. */
  foldedNode(fold: NodeFold): DataLoader<string, FoldedNode | null>;
}

const listKey = (list: readonly string[] | null) =>
  list === null ? '*' : list.length < 2 ? list.join(',') : [...list].sort().join(',');

const propsKey = (props: readonly string[] | null | undefined) => (props ? props.join(',') : '*');

const specKeys = new WeakMap<RelationshipSlice, string>();

/** The part of a slice's cache key that does not depend on the node, worked out once per spec object. */
function specKey(s: RelationshipSlice): string {
  let key = specKeys.get(s);
  if (key === undefined) {
    key = `${listKey(s.types)}|${s.direction}|${s.after ? `${s.after.key.length}:${s.after.key}|${s.after.id}` : '-'}|${s.limit}|${s.ends ? 1 : 0}${s.sources ? 1 : 0}${s.sourceTexts ? 1 : 0}|${propsKey(s.relProps)}|${propsKey(s.otherProps)}|${s.derived.derived ? 1 : 0}${s.derived.derivedEnds ? 1 : 0}${s.derived.derivedSources ? 1 : 0}|${propsKey(s.derived.derivedProps)}|${propsKey(s.derived.derivedEndProps)}`;
    specKeys.set(s, key);
  }
  return key;
}

/**
 * The cache key of node `id`'s slice `spec`. Built for every nested `relationships` field (once
 * per parent, with the same spec object for all of them: fold.ts), so it is joined rather than
 * JSON-encoded and its node-independent part is remembered; the parts that could hold any
 * character (the node id and the cursor) are prefixed with their length, so no two keys collide.
 */
export const sliceKey = (id: string, spec: RelationshipSlice) => `${id.length}:${id}|${specKey(spec)}`;
export const eventsKey = ({ id, slice: s }: EventsRequest) =>
  JSON.stringify([id, s.role, s.after ? [s.after.key, s.after.id] : null, s.limit, s.places, s.props]);

function know(known: Map<string, NodeValue>, node: NodeValue | null | undefined): void {
  if (node && !known.has(node.id)) known.set(node.id, node);
}

function knowSlice(loaders: Loaders, id: string, spec: RelationshipSlice, row: RelationshipSliceRow): void {
  const key = specKey(spec);
  let byNode = loaders.knownSlices.get(key);
  if (!byNode) {
    byNode = new Map();
    loaders.knownSlices.set(key, byNode);
  }
  byNode.set(id, row);
  for (const r of row.rels) {
    if (spec.otherProps === null) know(loaders.knownNodes, r.other);
    else if (r.other) loaders.partialEnds.set(r.rel, [r.other]);
  }
  knowCited(loaders, row.cited);
  knowDerivations(
    loaders,
    row.rels.map((r) => r.rel),
    row,
    spec.derived,
  );
}

/**
 * Keeps the derivations a statement fetched for `edges` (tailClauses): whole records prime the
 * loaders and serve any later field; records read in part (`derivedProps`, `derivedEndProps`)
 * answer only the `derivedFrom` of these edges and the ends of those relationships. An edge whose
 * bases did not all come back is left to the loader, which reports the missing ones.
 */
export function knowDerivations(
  loaders: Loaders,
  edges: readonly RelationshipValue[],
  tail: Pick<TailRows, 'tailNodes' | 'tailRels'>,
  derivations: Pick<Derivations, 'derivedProps' | 'derivedEndProps'>,
): void {
  const { tailNodes, tailRels } = tail;
  if (tailNodes.length === 0 && tailRels.length === 0) return;
  const partialRels = (derivations.derivedProps ?? null) !== null;
  const partialNodes = (derivations.derivedEndProps ?? null) !== null;
  primeGraph(loaders, partialNodes ? [] : tailNodes, partialRels ? [] : tailRels);
  if (partialNodes) {
    const byId = new Map(tailNodes.map((n) => [n.id, n]));
    for (const r of tailRels) {
      const ends = [byId.get(r.from), byId.get(r.to)].filter((n): n is NodeValue => n !== undefined);
      if (ends.length > 0) loaders.partialEnds.set(r, ends);
    }
  }
  if (partialRels) {
    const byId = new Map(tailRels.map((r) => [r.id, r]));
    for (const e of edges) {
      if (e.derivedFrom.length === 0) continue;
      const bases = e.derivedFrom.map((id) => byId.get(id));
      if (bases.every((b) => b !== undefined)) loaders.partialBases.set(e, bases as RelationshipValue[]);
    }
  }
}

/**
 * Keeps the sources a statement returned for the evidence it read: whole ones serve any field
 * (knownNodes); the offsets of every one serve `Evidence.offset`. A source cited by several
 * statements of a request keeps every quote's offset, and its text once one of them read it.
 */
export function knowCited(loaders: Loaders, cited: readonly CitedSource[]): void {
  for (const c of cited) {
    if (c.whole) know(loaders.knownNodes, c.source);
    else loaders.partialSources.add(c.source);
    const had = loaders.citedSources.get(c.source.id);
    if (!had) {
      loaders.citedSources.set(c.source.id, c);
      continue;
    }
    for (const [quote, offset] of c.offsets) had.offsets.set(quote, offset);
    if (c.whole && !had.whole)
      loaders.citedSources.set(c.source.id, { source: c.source, whole: true, offsets: had.offsets });
  }
}

/** Keeps a slice's places, and its events when they were read whole (EventSlice.props null). */
function knowEvents(known: Map<string, NodeValue>, spec: EventSlice, slice: EventSliceRow): void {
  if (spec.props === null) for (const e of slice.events) know(known, e.event);
  for (const p of slice.places) know(known, p);
}

const foldKeys = new WeakMap<NodeFold, string>();

/** A fold's shape and parameters as a string, for batching the nodes that share one (once per fold object). */
function foldKey(fold: NodeFold): string {
  let key = foldKeys.get(fold);
  if (key === undefined) {
    key = JSON.stringify(fold);
    foldKeys.set(fold, key);
  }
  return key;
}

export function createLoaders(db: Database): Loaders {
  const knownNodes = new Map<string, NodeValue>();
  const knownRelationships = new Map<string, RelationshipValue>();
  let nodeById: Loaders['nodeById'] | undefined;
  let relationshipById: Loaders['relationshipById'] | undefined;
  let relationshipPage: Loaders['relationshipPage'] | undefined;
  let events: Loaders['partyEvents'] | undefined;
  const folded = new Map<string, DataLoader<string, FoldedNode | null>>();
  const loaders: Loaders = {
    knownNodes,
    knownRelationships,
    partialEnds: new WeakMap(),
    partialBases: new WeakMap(),
    citedSources: new Map(),
    partialSources: new WeakSet(),
    knownSlices: new Map(),
    foldedNode(fold) {
      const key = foldKey(fold);
      let loader = folded.get(key);
      if (!loader) {
        loader = new DataLoader(async (ids) => {
          const found = await foldedNodesByIds(db, ids, fold);
          for (const f of found) if (f) primeFolded(loaders, f, fold);
          return found;
        });
        folded.set(key, loader);
      }
      return loader;
    },
    get nodeById() {
      nodeById ??= new DataLoader(async (ids) => {
        const found = await nodesByIds(db, ids);
        for (const n of found) know(knownNodes, n);
        return found;
      });
      return nodeById;
    },
    get relationshipById() {
      relationshipById ??= new DataLoader(async (ids) => {
        const found = await relationshipsByIds(db, ids);
        for (const r of found) if (r) knownRelationships.set(r.id, r);
        return found;
      });
      return relationshipById;
    },
    get relationshipPage() {
      relationshipPage ??= new DataLoader(
        async (requests) => {
          const found = await relationshipSlices(
            db,
            requests.map(({ id, slice }) => ({ key: sliceKey(id, slice), id, slice })),
          );
          found.forEach((row, i) => {
            const request = requests[i];
            if (request) knowSlice(loaders, request.id, request.slice, row);
          });
          return found;
        },
        { cacheKeyFn: (request) => sliceKey(request.id, request.slice) },
      );
      return relationshipPage;
    },
    get partyEvents() {
      events ??= new DataLoader(
        async (requests) => {
          const found = await partyEvents(
            db,
            requests.map((request) => ({ key: eventsKey(request), id: request.id, slice: request.slice })),
          );
          found.forEach((slice, i) => {
            const request = requests[i];
            if (request) knowEvents(knownNodes, request.slice, slice);
          });
          return found;
        },
        { cacheKeyFn: eventsKey },
      );
      return events;
    },
  };
  return loaders;
}

/**
 * `use` applied to a node's slice: at once when the slice is known (folded or loaded before),
 * else once the loader has it.
 */
export function withSlice<T>(
  loaders: Loaders,
  id: string,
  spec: RelationshipSlice,
  use: (row: RelationshipSliceRow) => T,
): T | Promise<T> {
  const known = loaders.knownSlices.get(specKey(spec))?.get(id);
  return known ? use(known) : loaders.relationshipPage.load({ id, slice: spec }).then(use);
}

/**
 * A source with its text: as it is, or, when a statement returned it without its text
 * (partialSources), the whole source as known or read through the node loader.
 */
export function wholeSource(loaders: Loaders, source: SourceValue): SourceValue | Promise<SourceValue> {
  if (!loaders.partialSources.has(source)) return source;
  const known = loaders.knownNodes.get(source.id);
  if (known?.type === 'Source') return known;
  return loaders.nodeById.load(source.id).then((node) => {
    if (node?.type !== 'Source') throw new GraphQLError(`Source ${source.id} no longer exists.`);
    return node;
  });
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

/**
 * Primes the loaders with a folded node: the node, its country and place, and every slice the
 * fold asked for under the key the nested field will load it with.
 */
export function primeFolded(loaders: Loaders, folded: FoldedNode, fold: NodeFold): void {
  const { node } = folded;
  // A node read in part (fold.nodeProps) serves only the fields it was read for, not the caches.
  const whole = fold.nodeProps === undefined || fold.nodeProps === null;
  const nodes = [whole ? node : null, folded.country, folded.place].filter((n): n is NodeValue => n !== null);
  primeGraph(loaders, nodes);
  if (fold.slices.length > 0) {
    fold.slices.forEach((slice, i) => {
      const row = folded.slices[i];
      if (!row) return;
      // withSlice finds it here; the loader itself is made only when a slice was not folded.
      knowSlice(loaders, node.id, slice, row);
    });
  }
  if (fold.events.length > 0) {
    const events = loaders.partyEvents;
    fold.events.forEach((slice, i) => {
      const row = folded.events[i];
      if (!row) return;
      knowEvents(loaders.knownNodes, slice, row);
      events.prime({ id: node.id, slice }, row);
    });
  }
}
