/**
 * Which stored properties a selection reads, so a statement can return only those instead of
 * whole records. Each table maps a GraphQL field to the stored keys its resolver reads; a field
 * missing from its table (a type's own fields, nested connections) needs the whole record, and the
 * answer is then null.
 */
import type { FieldNode } from 'graphql';
import { DATE_PROPS, type DrawnProp } from '../../core/cypher/index.js';
import { childFields, fieldNamesOf, type SelectionContext } from './selection.js';

/** What each GraphNode field reads of a stored node; `node` needs the whole record. */
export const GRAPH_NODE_FIELD_PROPS: Readonly<Record<string, readonly DrawnProp[]>> = {
  id: [],
  type: ['type'],
  label: ['name', 'title'],
  kind: ['kind', 'resolutionKind'],
  date: DATE_PROPS,
  __typename: [],
};

/**
 * What each Relationship field reads of a stored relationship. `evidence` reads the quotes, their
 * sources and offsets (core/storage relationshipFromProps), or the quotes alone when nothing else of
 * the evidence is asked (narrowEvidence); `derivedFrom` the ids of the bases,
 * which are then read in part or whole by their own selection (derivationProjection).
 */
export const EDGE_FIELD_PROPS: Readonly<Record<string, readonly DrawnProp[]>> = {
  id: [],
  type: [],
  from: [],
  to: [],
  status: ['status'],
  role: ['role'],
  note: ['note'],
  date: DATE_PROPS,
  evidence: ['evidenceSources', 'evidenceQuotes', 'evidenceOffsets'],
  derivedFrom: ['derivedFrom'],
  __typename: [],
};

/** Evidence fields answered from the quotes alone: `evidence { quote }` reads neither sources nor offsets. */
const QUOTE_FIELDS: ReadonlySet<string> = new Set(['quote', '__typename']);

/**
 * `props` (EDGE_FIELD_PROPS of a selection) without the evidence's sources and offsets when the
 * evidence fields selected (`evidenceFields`, the names under `evidence`) read only the quotes.
 * core/cypher rows.ts `relPropsFromPlain` decodes such a projection.
 */
export function narrowEvidence(props: DrawnProp[] | null, evidenceFields: Iterable<string>): DrawnProp[] | null {
  if (props === null || !props.includes('evidenceQuotes')) return props;
  for (const name of evidenceFields) if (!QUOTE_FIELDS.has(name)) return props;
  return props.filter((p) => p !== 'evidenceSources' && p !== 'evidenceOffsets');
}

/** What each field of the Node interface reads of a stored node (an event's type is its `type` property, always read). */
export const NODE_FIELD_PROPS: Readonly<Record<string, readonly DrawnProp[]>> = {
  id: [],
  name: ['name', 'title'],
  type: ['type'],
  __typename: ['type'],
};

/**
 * What each field of an event reads of its stored record: the Node fields, its summary, date and
 * place (the place's id; the place itself is read whole). Any other field (an attack's method, a
 * resolution's kind, nested connections) needs the whole record.
 */
export const EVENT_FIELD_PROPS: Readonly<Record<string, readonly DrawnProp[]>> = {
  ...NODE_FIELD_PROPS,
  summary: ['summary'],
  date: DATE_PROPS,
  place: ['place'],
};

/** The stored properties `names` read under `table`, or null when one of them needs the whole record. */
export function propsOf(
  names: Iterable<string>,
  table: Readonly<Record<string, readonly DrawnProp[]>>,
  { skip = [], always = [] }: { skip?: readonly string[]; always?: readonly DrawnProp[] } = {},
): DrawnProp[] | null {
  const props = new Set<DrawnProp>(always);
  for (const name of names) {
    if (skip.includes(name)) continue;
    const read = table[name];
    if (!read) return null;
    for (const p of read) props.add(p);
  }
  return [...props];
}

/**
 * How much of each relationship and of its other end a slice returns, from the Relationship
 * fields `rels` select: only what they show, or null for the whole record. The ends' projection
 * covers both `fromNode` and `toNode` (one of them is the slice's own node, known in full).
 */
export function sliceProjection(
  sel: SelectionContext,
  rels: readonly FieldNode[],
): { relProps: DrawnProp[] | null; otherProps: DrawnProp[] | null } {
  const ends = [...childFields(sel, rels, 'fromNode'), ...childFields(sel, rels, 'toNode')];
  return {
    relProps: narrowEvidence(
      propsOf(fieldNamesOf(sel, rels), EDGE_FIELD_PROPS, { skip: ['fromNode', 'toNode'] }),
      fieldNamesOf(sel, childFields(sel, rels, 'evidence')),
    ),
    otherProps: ends.length === 0 ? null : propsOf(fieldNamesOf(sel, ends), NODE_FIELD_PROPS, { always: ['type'] }),
  };
}

/**
 * How much of the relationships an edge was derived from, and of their ends, a statement returns,
 * from the `derivedFrom` fields of the edges' selection. Read in part only when the edges
 * themselves stay out of the loaders' caches (`edgesCached` false), and the ends only when the
 * bases do: a value read in part answers fields of the value it hangs from, and a cached value can
 * be reached by other fields of the request that ask for more.
 */
export function derivationProjection(
  sel: SelectionContext,
  derivedFields: readonly FieldNode[],
  edgesCached: boolean,
): { derivedProps: DrawnProp[] | null; derivedEndProps: DrawnProp[] | null } {
  if (edgesCached || derivedFields.length === 0) return { derivedProps: null, derivedEndProps: null };
  const { relProps, otherProps } = sliceProjection(sel, derivedFields);
  return { derivedProps: relProps, derivedEndProps: relProps === null ? null : otherProps };
}
