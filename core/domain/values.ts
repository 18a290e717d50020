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

/** One evidence item before its source is loaded. */
export type EvidenceValue = EvidenceRecord;

export function isParty(value: NodeValue | null | undefined): value is PartyRecord {
  return value?.type === 'Person' || value?.type === 'Organisation';
}

export function isEvent(value: NodeValue | null | undefined): value is EventRecord {
  return value !== null && value !== undefined && !isParty(value) && value.type !== 'Place' && value.type !== 'Source';
}
