/**
 * `export`: reads the whole graph back from Neo4j into a GraphDocument and writes it as seed
 * YAML. The output is deterministic (sorted by id, fixed field order), so exporting, loading the
 * export into an empty database and exporting again gives the same bytes.
 */
import { stringify } from 'yaml';
import { exportStatements } from '../core/cypher/export.cypher.js';
import type { Database, Statement } from '../core/db/index.js';
import { emptyDocument, type GraphDocument } from '../core/domain/records.js';
import { isRelationshipType } from '../core/domain/vocabulary.js';
import {
  eventFromProps,
  partyFromProps,
  placeFromProps,
  relationshipFromProps,
  type StoredProps,
  sourceFromProps,
} from '../core/storage/properties.js';
import { documentToSeedObject } from './validate/seed-object.js';

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
