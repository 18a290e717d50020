/**
 * Large answers in parts. A statement that gathers its whole answer into one row (a drawn graph:
 * its edges, nodes, derivations and sources) makes one record of up to megabytes. Neo4j sends a
 * record in Bolt chunks, and the driver decodes a record that spans several chunks piece by piece,
 * every string through a streaming decoder: measured on this machine, 6,000 small maps took 92 ms
 * as one record and 40 ms as rows of 50. So such statements end with returnInParts, and their
 * callers put the rows back together with joinParts.
 */

/** Items of each list per row: rows of a few KB when items are whole relationships with their quotes. */
export const PART_ITEMS = 10;

/** A returned column: its expression and its name (the same for a variable returned as it is). */
export type Column = readonly [expression: string, name: string];

const bind = ([expression, name]: Column) => (expression === name ? name : `${expression} AS ${name}`);

/**
 * Closing clauses returning the columns `scalars` and the list columns `lists` in rows of at most
 * PART_ITEMS items of each list, one row at least (when every list is empty). Every row repeats
 * the scalars; the rows come in order (ORDER BY: Cypher promises no order without it), so the
 * lists' items keep theirs across the rows.
 */
export function returnInParts(scalars: readonly Column[], lists: readonly Column[]): string {
  const names = lists.map(([, name]) => name);
  const longest = `reduce(longest = 1, l IN [${names.join(', ')}] | CASE WHEN size(l) > longest THEN size(l) ELSE longest END)`;
  return `WITH ${[...scalars, ...lists].map(bind).join(', ')}
UNWIND range(0, ${longest} - 1, ${PART_ITEMS}) AS part
RETURN ${[...scalars.map(([, name]) => name), ...names.map((n) => `${n}[part..part + ${PART_ITEMS}] AS ${n}`)].join(', ')}
ORDER BY part`;
}

/**
 * One answer from the decoded rows of a statement ending in returnInParts: the first row's
 * scalars and every row's lists end to end (every array field of R is such a list); undefined
 * when there is no row.
 */
export function joinParts<R extends object>(rows: readonly R[]): R | undefined {
  const [first] = rows;
  if (!first || rows.length === 1) return first;
  const joined: Record<string, unknown> = { ...(first as Record<string, unknown>) };
  for (const [key, value] of Object.entries(first)) {
    if (Array.isArray(value)) joined[key] = rows.flatMap((row) => (row as Record<string, unknown[]>)[key] ?? []);
  }
  return joined as R;
}
