import { luceneQuery, searchStatement } from '../../core/cypher/index.js';
import type { Database } from '../../core/db/index.js';
import type { NodeType } from '../../core/domain/vocabulary.js';
import { nodeFromRow } from '../../core/cypher/rows.js';
import type { NodeValue } from '../../core/domain/values.js';

export interface SearchHitValue {
  node: NodeValue;
  score: number;
}

/** Full-text search, best match first; text with no words finds nothing. */
export async function searchNodes(
  db: Database,
  text: string,
  kinds: readonly NodeType[] | null,
  first: number,
): Promise<SearchHitValue[]> {
  const query = luceneQuery(text);
  if (query === null || first === 0 || kinds?.length === 0) return [];
  const rows = await db.read(searchStatement(query, kinds, first));
  return rows.map((row) => ({ node: nodeFromRow(row.node ?? null), score: Number(row.score) }));
}
