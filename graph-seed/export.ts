/**
 * `export`: reads the whole graph back from Neo4j into a GraphDocument and writes it as seed
 * YAML. The output is deterministic (sorted by id, fixed field order), so exporting, loading the
 * export into an empty database and exporting again gives the same bytes.
 */
import { stringify } from 'yaml';
import type { Database, Statement } from '../api/db/index.js';
import { emptyDocument, type GraphDocument } from './model/records.js';
import { isRelationshipType } from './model/vocabulary.js';
import {
  eventFromProps,
  partyFromProps,
  placeFromProps,
  relationshipFromProps,
  type StoredProps,
  sourceFromProps,
} from './store/properties.js';
import { documentToSeedObject } from './validate/seed-object.js';

/** One statement per node family; labels are literals from the vocabulary. */
export function exportStatements(): Record<'sources' | 'places' | 'parties' | 'events' | 'relationships', Statement> {
  return {
    sources: { cypher: 'MATCH (n:Source) RETURN properties(n) AS p' },
    places: { cypher: 'MATCH (n:Place) RETURN properties(n) AS p' },
    parties: { cypher: 'MATCH (n:Party) RETURN properties(n) AS p' },
    events: { cypher: 'MATCH (n:Event) RETURN properties(n) AS p' },
    relationships: {
      cypher: 'MATCH (a:Node)-[r]->(b:Node) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS p',
    },
  };
}

/** Plain code-point order, the same on every machine and locale. */
function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Reads every node and relationship in one read transaction (one consistent snapshot). */
export async function exportGraph(db: Database): Promise<GraphDocument> {
  const q = exportStatements();
  const doc = emptyDocument();
  await db.readTransaction(async (run) => {
    const props = async (s: Statement) => (await run(s)).map((row) => row.p as StoredProps);
    doc.sources = (await props(q.sources)).map(sourceFromProps).sort(byId);
    doc.places = (await props(q.places)).map(placeFromProps).sort(byId);
    doc.parties = (await props(q.parties)).map(partyFromProps).sort(byId);
    doc.events = (await props(q.events)).map(eventFromProps).sort(byId);
    const rels = await run(q.relationships);
    for (const row of rels) {
      const type = String(row.type);
      // Only Faultline's own relationship types belong in a seed document.
      if (!isRelationshipType(type)) continue;
      doc.relationships.push(relationshipFromProps(row.p as StoredProps, type, String(row.from), String(row.to)));
    }
    doc.relationships.sort(byId);
  });
  return doc;
}

/** The seed-format YAML of a document: every field written, no line folding, LF endings. */
export function serializeDocument(doc: GraphDocument): string {
  return stringify(documentToSeedObject(doc), {
    lineWidth: 0,
    blockQuote: 'literal',
    indentSeq: true,
    nullStr: 'null',
    aliasDuplicateObjects: false,
  });
}
