/**
 * The all-time opposition actor network counted straight from Neo4j, written here again from the
 * rule (core/cypher/actor-network.cypher.ts, api/services/actor-network-ties.ts) rather than
 * through the API's statements, so a test can hold the explorer's figures against it:
 *
 * a tie A → B (A ≠ B, both parties) weighs the events A carried out that targeted or killed B,
 * each event once, plus A's OPPOSES, CONDEMNED, DEMANDS and KILLED relationships to B, where a
 * DERIVED one counts only when no event of A targeted or killed B. Undated things count.
 */
import type { Database } from '../../core/db/index.js';
import { num, text } from '../../core/db/index.js';

export interface TrueTie {
  from: string;
  to: string;
  weight: number;
}

export interface TrueNetwork {
  /** By tie id, `from|OPPOSITION|to` (the id the API gives a tie). */
  ties: Map<string, TrueTie>;
  /** Parties touching at least one tie. */
  parties: Set<string>;
  /** Ties touching each party. */
  degree: Map<string, number>;
}

const WEIGHTS = `CALL () {
  MATCH (a:Party)-[:CARRIED_OUT]->(e:Event)-[:TARGETED|KILLED]->(b:Party)
  WHERE a <> b
  WITH DISTINCT a, b, e
  RETURN a.id AS from, b.id AS to, count(e) AS n
  UNION ALL
  MATCH (a:Party)-[r:OPPOSES|CONDEMNED|DEMANDS|KILLED]->(b:Party)
  WHERE a <> b
    AND (coalesce(r.status, 'STATED') <> 'DERIVED'
      OR NOT EXISTS { (a)-[:CARRIED_OUT]->(:Event)-[:TARGETED|KILLED]->(b) })
  RETURN a.id AS from, b.id AS to, count(r) AS n
}
RETURN from, to, sum(n) AS weight`;

/** Every opposition tie of all time with its weight, read in one statement. */
export async function trueOppositionNetwork(db: Database): Promise<TrueNetwork> {
  const rows = await db.read({
    cypher: WEIGHTS,
    decode: (row) => ({ from: text(row, 'from'), to: text(row, 'to'), weight: num(row, 'weight') }),
  });
  const ties = new Map<string, TrueTie>();
  const degree = new Map<string, number>();
  for (const t of rows) {
    ties.set(`${t.from}|OPPOSITION|${t.to}`, t);
    for (const p of new Set([t.from, t.to])) degree.set(p, (degree.get(p) ?? 0) + 1);
  }
  return { ties, parties: new Set(degree.keys()), degree };
}

/**
 * The number of opposition ties (distinct ordered pairs) and of parties touching one, counted by
 * Cypher alone, in another shape than `trueOppositionNetwork` (which parties a derived
 * relationship adds does not depend on the derived rule: its pair is a tie either way).
 */
export async function trueOppositionTotals(db: Database): Promise<{ ties: number; parties: number }> {
  const [row] = await db.read({
    cypher: `CALL () {
  MATCH (a:Party)-[:CARRIED_OUT]->(:Event)-[:TARGETED|KILLED]->(b:Party) WHERE a <> b
  RETURN a, b
  UNION
  MATCH (a:Party)-[:OPPOSES|CONDEMNED|DEMANDS|KILLED]->(b:Party) WHERE a <> b
  RETURN a, b
}
WITH count(*) AS ties
CALL () {
  MATCH (p:Party)
  WHERE EXISTS { (p)-[:CARRIED_OUT]->(:Event)-[:TARGETED|KILLED]->(b:Party) WHERE b <> p }
    OR EXISTS { (a:Party)-[:CARRIED_OUT]->(:Event)-[:TARGETED|KILLED]->(p) WHERE a <> p }
    OR EXISTS { (p)-[:OPPOSES|CONDEMNED|DEMANDS|KILLED]-(b:Party) WHERE b <> p }
  RETURN count(p) AS parties
}
RETURN ties, parties`,
    decode: (row) => ({ ties: num(row, 'ties'), parties: num(row, 'parties') }),
  });
  return row ?? { ties: 0, parties: 0 };
}
