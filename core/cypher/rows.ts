/** Turns rows from the statement builders into values, only through graph-seed's *FromProps functions. */

import type { Plain } from '../db/index.js';
import type { NodeValue, RelationshipValue } from '../domain/values.js';
import { isRelationshipType, NODE_TYPES, type NodeType } from '../domain/vocabulary.js';
import {
  eventFromProps,
  partyFromProps,
  placeFromProps,
  relationshipFromProps,
  type StoredProps,
  sourceFromProps,
} from '../storage/properties.js';

interface NodeRow {
  labels: string[];
  props: StoredProps;
}

interface RelationshipRow {
  type: string;
  from: string;
  to: string;
  props: StoredProps;
}

function concreteType(labels: readonly string[]): NodeType | undefined {
  return NODE_TYPES.find((t) => labels.includes(t));
}

/** A node value from `{labels, props}`; throws on a node without a Faultline type label. */
export function nodeFromRow(plain: Plain): NodeValue {
  const row = plain as unknown as NodeRow;
  const type = concreteType(row.labels ?? []);
  switch (type) {
    case 'Person':
    case 'Organisation':
      return partyFromProps(row.props);
    case 'Place':
      return { ...placeFromProps(row.props), type: 'Place' };
    case 'Source': {
      const source = sourceFromProps(row.props);
      return { ...source, type: 'Source', name: source.title };
    }
    case undefined:
      throw new Error(`node ${String(row.props?.id)} has no Faultline type label (${row.labels?.join(', ')})`);
    default:
      return eventFromProps(row.props);
  }
}

/** A relationship value from `{type, from, to, props}`. */
export function relationshipFromRow(plain: Plain): RelationshipValue {
  const row = plain as unknown as RelationshipRow;
  if (!isRelationshipType(row.type))
    throw new Error(`relationship ${String(row.props?.id)} has unknown type ${row.type}`);
  return relationshipFromProps(row.props, row.type, row.from, row.to);
}
