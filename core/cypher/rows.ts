/**
 * Decoders for the nodes and relationships that statements return (`nodeMap`, `relMap` in
 * shared.ts): the plain values become domain values only through core/storage's *FromProps.
 */
import { DecodeError, listOf, mapOf, type Row, textOf, textsOf } from '../db/decode.js';
import type { Plain } from '../db/index.js';
import { type NodeValue, placeValue, type RelationshipValue, sourceValue } from '../domain/values.js';
import { isRelationshipType, NODE_TYPES, type NodeType } from '../domain/vocabulary.js';
import {
  eventFromProps,
  partyFromProps,
  placeFromProps,
  relationshipFromProps,
  sourceFromProps,
} from '../storage/properties.js';
import { type DrawnProp, projectedKeys } from './shared.js';

function concreteType(labels: readonly string[]): NodeType | undefined {
  return NODE_TYPES.find((t) => labels.includes(t));
}

/** A node value from `[labels, props]` (shared.ts `nodeMap`); throws on a node without a Faultline type label. */
export function nodeFromRow(plain: Plain): NodeValue {
  const parts = listOf(plain, 'node');
  return nodeFromParts(textsOf(parts[0], 'labels'), propsFromPlain(parts[1] ?? null, null));
}

/** Decodes shared.ts `nodeMapOf(v, props)`: props as values in a known order, or whole records when null. */
export function nodeDecoder(props: readonly DrawnProp[] | null): (plain: Plain) => NodeValue {
  if (props === null) return nodeFromRow;
  const keys = projectedKeys(props);
  return (plain) => {
    const parts = listOf(plain, 'node');
    return nodeFromParts(textsOf(parts[0], 'labels'), propsFromPlain(parts[1] ?? null, keys));
  };
}

/**
 * Stored properties as shared.ts `propsListOf` returns them: values in the order of `keys`
 * (projectedKeys), or the whole property map when `keys` is null.
 */
export function propsFromPlain(plain: Plain, keys: readonly string[] | null): Record<string, Plain> {
  if (keys === null) return mapOf(plain, 'props');
  const values = listOf(plain, 'props');
  if (values.length !== keys.length) {
    throw new DecodeError(`column props: expected ${keys.length} values (${keys.join(', ')}), got ${values.length}`);
  }
  const props: Record<string, Plain> = {};
  for (let i = 0; i < keys.length; i++) props[keys[i] as string] = values[i] ?? null;
  return props;
}

/** A node value from its labels and stored properties; throws on a node without a Faultline type label. */
export function nodeFromParts(labels: readonly string[], props: Record<string, Plain>): NodeValue {
  const type = concreteType(labels);
  switch (type) {
    case 'Person':
    case 'Organisation':
      return partyFromProps(props);
    case 'Place':
      return placeValue(placeFromProps(props));
    case 'Source':
      return sourceValue(sourceFromProps(props));
    case undefined:
      throw new Error(`node ${JSON.stringify(props.id)} has no Faultline type label (${labels.join(', ')})`);
    default:
      return eventFromProps(props);
  }
}

/** A relationship value from `[type, from, to, props]` (shared.ts `relMap`). */
export function relationshipFromRow(plain: Plain): RelationshipValue {
  return relationshipWith(plain, null);
}

/** Decodes shared.ts `relMapOf(r, props)`: props as values in a known order, or whole records when null. */
export function relationshipDecoder(props: readonly DrawnProp[] | null): (plain: Plain) => RelationshipValue {
  if (props === null) return relationshipFromRow;
  const keys = projectedKeys(props);
  return (plain) => relationshipWith(plain, keys);
}

function relationshipWith(plain: Plain, keys: readonly string[] | null): RelationshipValue {
  const parts = listOf(plain, 'rel');
  return relationshipFromParts(
    textOf(parts[0], 'type'),
    textOf(parts[1], 'from'),
    textOf(parts[2], 'to'),
    relPropsFromPlain(parts[3] ?? null, keys),
  );
}

/**
 * A relationship's stored properties as propsFromPlain reads them. A projection of its quotes
 * without their sources (`evidence { quote }`: api/schema/projection.ts) gets an empty source per
 * quote, so that its evidence keeps every quote, in order; nothing that reads a source is asked.
 */
export function relPropsFromPlain(plain: Plain, keys: readonly string[] | null): Record<string, Plain> {
  const props = propsFromPlain(plain, keys);
  if (keys !== null && !keys.includes('evidenceSources') && keys.includes('evidenceQuotes')) {
    const quotes = props.evidenceQuotes;
    props.evidenceSources = Array.isArray(quotes) ? quotes.map(() => '') : [];
  }
  return props;
}

/** A relationship value from its type, endpoint ids and stored properties. */
export function relationshipFromParts(
  type: string,
  from: string,
  to: string,
  props: Record<string, Plain>,
): RelationshipValue {
  if (!isRelationshipType(type)) throw new Error(`relationship ${JSON.stringify(props.id)} has unknown type ${type}`);
  return relationshipFromProps(props, type, from, to);
}

/** A list of nodes (a `collect(nodeMap)` column). */
export function nodesFromList(row: Row, key: string): NodeValue[] {
  const value = row[key];
  return Array.isArray(value) ? value.map(nodeFromRow) : [];
}

/** A list of relationships (a `collect(relMap)` column). */
export function relationshipsFromList(row: Row, key: string): RelationshipValue[] {
  const value = row[key];
  return Array.isArray(value) ? value.map(relationshipFromRow) : [];
}
