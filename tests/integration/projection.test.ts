/**
 * Relationships read in part. A slice whose selection shows only Relationship fields reads each
 * relationship's properties by name (evidence and derivations included) instead of its whole
 * property map, and must answer exactly as the whole record does. Whole records come back without
 * the DATE copies of their dates' days, which no field reads. The relationships an edge was
 * derived from, and their ends, are read in part the same way when the edges themselves are.
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

/** Runs `source` (see executeCounted), with the Cypher of each statement it ran. */
async function runWithStatements(source: string): Promise<{ data: Record<string, unknown>; cyphers: string[] }> {
  const cyphers: string[] = [];
  const stop = db.onStatement((e) => cyphers.push(e.cypher));
  const { data } = await executeCounted(db, schema, source).finally(stop);
  return { data, cyphers };
}

/** Every party's relationships as a listing reads them with `fields`, by id, and the statements it ran. */
async function listedRelationships(fields: string): Promise<{ byId: Map<string, Edge>; cyphers: string[] }> {
  const { data, cyphers } = await runWithStatements(
    `{ parties(first: 100) { edges { node { id relationships(first: 100) { edges { node { ${fields} } } } } } } }`,
  );
  const edges = (data.parties as { edges: { node: { relationships: { edges: { node: Edge }[] } } }[] }).edges.flatMap(
    (p) => p.node.relationships.edges.map((e) => e.node),
  );
  return { byId: new Map(edges.map((e) => [e.id, e])), cyphers };
}

/** Checks that each relationship of `byId` is what `fields` of its whole record, through the relationship loader, answer. */
async function expectAsWholeRecords(byId: Map<string, Edge>, fields: string): Promise<void> {
  const ids = [...byId.keys()];
  const whole = await executeCounted(
    db,
    schema,
    `{ ${ids.map((id, i) => `r${i}: relationship(id: ${JSON.stringify(id)}) { ${fields} }`).join('\n')} }`,
  );
  ids.forEach((id, i) => {
    expect(whole.data[`r${i}`], id).toEqual(byId.get(id));
  });
}

beforeAll(async () => {
  schema = await buildFaultlineSchema();
  await loadSeedGraph(db);
});

describe('relationships read in part', () => {
  it('answer every Relationship field as the whole record does, reading the properties by name', async () => {
    const { byId, cyphers } = await listedRelationships(FIELDS);
    const page = cyphers[0] ?? '';
    expect(page).toContain('x[0].evidenceQuotes');
    expect(page).toContain('x[0].evidenceSources');
    expect(page).toContain('x[0].derivedFrom');
    expect(page).not.toContain(wholeRelationship('x[0]'));
    // The seed's relationships: stated ones with quotes, derived ones with their bases.
    expect(byId.size).toBeGreaterThan(40);
    expect([...byId.values()].some((e) => e.status === 'DERIVED' && e.derivedFrom.length > 0)).toBe(true);
    expect([...byId.values()].some((e) => e.evidence.length > 0)).toBe(true);
    await expectAsWholeRecords(byId, FIELDS);
  });

  it('read the quotes alone when the evidence asks for nothing else, in order, and answer as the whole record', async () => {
    const quoted = `id evidence { quote }`;
    const { byId, cyphers } = await listedRelationships(quoted);
    expect(cyphers[0]).toContain('x[0].evidenceQuotes');
    expect(cyphers[0]).not.toContain('evidenceSources');
    expect(cyphers[0]).not.toContain('evidenceOffsets');
    // Some relationships cite several quotes: their order is the stored one.
    expect([...byId.values()].some((e) => e.evidence.length > 1)).toBe(true);
    await expectAsWholeRecords(byId, quoted);

    // A network's edges alike; asking for the source too reads the sources again.
    const drawn = await runWithStatements(`{ network(kind: OPPOSITION) { edges { id evidence { quote } } } }`);
    expect(drawn.cyphers[0]).not.toContain('evidenceSources');
    const sourced = await runWithStatements(
      `{ network(kind: OPPOSITION) { edges { id evidence { quote source { id } } } } }`,
    );
    expect(sourced.cyphers[0]).toContain('evidenceSources');
    const quotesOf = (d: Record<string, unknown>) =>
      (d.network as { edges: { id: string; evidence: { quote: string }[] }[] }).edges.map((e) => [
        e.id,
        e.evidence.map((x) => x.quote),
      ]);
    expect(quotesOf(drawn.data)).toEqual(quotesOf(sourced.data));
    expect(quotesOf(drawn.data).some(([, quotes]) => (quotes as string[]).length > 0)).toBe(true);
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

/** What an analyst asks of the relationships an edge was derived from (the explorer's EdgeBaseFields). */
const BASE_FIELDS = `id type from to status role note
  date { precision value start end firstDay lastDay }
  evidence { quote offset source { id title } }
  fromNode { id name type }
  toNode { id name type }`;

interface Derived {
  id: string;
  derivedFrom: { id: string }[];
}

/** The bases of `edges` by id, each answer once, checked to be the same wherever it appears. */
function basesOf(edges: Derived[]): Map<string, { id: string }> {
  const bases = new Map<string, { id: string }>();
  for (const base of edges.flatMap((e) => e.derivedFrom)) {
    const seen = bases.get(base.id);
    if (seen) expect(base).toEqual(seen);
    bases.set(base.id, base);
  }
  return bases;
}

/** The same relationships by id, whole, through the loaders: `BASE_FIELDS` for each. */
async function wholeAnswers(ids: string[]): Promise<Record<string, unknown>> {
  const whole = await executeCounted(
    db,
    schema,
    `{ ${ids.map((id, i) => `r${i}: relationship(id: ${JSON.stringify(id)}) { ${BASE_FIELDS} }`).join('\n')} }`,
  );
  return Object.fromEntries(ids.map((id, i) => [id, whole.data[`r${i}`]]));
}

describe('derivations read in part', () => {
  it("answer a drawn graph's derivedFrom as the whole records do, with only the properties it shows", async () => {
    const { data: drawn, cyphers } = await runWithStatements(
      `{ network(kind: OPPOSITION) { edges { id status derivedFrom { ${BASE_FIELDS} } } } }`,
    );
    // One statement: the bases and their ends came with the edges, read by name.
    expect(cyphers).toHaveLength(1);
    expect(cyphers[0]).toContain('d.evidenceQuotes');
    expect(cyphers[0]).not.toContain(wholeRelationship('d'));
    expect(cyphers[0]).not.toContain(wholeNode('n'));

    const edges = (drawn.network as { edges: Derived[] }).edges;
    const bases = basesOf(edges);
    expect(bases.size).toBeGreaterThan(3);
    expect(await wholeAnswers([...bases.keys()])).toEqual(Object.fromEntries(bases));
  });

  it("answer a node's relationships' derivedFrom as the whole records do", async () => {
    const { data: listed, cyphers } = await runWithStatements(
      `{ parties(first: 100) { edges { node { id relationships(first: 100) { edges { node { id derivedFrom { ${BASE_FIELDS} } } } } } } } }`,
    );
    expect(cyphers.join('\n')).toContain('d.evidenceQuotes');
    expect(cyphers.join('\n')).not.toContain(wholeRelationship('d'));

    const edges = (
      listed.parties as { edges: { node: { relationships: { edges: { node: Derived }[] } } }[] }
    ).edges.flatMap((p) => p.node.relationships.edges.map((e) => e.node));
    const bases = basesOf(edges);
    expect(bases.size).toBeGreaterThan(3);
    expect(await wholeAnswers([...bases.keys()])).toEqual(Object.fromEntries(bases));
  });

  it('read the bases whole when the edges are (they are cached and other fields may reach them)', async () => {
    // fromNode on the edges reads them whole: primed into the loaders, reachable by any field.
    const { cyphers } = await runWithStatements(
      `{ network(kind: OPPOSITION) { edges { id fromNode { id } derivedFrom { id note } } } }`,
    );
    expect(cyphers[0]).toContain(wholeRelationship('d'));
  });

  it('never answer another field of the same request, which gets the whole records', async () => {
    const drawn = await executeCounted(
      db,
      schema,
      `{ network(kind: OPPOSITION) { edges { id derivedFrom { id fromNode { id } } } } }`,
    );
    const base = basesOf((drawn.data.network as { edges: Derived[] }).edges)
      .keys()
      .next().value as string;
    const [whole] = Object.values(await wholeAnswers([base]));
    const wider = `id note evidence { quote offset source { id title } } fromNode { id name type ... on Party { aliases } }`;
    // In either order (graphql-js resolves the two side by side; tests/unit/loaders-derivations.test.ts
    // checks that values read in part stay out of the caches).
    for (const [first, second] of [
      [
        'g: network(kind: OPPOSITION) { edges { id derivedFrom { id fromNode { id } } } }',
        `r: relationship(id: "${base}") { ${wider} }`,
      ],
      [
        `r: relationship(id: "${base}") { ${wider} }`,
        'g: network(kind: OPPOSITION) { edges { id derivedFrom { id fromNode { id } } } }',
      ],
    ]) {
      const both = await executeCounted(db, schema, `{ ${first} ${second} }`);
      const r = both.data.r as Record<string, unknown> & { fromNode: { aliases: unknown } };
      expect(r).toMatchObject({ id: base, note: (whole as { note: unknown }).note });
      expect(r.evidence).toEqual((whole as { evidence: unknown }).evidence);
      expect(r.fromNode.aliases).toEqual(expect.any(Array));
      // And the graph's own bases are still the ones it read.
      const g = both.data.g as { edges: Derived[] };
      expect(basesOf(g.edges).get(base)).toEqual({ id: base, fromNode: { id: (whole as { from: string }).from } });
    }
  });
});
