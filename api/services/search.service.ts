import { luceneQuery, type SearchRow, searchStatement } from '../../core/cypher/index.js';
import type { Database } from '../../core/db/index.js';
import type { NodeType } from '../../core/domain/vocabulary.js';

export type SearchHitValue = SearchRow;

/** Full-text search, best match first; text with no words finds nothing. */
export async function searchNodes(
  db: Database,
  text: string,
  kinds: readonly NodeType[] | null,
  first: number,
): Promise<SearchHitValue[]> {
  const query = luceneQuery(text);
  if (query === null || first === 0 || kinds?.length === 0) return [];
  return db.read(searchStatement(query, kinds, first));
}
