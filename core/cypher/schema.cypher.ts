/**
 * Constraints and indexes. Every statement uses IF NOT EXISTS, so applying the schema again is
 * a no-op; names are stable so they can be inspected with SHOW CONSTRAINTS / SHOW INDEXES.
 */
import { num, texts } from '../db/decode.js';
import type { Statement } from '../db/index.js';
import { EVENT_TYPES, NODE_TYPES, PARTY_TYPES, RELATIONSHIP_TYPES } from '../domain/vocabulary.js';
import { cypherInt } from './shared.js';

/** Name of the full-text index over names, aliases, descriptions and summaries. */
export const SEARCH_INDEX = 'node_search';

/** Every schema statement Faultline needs, in the order to apply them. */
export function schemaStatements(): Statement[] {
  const statements: string[] = [
    // One id space across all nodes: node(id:) and relationship endpoints look up by Node.id.
    'CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE',
  ];
  for (const type of NODE_TYPES) {
    statements.push(`CREATE CONSTRAINT ${type.toLowerCase()}_id IF NOT EXISTS FOR (n:${type}) REQUIRE n.id IS UNIQUE`);
  }
  for (const type of RELATIONSHIP_TYPES) {
    statements.push(
      `CREATE CONSTRAINT rel_${type.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE r.id IS UNIQUE`,
    );
    statements.push(`CREATE INDEX rel_${type.toLowerCase()}_date IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.dateStart)`);
  }
  statements.push(
    // Lookups by id through the family labels (`(:Party {id})`, `(:Event {id})`) would scan the label without these.
    'CREATE INDEX party_id IF NOT EXISTS FOR (n:Party) ON (n.id)',
    'CREATE INDEX event_id IF NOT EXISTS FOR (n:Event) ON (n.id)',
    'CREATE INDEX party_kind IF NOT EXISTS FOR (n:Party) ON (n.kind)',
    'CREATE INDEX party_country IF NOT EXISTS FOR (n:Party) ON (n.country)',
    'CREATE INDEX party_name IF NOT EXISTS FOR (n:Party) ON (n.name)',
    // Listings by name read these in order (core/cypher/listing.cypher.ts).
    'CREATE INDEX party_name_key IF NOT EXISTS FOR (n:Party) ON (n.nameKey)',
    'CREATE INDEX event_name_key IF NOT EXISTS FOR (n:Event) ON (n.nameKey)',
    'CREATE INDEX event_type IF NOT EXISTS FOR (n:Event) ON (n.type)',
    'CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.dateStart)',
    'CREATE INDEX event_date_end IF NOT EXISTS FOR (n:Event) ON (n.dateEnd)',
    'CREATE INDEX event_place IF NOT EXISTS FOR (n:Event) ON (n.place)',
    `CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS FOR (n:${[...PARTY_TYPES, ...EVENT_TYPES, 'Place'].join('|')}) ON EACH [n.name, n.aliases, n.description, n.summary]`,
  );
  return statements.map((cypher) => ({ cypher }));
}

/**
 * Gives parties and events written before `nameKey` existed their key (the storage mapping's
 * `nameKey`: the lower-cased name), at most `batch` per call; returns how many it set. Callers
 * repeat it until it returns 0, so a large old graph is back-filled in bounded transactions.
 */
export function backfillNameKeyStatement(batch = 20_000): Statement<{ updated: number }> {
  return {
    cypher: `MATCH (n:Party|Event)
WHERE n.nameKey IS NULL
WITH n LIMIT $batch
SET n.nameKey = toLower(coalesce(n.name, ''))
RETURN count(n) AS updated`,
    params: { batch: cypherInt(batch) },
    decode: (row) => ({ updated: num(row, 'updated') }),
  };
}

/** The name a schema statement creates (`CREATE … INDEX|CONSTRAINT <name> IF NOT EXISTS …`). */
export function schemaNameOf(statement: Statement): string {
  const m = /^CREATE (?:FULLTEXT )?(?:INDEX|CONSTRAINT) (\w+) IF NOT EXISTS/.exec(statement.cypher);
  if (!m?.[1]) throw new Error(`not a named schema statement: ${statement.cypher.slice(0, 60)}`);
  return m[1];
}

/** Names of the indexes and of the constraints the database has (two statements: SHOW cannot be combined). */
export function schemaNamesStatements(): Statement<{ names: string[] }>[] {
  return ['SHOW INDEXES', 'SHOW CONSTRAINTS'].map((show) => ({
    cypher: `${show} YIELD name RETURN collect(name) AS names`,
    decode: (row) => ({ names: texts(row, 'names') }),
  }));
}

/** Waits until every index is online (or the timeout in seconds passes). */
export function awaitIndexesStatement(seconds = 300): Statement {
  return { cypher: 'CALL db.awaitIndexes($seconds)', params: { seconds } };
}
