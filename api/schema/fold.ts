/**
 * Folding a selection into its root field's statement: `party(id)`, `node(id)`, `event(id)`,
 * `parties` and `events` look at what their nested fields will ask for (country, place, slices of
 * relationships with their other ends and sources, slices of events with their places) and fetch
 * it in the root's own statement (core/cypher nodes.cypher.ts foldParts). They then prime the
 * loaders under the very keys the nested resolvers compute with the functions below, so those
 * resolvers find their answers without another statement. Whatever is not folded (deeper levels,
 * derivedFrom, Place.within) still goes through the loaders.
 */
import {
  type FieldNode,
  type GraphQLField,
  type GraphQLResolveInfo,
  getArgumentValues,
  isInterfaceType,
  isObjectType,
} from 'graphql';
import { type EventSlice, NO_FOLD, type NodeFold, type RelationshipSlice } from '../../core/cypher/index.js';
import { type EventRole, PARTY_EVENTS_CAP } from '../../core/domain/index.js';
import type { Direction } from '../../core/domain/queries.js';
import type { RelationshipType } from '../../core/domain/vocabulary.js';
import { setNewest } from '../../core/memo.js';
import { decodeCursor } from '../services/cursor.js';
import { checkRange, LIMITS } from '../services/limits.js';
import { derivationProjection, EVENT_FIELD_PROPS, NODE_FIELD_PROPS, propsOf, sliceProjection } from './projection.js';
import {
  byResponseKey,
  childFields,
  fieldNamesOf,
  type SelectionContext,
  selectsFrom,
  variablesUnder,
} from './selection.js';

/** Most REPRESENTS relationships listed per party and direction. */
export const REPRESENTS_CAP = 100;

export interface RelationshipsArgValues {
  types?: readonly RelationshipType[] | null;
  direction?: Direction | null;
  first?: number | null;
  after?: string | null;
}

const sourcesOf = (sel: SelectionContext, fields: readonly FieldNode[], path: readonly string[]) =>
  selectsFrom(sel, fields, [...path, 'evidence', 'source']) ||
  selectsFrom(sel, fields, [...path, 'evidence', 'offset']);

/** Whether the relationships under `path` (or those they were derived from) show a cited source's text. */
const sourceTextsOf = (sel: SelectionContext, fields: readonly FieldNode[], path: readonly string[]) =>
  selectsFrom(sel, fields, [...path, 'evidence', 'source', 'text']) ||
  selectsFrom(sel, fields, [...path, 'derivedFrom', 'evidence', 'source', 'text']);

/**
 * The slice `Node.relationships(...)` loads; null for an empty `types` list, which matches nothing.
 * Throws the input errors (page size, cursor) the field reports.
 */
export function relationshipsSlice(
  args: RelationshipsArgValues,
  sel: SelectionContext,
  fields: readonly FieldNode[],
): RelationshipSlice | null {
  // One spec object for every parent (the slice keys remember their spec part per object).
  return perFields(relationshipSlices, sel, fields, true, () => {
    const first = checkRange('first', args.first ?? 20, 0, LIMITS.pageSize);
    const after = args.after == null ? null : decodeCursor(args.after, 'after');
    if (args.types && args.types.length === 0) return null;
    return {
      types: args.types ?? null,
      direction: args.direction ?? 'BOTH',
      after,
      limit: first + 1,
      ...shapeOf(sel, fields, ['edges', 'node']),
    };
  });
}

/** What a slice's selection reads besides its position: its relationships' fields under `path`. */
type SliceShape = Pick<RelationshipSlice, 'ends' | 'sources' | 'sourceTexts' | 'relProps' | 'otherProps' | 'derived'>;

/** Most sets of variable values remembered per group of field nodes; the oldest goes first. */
const VARIANTS_KEPT = 32;

interface Remembered<T> {
  /** The variables that what is remembered depends on (variablesUnder). */
  variables: readonly string[];
  /** By the values of those variables; a variable not given is told apart from one given as null. */
  byValues: Map<string, T>;
  /**
   * By execution (its variables object), so the values are not encoded again for every parent of
   * a list: a nested field asks once per parent, with the same variables.
   */
  byExecution: WeakMap<object, T>;
}

type PerFields<T> = WeakMap<readonly FieldNode[], Remembered<T>>;

/**
 * `make()` once per group of field nodes and values of the variables their selection reads
 * (with the fields' own arguments when `own`), across requests. A nested list field resolves once
 * per parent value with the same field nodes (so the same arguments), and what it works out from
 * them is the same for every parent. A compiled operation keeps its field nodes from one request
 * to the next (api/schema/compiled-executor.ts, graphql-jit), so a question asked again with the
 * same variables is planned once. A throw (bad arguments) is not remembered, and is thrown again
 * for the next parent.
 */
function perFields<T>(
  cache: PerFields<T>,
  sel: SelectionContext,
  fields: readonly FieldNode[],
  own: boolean,
  make: () => T,
): T {
  let entry = cache.get(fields);
  if (!entry) {
    entry = { variables: variablesUnder(sel, fields, own), byValues: new Map(), byExecution: new WeakMap() };
    cache.set(fields, entry);
  }
  if (entry.variables.length === 0) return remembered(entry, '', make);
  const values = sel.variableValues;
  if (entry.byExecution.has(values)) return entry.byExecution.get(values) as T;
  const key = JSON.stringify(entry.variables.map((name) => (Object.hasOwn(values, name) ? [values[name]] : [])));
  const value = remembered(entry, key, make);
  entry.byExecution.set(values, value);
  return value;
}

/** The value kept under `key`, made and kept (the oldest dropped beyond VARIANTS_KEPT) when there is none. */
function remembered<T>(entry: Remembered<T>, key: string, make: () => T): T {
  const known = entry.byValues.get(key);
  if (known !== undefined || entry.byValues.has(key)) return known as T;
  const value = make();
  setNewest(entry.byValues, key, value, VARIANTS_KEPT);
  return value;
}

const shapes: PerFields<SliceShape> = new WeakMap();
const relationshipSlices: PerFields<RelationshipSlice | null> = new WeakMap();
const representsSlices: PerFields<RelationshipSlice> = new WeakMap();

function shapeOf(sel: SelectionContext, fields: readonly FieldNode[], path: readonly string[]): SliceShape {
  return perFields(shapes, sel, fields, false, () => {
    let rels = fields;
    for (const name of path) rels = childFields(sel, rels, name);
    const derivedFields = childFields(sel, rels, 'derivedFrom');
    const derived = derivedFields.length > 0;
    return {
      ends: childFields(sel, rels, 'fromNode').length > 0 || childFields(sel, rels, 'toNode').length > 0,
      sources: sourcesOf(sel, fields, path),
      sourceTexts: sourceTextsOf(sel, fields, path),
      ...sliceProjection(sel, rels),
      derived: {
        derived,
        derivedEnds:
          derived &&
          (selectsFrom(sel, rels, ['derivedFrom', 'fromNode']) || selectsFrom(sel, rels, ['derivedFrom', 'toNode'])),
        derivedSources: derived && sourcesOf(sel, rels, ['derivedFrom']),
        // A slice's relationships never enter the loaders' caches.
        ...derivationProjection(sel, derivedFields, false),
      },
    };
  });
}

/** The slice `Party.represents` (OUT) or `Party.representedBy` (IN) loads. */
export function representsSlice(
  direction: 'OUT' | 'IN',
  sel: SelectionContext,
  fields: readonly FieldNode[],
): RelationshipSlice {
  return perFields(representsSlices, sel, fields, false, () => ({
    types: ['REPRESENTS'],
    direction,
    after: null,
    limit: REPRESENTS_CAP,
    ...shapeOf(sel, fields, []),
  }));
}

/** What an events slice's selection reads of its events: their places, and which stored properties. */
type EventsShape = Pick<EventSlice, 'places' | 'props'>;

const eventsShapes: PerFields<EventsShape> = new WeakMap();

/** What `fields` (`events`, or `eventsPage` with `path` edges, node) show of their events. */
function eventsShapeOf(sel: SelectionContext, fields: readonly FieldNode[], path: readonly string[]): EventsShape {
  return perFields(eventsShapes, sel, fields, false, () => {
    let events = fields;
    for (const name of path) events = childFields(sel, events, name);
    return {
      places: childFields(sel, events, 'place').length > 0,
      // Event is an interface: the concrete type is told by the stored type.
      props: propsOf(fieldNamesOf(sel, events), EVENT_FIELD_PROPS, { always: ['type'] }),
    };
  });
}

/** The slice `Party.events(role)` loads: the latest PARTY_EVENTS_CAP events. */
export function eventsSlice(role: EventRole | null, sel: SelectionContext, fields: readonly FieldNode[]): EventSlice {
  return { role, after: null, limit: PARTY_EVENTS_CAP, ...eventsShapeOf(sel, fields, []) };
}

export interface EventsPageArgValues {
  role?: EventRole | null;
  first?: number | null;
  after?: string | null;
}

/** The slice `Party.eventsPage(...)` loads; throws the input errors the field reports. */
export function eventsPageSlice(
  args: EventsPageArgValues,
  sel: SelectionContext,
  fields: readonly FieldNode[],
): EventSlice {
  const first = checkRange('first', args.first ?? 20, 0, LIMITS.pageSize);
  const after = args.after == null ? null : decodeCursor(args.after, 'after');
  return {
    role: args.role ?? null,
    after,
    limit: first + 1,
    ...eventsShapeOf(sel, fields, ['edges', 'node']),
  };
}

function fieldDef(info: GraphQLResolveInfo, typeName: string, field: string): GraphQLField<unknown, unknown> | null {
  const type = info.schema.getType(typeName);
  if (!type || !(isObjectType(type) || isInterfaceType(type))) return null;
  return type.getFields()[field] ?? null;
}

/** Argument values of each group of same-keyed fields, or nothing when they do not coerce (the resolver reports it). */
function* argumentGroups(
  info: GraphQLResolveInfo,
  fields: readonly FieldNode[],
  typeName: string,
  name: string,
): Generator<{ group: FieldNode[]; args: Record<string, unknown> }> {
  const def = fieldDef(info, typeName, name);
  if (!def) return;
  for (const group of byResponseKey(childFields(info, fields, name))) {
    try {
      yield { group, args: getArgumentValues(def, group[0] as FieldNode, info.variableValues) };
    } catch {
      // A bad argument: the nested resolver runs and reports it.
    }
  }
}

/** What the nodes selected by `nodeFields` will ask for, to be fetched with them. */
export function planNodeFold(info: GraphQLResolveInfo, nodeFields: readonly FieldNode[]): NodeFold {
  if (nodeFields.length === 0) return NO_FOLD;
  const slices: RelationshipSlice[] = [];
  const events: EventSlice[] = [];
  const attempt = <T>(make: () => T | null, into: T[]) => {
    try {
      const made = make();
      if (made !== null) into.push(made);
    } catch {
      // An input error: the nested resolver reports it.
    }
  };
  for (const { group, args } of argumentGroups(info, nodeFields, 'Node', 'relationships')) {
    attempt(() => relationshipsSlice(args as RelationshipsArgValues, info, group), slices);
  }
  for (const group of byResponseKey(childFields(info, nodeFields, 'represents'))) {
    slices.push(representsSlice('OUT', info, group));
  }
  for (const group of byResponseKey(childFields(info, nodeFields, 'representedBy'))) {
    slices.push(representsSlice('IN', info, group));
  }
  for (const { group, args } of argumentGroups(info, nodeFields, 'Party', 'events')) {
    events.push(eventsSlice((args.role as EventRole | undefined) ?? null, info, group));
  }
  for (const { group, args } of argumentGroups(info, nodeFields, 'Party', 'eventsPage')) {
    attempt(() => eventsPageSlice(args as EventsPageArgValues, info, group), events);
  }
  return {
    country: childFields(info, nodeFields, 'country').length > 0,
    place: childFields(info, nodeFields, 'place').length > 0,
    slices,
    events,
  };
}

/**
 * planNodeFold for the nodes of a listing, which also reads only the stored properties their
 * selection shows when that is id, name and type (with folded or loaded relationships, which read
 * only the node's id); any other field needs the whole record.
 */
export function planListingFold(info: GraphQLResolveInfo, nodeFields: readonly FieldNode[]): NodeFold {
  const nodeProps = propsOf(fieldNamesOf(info, nodeFields), NODE_FIELD_PROPS, {
    skip: ['relationships'],
    // Party and Event are interfaces: their concrete type is told by the stored type.
    always: ['type'],
  });
  return { ...planNodeFold(info, nodeFields), nodeProps };
}

const nodePlans: PerFields<NodeFold> = new WeakMap();
const listingPlans: PerFields<NodeFold> = new WeakMap();

/**
 * The fold of a root field that returns one node (`party`, `node`, `event`): planNodeFold of its
 * own field nodes, remembered for its operation and the values of the variables its selection
 * reads (not its own arguments: the same selection of another node is planned alike).
 */
export function rootNodeFold(info: GraphQLResolveInfo): NodeFold {
  return perFields(nodePlans, info, info.fieldNodes, false, () => planNodeFold(info, info.fieldNodes));
}

/** The fold of a listing's nodes (`parties`, `events`: `edges { node }`), remembered as rootNodeFold's. */
export function listingFold(info: GraphQLResolveInfo): NodeFold {
  return perFields(listingPlans, info, info.fieldNodes, false, () =>
    planListingFold(info, childFields(info, childFields(info, info.fieldNodes, 'edges'), 'node')),
  );
}
