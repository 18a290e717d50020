/**
 * `export`: reads the whole graph back from Neo4j into a GraphDocument and writes it as seed
 * YAML. The output is deterministic (sorted by id, fixed field order), so exporting, loading the
 * export into an empty database and exporting again gives the same bytes.
 */
import { stringify } from 'yaml';
import { exportStatements } from '../core/cypher/export.cypher.js';
import type { Database } from '../core/db/index.js';
import { emptyDocument, type GraphDocument } from '../core/domain/records.js';
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
    doc.sources = (await run(q.sources)).sort(byId);
    doc.places = (await run(q.places)).sort(byId);
    doc.parties = (await run(q.parties)).sort(byId);
    doc.events = (await run(q.events)).sort(byId);
    doc.relationships = (await run(q.relationships)).sort(byId);
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
