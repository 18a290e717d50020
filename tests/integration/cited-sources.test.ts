/**
 * Cited sources: a statement that reads evidence returns the sources it cites without their text
 * unless the selection shows it, and works out each quote's offset itself. The offsets must equal
 * JavaScript's indexOf (UTF-16 code units), texts with characters beyond U+FFFF included, and a
 * source read without its text must still answer `text` wherever the request reaches it.
 */
import type { GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFaultlineSchema } from '../../api/schema/build-schema.js';
import { NO_TAIL, networkStatement, pathStatement } from '../../core/cypher/index.js';
import { exactDate } from '../../core/domain/fuzzy-date.js';
import { emptyDocument, type GraphDocument, relationshipId } from '../../core/domain/records.js';
import type { RelationshipType } from '../../core/domain/vocabulary.js';
import { writeGraph } from '../../core/storage/graph-writer.js';
import { executeCounted } from '../support/graphql.js';
import { resetDatabase, testDatabase } from '../support/neo4j.js';

const db = testDatabase();
let schema: GraphQLSchema;

/** Texts whose quotes are hard to place: after an emoji, twice over, with regex characters, at 0. */
const TEXTS: Record<string, string> = {
  emoji: '😀 Breaking 🇺🇳: the Northern Militia attacked the Southern State at dawn.',
  plain: 'Quote (a.b)* once. The Southern State struck [back]; quote (a.b)* again.',
  start: 'The Northern Militia fought the Eastern Front. '.repeat(200),
};

const QUOTES: [string, RelationshipType, string, string, string][] = [
  ['north', 'OPPOSES', 'south', 'emoji', 'the Northern Militia attacked the Southern State'],
  ['south', 'OPPOSES', 'north', 'plain', 'The Southern State struck [back]'],
  ['south', 'SUPPORTS', 'east', 'plain', 'quote (a.b)*'],
  ['north', 'OPPOSES', 'east', 'start', 'The Northern Militia fought the Eastern Front.'],
];

function graph(): GraphDocument {
  const doc = emptyDocument();
  for (const [id, text] of Object.entries(TEXTS)) {
    doc.sources.push({
      id,
      title: `Report ${id}`,
      published: exactDate('2024-03-01'),
      updated: null,
      outlet: 'Wire',
      url: null,
      text,
    });
  }
  for (const [id, name] of [
    ['north', 'Northern Militia'],
    ['south', 'Southern State'],
    ['east', 'Eastern Front'],
  ] as const) {
    doc.parties.push({
      id,
      type: 'Organisation',
      name,
      aliases: [],
      description: null,
      country: null,
      kind: 'MILITIA',
      unknown: false,
    });
  }
  for (const [from, type, to, source, quote] of QUOTES) {
    doc.relationships.push({
      id: relationshipId(from, type, to),
      type,
      from,
      to,
      status: 'STATED',
      role: null,
      date: exactDate('2024-03-01'),
      evidence: [{ source, quote }],
      derivedFrom: [],
      note: null,
    });
  }
  return doc;
}

const run = (source: string) => executeCounted(db, schema, source);

interface EvidenceOut {
  quote: string;
  offset: number;
  source: { id: string; title?: string; text?: string };
}

function evidenceOf(edges: unknown): EvidenceOut[] {
  return (edges as { evidence: EvidenceOut[] }[]).flatMap((e) => e.evidence);
}

beforeAll(async () => {
  schema = await buildFaultlineSchema();
  await resetDatabase(db);
  await writeGraph(db, graph());
});

describe('sources cited by the evidence a statement reads', () => {
  it('come back without their text unless asked, with every offset worked out', async () => {
    const tail = { ...NO_TAIL, sources: true };
    const [light] = await db.read(
      networkStatement({ types: ['OPPOSES', 'SUPPORTS'], from: null, to: null, limit: 10, tail }),
    );
    const [whole] = await db.read(
      networkStatement({
        types: ['OPPOSES', 'SUPPORTS'],
        from: null,
        to: null,
        limit: 10,
        tail: { ...tail, sourceTexts: true },
      }),
    );
    expect(light?.cited.map((c) => c.source.id).sort()).toEqual(['emoji', 'plain', 'start']);
    for (const c of light?.cited ?? []) {
      expect(c.whole).toBe(false);
      expect(c.source.text).toBe('');
      expect(c.source.title).toBe(`Report ${c.source.id}`);
    }
    for (const c of whole?.cited ?? []) {
      expect(c.whole).toBe(true);
      expect(c.source.text).toBe(TEXTS[c.source.id]);
    }
    // The statement's offsets are JavaScript's; a text with characters beyond U+FFFF has none
    // (the resolver counts them from the text).
    for (const c of light?.cited ?? []) {
      const text = TEXTS[c.source.id] ?? '';
      const quotes = QUOTES.filter((q) => q[3] === c.source.id).map((q) => q[4]);
      if (c.source.id === 'emoji') expect(c.offsets.size).toBe(0);
      else expect(Object.fromEntries(c.offsets)).toEqual(Object.fromEntries(quotes.map((q) => [q, text.indexOf(q)])));
    }
  });

  it('answer Evidence.offset as indexOf does, in one statement, with and without the text', async () => {
    const asked = ['offset source { id title }', 'offset source { id title text }'];
    for (const fields of asked) {
      const { data, statements } = await run(`{
        network(kind: ALL, limit: 10) { edges { evidence { quote ${fields} } } }
      }`);
      const evidence = evidenceOf((data.network as { edges: unknown }).edges);
      expect(evidence).toHaveLength(QUOTES.length);
      for (const e of evidence) {
        const text = TEXTS[e.source.id] ?? '';
        expect(e.offset, `${e.source.id}: ${e.quote}`).toBe(text.indexOf(e.quote));
        if (fields.includes('text')) expect(e.source.text).toBe(text);
      }
      // The emoji text's offset is counted from its text, read by one more statement; the rest
      // need none beyond the network's own.
      expect(statements).toBeLessThanOrEqual(fields.includes('text') ? 1 : 2);
    }
  });

  it("places quotes the same way on paths and in a node's relationships", async () => {
    const { data } = await run(`{
      path(from: "north", to: "east") { edges { evidence { quote offset source { id } } } }
      node(id: "south") { relationships(first: 10) { edges { node { evidence { quote offset source { id title } } } } } }
    }`);
    const onPath = evidenceOf((data.path as { edges: unknown }).edges);
    const rels = (data.node as { relationships: { edges: { node: unknown }[] } }).relationships.edges.map(
      (e) => e.node,
    );
    const sliced = evidenceOf(rels);
    expect(onPath.length).toBeGreaterThan(0);
    expect(sliced).toHaveLength(3);
    for (const e of [...onPath, ...sliced]) expect(e.offset).toBe((TEXTS[e.source.id] ?? '').indexOf(e.quote));
  });

  it('still answer their whole text wherever else the same request reaches them', async () => {
    const { data } = await run(`{
      network(kind: ALL, limit: 10) { edges { evidence { source { id title } } } }
      relationship(id: "${relationshipId('south', 'OPPOSES', 'north')}") { evidence { source { id text } } }
      node(id: "plain") { ... on Source { text } }
      party(id: "north") { relationships(first: 10) { edges { node { evidence { source { id text } } } } } }
    }`);
    const viaRelationship = (data.relationship as { evidence: EvidenceOut[] }).evidence;
    expect(viaRelationship[0]?.source.text).toBe(TEXTS.plain);
    expect((data.node as { text: string }).text).toBe(TEXTS.plain);
    const rels = (data.party as { relationships: { edges: { node: unknown }[] } }).relationships.edges.map(
      (e) => e.node,
    );
    for (const e of evidenceOf(rels)) expect(e.source.text).toBe(TEXTS[e.source.id]);
  });

  it('leave the texts out of a path statement unless the selection shows them', async () => {
    const tail = { ...NO_TAIL, sources: true };
    const q = { from: 'north', to: 'east', types: null, maxLength: 3, all: true, maxPaths: 5 };
    const [light] = await db.read(pathStatement({ ...q, tail }));
    const [whole] = await db.read(pathStatement({ ...q, tail: { ...tail, sourceTexts: true } }));
    expect(light?.cited.length).toBeGreaterThan(0);
    expect(light?.cited.every((c) => c.source.text === '')).toBe(true);
    expect(whole?.cited.every((c) => c.source.text === TEXTS[c.source.id])).toBe(true);
  });
});
