/** The values resolvers pass around: the model's records, with a `type` on every node. */
import type {
  EventRecord,
  EvidenceRecord,
  PartyRecord,
  PlaceRecord,
  RelationshipRecord,
  SourceRecord,
} from './records.js';

export type PlaceValue = PlaceRecord & { type: 'Place' };
export type SourceValue = SourceRecord & { type: 'Source'; name: string };
export type NodeValue = PartyRecord | EventRecord | PlaceValue | SourceValue;
export type RelationshipValue = RelationshipRecord;

/*
 * The two below add the node's type to a record in place instead of copying it with a spread
 * (`{ ...record, type: 'Place' }`). On Node 20, a spread followed by a key the copied object does
 * not have takes about a microsecond, and once optimised gives every copy a hidden class of its
 * own, so each read of such a value elsewhere misses V8's inline caches. Decoders build these
 * values for every place and source of an answer. Give them a record nothing else holds.
 */

/** `record` (freshly built, owned by the caller) as a place value. */
export function placeValue(record: PlaceRecord): PlaceValue {
  return Object.assign(record, { type: 'Place' as const });
}

/** `record` (freshly built, owned by the caller) as a source value, named by its title. */
export function sourceValue(record: SourceRecord): SourceValue {
  return Object.assign(record, { type: 'Source' as const, name: record.title });
}

/** One evidence item before its source is loaded. */
export type EvidenceValue = EvidenceRecord;

export function isParty(value: NodeValue | null | undefined): value is PartyRecord {
  return value?.type === 'Person' || value?.type === 'Organisation';
}

export function isEvent(value: NodeValue | null | undefined): value is EventRecord {
  return value !== null && value !== undefined && !isParty(value) && value.type !== 'Place' && value.type !== 'Source';
}
