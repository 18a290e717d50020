import type { Statement } from '../db/index.js';
import { nodeMap } from './shared.js';

/** Nodes of any type by id, in one statement (ids that do not exist are simply absent). */
export function nodesByIdsStatement(ids: readonly string[]): Statement {
  return {
    cypher: `UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN ${nodeMap('n')} AS node`,
    params: { ids: [...ids] },
  };
}

/** First and last day covered by any dated event; open periods count up to their start. */
export function dateRangeStatement(): Statement {
  return {
    cypher: `MATCH (e:Event) WHERE e.dateStart IS NOT NULL
RETURN min(e.dateStart) AS first, max(coalesce(e.dateEnd, e.dateStart)) AS last`,
  };
}
