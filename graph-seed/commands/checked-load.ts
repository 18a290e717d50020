/**
 * Loading a document made by an importer or the generator into a database that may already hold
 * data: relationships may end on nodes already in the database, and no node of the document may
 * take the id of a database node of another type (that would relabel it).
 */
import { nodeTypesStatement } from '../../core/cypher/identity.cypher.js';
import type { Database } from '../../core/db/index.js';
import type { GraphDocument } from '../../core/domain/records.js';
import type { NodeType } from '../../core/domain/vocabulary.js';
import { documentNodeTypes, formatIdConflicts, idConflicts } from '../identity/snapshot.js';
import { formatLoadSummary, type LoadOptions, loadDocument } from '../load.js';
import { formatValidationErrors, validateDocument } from '../validate/index.js';
import { log, writingProgress } from './shared.js';

/** Nodes the document refers to without holding them (endpoints, places), with their type in the database. */
async function databaseEndpoints(db: Database, doc: GraphDocument): Promise<Map<string, NodeType>> {
  const held = new Set(documentNodeTypes(doc).map(([id]) => id));
  const refs = [
    ...doc.relationships.flatMap((r) => [r.from, r.to]),
    ...doc.places.map((p) => p.within),
    ...doc.parties.map((p) => p.country),
    ...doc.events.map((e) => e.place),
  ].filter((id): id is string => id !== null && !held.has(id));
  const wanted = [...new Set(refs)];
  const out = new Map<string, NodeType>();
  for (let i = 0; i < wanted.length; i += 10_000) {
    for (const row of await db.read(nodeTypesStatement(wanted.slice(i, i + 10_000)))) {
      if (row.type) out.set(row.id, row.type);
    }
  }
  return out;
}

/** Validates `doc` against the database and loads it; returns the exit code. */
export async function loadChecked(
  db: Database,
  doc: GraphDocument,
  label: string,
  options: LoadOptions & { rejected: number },
): Promise<number> {
  if (!options.reset) {
    const conflicts = await idConflicts(db, doc);
    if (conflicts.length > 0) {
      log(formatIdConflicts(conflicts));
      log(
        `${conflicts.length} id${conflicts.length === 1 ? '' : 's'} already taken in the database; nothing was written.`,
      );
      return 1;
    }
  }
  const existing = options.reset ? new Map<string, NodeType>() : await databaseEndpoints(db, doc);
  const { errors } = validateDocument(doc, label, { existing });
  if (errors.length > 0) {
    log(formatValidationErrors(errors));
    log(
      `${errors.length} validation error${errors.length === 1 ? '' : 's'} in the generated document; nothing was written.`,
    );
    return 1;
  }
  const progress = writingProgress();
  try {
    const summary = await loadDocument(db, doc, { ...options, onProgress: progress.onProgress });
    progress.finish();
    log(formatLoadSummary(summary));
  } finally {
    progress.finish();
  }
  return 0;
}
