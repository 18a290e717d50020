/** Statements that read the whole graph back, one per node family (labels are vocabulary literals). */
import type { Statement } from '../db/index.js';

/** One statement per node family; labels are literals from the vocabulary. */
export function exportStatements(): Record<'sources' | 'places' | 'parties' | 'events' | 'relationships', Statement> {
  return {
    sources: { cypher: 'MATCH (n:Source) RETURN properties(n) AS p' },
    places: { cypher: 'MATCH (n:Place) RETURN properties(n) AS p' },
    parties: { cypher: 'MATCH (n:Party) RETURN properties(n) AS p' },
    events: { cypher: 'MATCH (n:Event) RETURN properties(n) AS p' },
    relationships: {
      cypher: 'MATCH (a:Node)-[r]->(b:Node) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS p',
    },
  };
}
