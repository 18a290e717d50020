/**
 * Relationships read in part. A slice whose selection shows only Relationship fields reads each
 * relationship's properties by name (evidence and derivations included) instead of its whole
 * property map, and must answer exactly as the whole record does. Whole records come back without
 * the DATE copies of their dates' days, which no field reads.
 */
import type { GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFaultlineSchema } from '../../api/schema/build-schema.js';
import { wholeNode, wholeRelationship } from '../../core/cypher/index.js';
import { executeCounted } from '../support/graphql.js';
import { loadSeedGraph, testDatabase } from '../support/neo4j.js';

const db = testDatabase();
let schema: GraphQLSchema;

const FIELDS = `id type from to status role note
  date { precision value start end firstDay lastDay }
  evidence { quote offset source { id title } }
  derivedFrom { id evidence { quote offset } }`;

interface Edge {
  id: string;
  status: string;
  evidence: unknown[];
  derivedFrom: unknown[];
}

beforeAll(async () => {
  schema = await buildFaultlineSchema();
  await loadSeedGraph(db);
});

describe('relationships read in part', () => {
  it('answer every Relationship field as the whole record does, reading the properties by name', async () => {
    const cyphers: string[] = [];
    const stop = db.onStatement((e) => cyphers.push(e.cypher));
    const listed = await executeCounted(
      db,
      schema,
      `{ parties(first: 100) { edges { node { id relationships(first: 100) { edges { node { ${FIELDS} } } } } } } }`,
    ).finally(stop);
    const page = cyphers[0] ?? '';
    expect(page).toContain('x.r.evidenceQuotes');
    expect(page).toContain('x.r.derivedFrom');
    expect(page).not.toContain(wholeRelationship('x.r'));

    const edges = (
      listed.data.parties as { edges: { node: { relationships: { edges: { node: Edge }[] } } }[] }
    ).edges.flatMap((p) => p.node.relationships.edges.map((e) => e.node));
    const byId = new Map(edges.map((e) => [e.id, e]));
    // The seed's relationships: stated ones with quotes, derived ones with their bases.
    expect(byId.size).toBeGreaterThan(40);
    expect([...byId.values()].some((e) => e.status === 'DERIVED' && e.derivedFrom.length > 0)).toBe(true);
    expect([...byId.values()].some((e) => e.evidence.length > 0)).toBe(true);

    // The same relationships by id: whole records, through the relationship loader.
    const ids = [...byId.keys()];
    const whole = await executeCounted(
      db,
      schema,
      `{ ${ids.map((id, i) => `r${i}: relationship(id: ${JSON.stringify(id)}) { ${FIELDS} }`).join('\n')} }`,
    );
    ids.forEach((id, i) => {
      expect(whole.data[`r${i}`], id).toEqual(byId.get(id));
    });
  });

  it('come back whole without the DATE copies of their days, and with every other property', async () => {
    const [row] = await db.read({
      cypher: `MATCH (e:Event) WHERE e.dateStart IS NOT NULL
WITH e LIMIT 1
MATCH (s:Source) WITH e, s LIMIT 1
MATCH ()-[r]->() WHERE r.dateStart IS NOT NULL
WITH e, s, r LIMIT 1
RETURN ${wholeNode('e')} AS event, ${wholeNode('s')} AS source, ${wholeRelationship('r')} AS rel,
  properties(e) AS eventAll, properties(s) AS sourceAll, properties(r) AS relAll`,
    });
    expect(row).toBeDefined();
    const { event, source, rel, eventAll, sourceAll, relAll } = row as Record<string, Record<string, unknown>>;
    const without = (all: Record<string, unknown> | undefined, keys: string[]) => ({
      ...all,
      ...Object.fromEntries(keys.map((k) => [k, null])),
    });
    expect(eventAll?.dateStart).not.toBeNull();
    expect(event).toEqual(without(eventAll, ['dateStart', 'dateEnd']));
    expect(sourceAll?.text).toEqual(expect.any(String));
    expect(source).toEqual(without(sourceAll, ['publishedStart', 'publishedEnd']));
    expect(rel).toEqual(without(relAll, ['dateStart', 'dateEnd']));
  });
});
