import { num } from '../db/decode.js';
import type { Statement } from '../db/index.js';
import type { NodeValue } from '../domain/values.js';
import type { NodeType } from '../domain/vocabulary.js';
import { nodeDecoder } from './rows.js';
import { SEARCH_INDEX } from './schema.cypher.js';
import { cypherInt, type DrawnProp, nodeMapOf } from './shared.js';

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes every character Lucene's query parser would read as syntax. */
export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/**
 * The Lucene query for user text: each word matches as itself or as a prefix, any word may
 * match (more matching words score higher). Words are lower-cased so AND/OR/NOT stay words.
 * Null when the text holds no word.
 */
export function luceneQuery(text: string): string | null {
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '')
    .map(escapeLucene);
  if (words.length === 0) return null;
  return words.map((w) => `(${w} OR ${w}*)`).join(' ');
}

/** Full-text search over `node_search`, best score first; `kinds` limits the node types. */
export interface SearchRow {
  node: NodeValue;
  score: number;
}

/** `nodeProps`: only these stored properties of each hit (and its id), or null for the whole record. */
export function searchStatement(
  query: string,
  kinds: readonly NodeType[] | null,
  first: number,
  nodeProps: readonly DrawnProp[] | null = null,
): Statement<SearchRow> {
  const decodeNode = nodeDecoder(nodeProps);
  return {
    cypher: `CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
WITH node, score
WHERE $kinds IS NULL OR any(l IN labels(node) WHERE l IN $kinds)
ORDER BY score DESC, node.id ASC
LIMIT $first
RETURN ${nodeMapOf('node', nodeProps)} AS node, score`,
    params: { index: SEARCH_INDEX, query, kinds: kinds ? [...kinds] : null, first: cypherInt(first) },
    decode: (row) => ({ node: decodeNode(row.node ?? null), score: num(row, 'score') }),
  };
}
