/** Statements that read the whole graph back, one per node family, each decoded into records. */
import { map, type Row, text } from '../db/decode.js';
import type { Statement } from '../db/index.js';
import type { EventRecord, PartyRecord, PlaceRecord, RelationshipRecord, SourceRecord } from '../domain/records.js';
import { isRelationshipType, RELATIONSHIP_TYPES } from '../domain/vocabulary.js';

const RELATIONSHIP_TYPE_LIST = [...RELATIONSHIP_TYPES];

import {
  eventFromProps,
  partyFromProps,
  placeFromProps,
  relationshipFromProps,
  type StoredProps,
  sourceFromProps,
} from '../storage/properties.js';

const props = (row: Row) => map(row, 'p') as StoredProps;

/** One statement per node family (labels are literals from the vocabulary), and one for relationships. */
export function exportStatements() {
  return {
    sources: {
      cypher: 'MATCH (n:Source) RETURN properties(n) AS p',
      decode: (row) => sourceFromProps(props(row)),
    } satisfies Statement<SourceRecord>,
    places: {
      cypher: 'MATCH (n:Place) RETURN properties(n) AS p',
      decode: (row) => placeFromProps(props(row)),
    } satisfies Statement<PlaceRecord>,
    parties: {
      cypher: 'MATCH (n:Party) RETURN properties(n) AS p',
      decode: (row) => partyFromProps(props(row)),
    } satisfies Statement<PartyRecord>,
    events: {
      cypher: 'MATCH (n:Event) RETURN properties(n) AS p',
      decode: (row) => eventFromProps(props(row)),
    } satisfies Statement<EventRecord>,
    relationships: {
      // Only Faultline's own relationship types belong in a seed document.
      cypher:
        'MATCH (a:Node)-[r]->(b:Node) WHERE type(r) IN $types RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS p',
      params: { types: RELATIONSHIP_TYPE_LIST },
      decode: (row): RelationshipRecord => {
        const type = text(row, 'type');
        if (!isRelationshipType(type)) throw new Error(`not a relationship type: ${type}`);
        const r = relationshipFromProps(props(row), type, text(row, 'from'), text(row, 'to'));
        // Offsets are worked out from the texts on every write: a document carries sources and quotes.
        return { ...r, evidence: r.evidence.map(({ source, quote }) => ({ source, quote })) };
      },
    } satisfies Statement<RelationshipRecord>,
  };
}
