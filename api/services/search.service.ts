import { type DrawnProp, luceneQuery, type SearchRow, searchStatement } from '../../core/cypher/index.js';
import type { Database } from '../../core/db/index.js';
import type { NodeType } from '../../core/domain/vocabulary.js';

export type SearchHitValue = SearchRow;

/**
 * Full-text search, best match first; text with no words finds nothing. `nodeProps`: only these
 * stored properties of each hit, or null for whole records.
 */
export async function searchNodes(
  db: Database,
  text: string,
  kinds: readonly NodeType[] | null,
  first: number,
  nodeProps: readonly DrawnProp[] | null = null,
): Promise<SearchHitValue[]> {
  const query = luceneQuery(text);
  if (query === null || first === 0 || kinds?.length === 0) return [];
  return db.read(searchStatement(query, kinds, first, nodeProps));
}
