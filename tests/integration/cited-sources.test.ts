/**
 * Evidence offsets and cited sources. A quote's offset is stored with its relationship when the
 * writer holds the source's text, and otherwise worked out by the statement that reads it; the
 * sources a statement returns for evidence come without their text unless the selection shows it.
 * Offsets must equal JavaScript's indexOf (UTF-16 code units), texts with characters beyond U+FFFF
 * included, and a source read without its text must still answer `text` wherever a request
 * reaches it.
 */
import type { GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFaultlineSchema } from '../../api/schema/build-schema.js';
import { NodeWriteService } from '../../api/services/write/node-write.service.js';
import { RelationshipWriteService } from '../../api/services/write/relationship-write.service.js';
import { joinParts, NO_TAIL, networkStatement, pathStatement } from '../../core/cypher/index.js';
import { exactDate } from '../../core/domain/fuzzy-date.js';
import { emptyDocument, type GraphDocument, relationshipId, statedRelationship } from '../../core/domain/records.js';
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
    doc.relationships.push(
      statedRelationship({ type, from, to, date: exactDate('2024-03-01'), evidence: [{ source, quote }] }),
    );
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

const NETWORK = { types: ['OPPOSES', 'SUPPORTS'] as RelationshipType[], from: null, to: null, limit: 10 };

/** Stored offsets as the graph writer leaves them, or none (as older writes and bulk loads leave them). */
async function storeOffsets(stored: boolean): Promise<void> {
  if (stored) await writeGraph(db, graph());
  else await db.write({ cypher: 'MATCH ()-[r]->() REMOVE r.evidenceOffsets' });
}

async function storedOffsets(): Promise<Record<string, unknown>> {
  const rows = await db.read({ cypher: 'MATCH ()-[r]->() RETURN r.id AS id, r.evidenceOffsets AS offsets' });
  return Object.fromEntries(rows.map((r) => [r.id as string, r.offsets]));
}

beforeAll(async () => {
  schema = await buildFaultlineSchema();
  await resetDatabase(db);
  await writeGraph(db, graph());
});

describe('evidence offsets', () => {
  it('are stored by the graph writer, indexOf of each quote in the text it holds', async () => {
    const stored = await storedOffsets();
    for (const [from, type, to, source, quote] of QUOTES) {
      expect(stored[relationshipId(from, type, to)]).toEqual([(TEXTS[source] ?? '').indexOf(quote)]);
    }
  });

  it("are stored by relate, and forgotten when a cited source's text changes", async () => {
    const relationships = new RelationshipWriteService(db);
    const nodes = new NodeWriteService(db);
    const id = relationshipId('east', 'OPPOSES', 'south');
    await relationships.relate({
      type: 'OPPOSES',
      from: 'east',
      to: 'south',
      evidence: [{ source: 'plain', quote: 'struck [back]' }],
    });
    await relationships.relate({
      type: 'OPPOSES',
      from: 'east',
      to: 'south',
      evidence: [{ source: 'emoji', quote: 'at dawn' }],
    });
    expect((await storedOffsets())[id]).toEqual([
      (TEXTS.plain ?? '').indexOf('struck [back]'),
      (TEXTS.emoji ?? '').indexOf('at dawn'),
    ]);
    // A text that loses a cited quote is refused, and the offsets stay as they were.
    const before = await storedOffsets();
    await expect(nodes.updateSource('plain', { text: 'Nothing quoted here.' })).rejects.toThrow(/no longer contains/);
    expect(await storedOffsets()).toEqual(before);
    const moved = `Later: ${TEXTS.plain}`;
    await nodes.updateSource('plain', { text: moved });
    const after = await storedOffsets();
    expect(after[id]).toBeNull();
    expect(after[relationshipId('south', 'OPPOSES', 'north')]).toBeNull();
    expect(after[relationshipId('north', 'OPPOSES', 'south')]).toEqual([
      (TEXTS.emoji ?? '').indexOf('the Northern Militia attacked the Southern State'),
    ]);
    const { data } = await run(`{ relationship(id: "${id}") { evidence { quote offset source { id } } } }`);
    const evidence = (data.relationship as { evidence: EvidenceOut[] }).evidence;
    expect(evidence.map((e) => e.offset)).toEqual([
      moved.indexOf('struck [back]'),
      (TEXTS.emoji ?? '').indexOf('at dawn'),
    ]);
    // Back to the graph of the other tests.
    await nodes.updateSource('plain', { text: TEXTS.plain });
    await relationships.retract(id);
    await storeOffsets(true);
  });

  it('are forgotten when a loaded document gives a stored source another text', async () => {
    const moved = `Update. ${TEXTS.plain}`;
    const doc = graph();
    doc.sources = doc.sources.filter((s) => s.id === 'plain').map((s) => ({ ...s, text: moved }));
    doc.parties = [];
    doc.relationships = [];
    await writeGraph(db, doc);
    const after = await storedOffsets();
    expect(after[relationshipId('south', 'OPPOSES', 'north')]).toBeNull();
    expect(after[relationshipId('south', 'SUPPORTS', 'east')]).toBeNull();
    expect(after[relationshipId('north', 'OPPOSES', 'east')]).toEqual([0]);
    const { data } = await run(`{
      relationship(id: "${relationshipId('south', 'OPPOSES', 'north')}") { evidence { quote offset } }
    }`);
    const [evidence] = (data.relationship as { evidence: EvidenceOut[] }).evidence;
    expect(evidence?.offset).toBe(moved.indexOf('The Southern State struck [back]'));
    await storeOffsets(true);
    expect((await storedOffsets())[relationshipId('south', 'OPPOSES', 'north')]).toEqual([
      (TEXTS.plain ?? '').indexOf('The Southern State struck [back]'),
    ]);
  });
});

describe('sources cited by the evidence a statement reads', () => {
  it('come back without their text unless asked, with the offsets no relationship stores worked out', async () => {
    const tail = { ...NO_TAIL, sources: true };
    const read = async (sourceTexts: boolean) =>
      joinParts(await db.read(networkStatement({ ...NETWORK, tail: { ...tail, sourceTexts } })));
    const light = await read(false);
    expect(light?.cited.map((c) => c.source.id).sort()).toEqual(['emoji', 'plain', 'start']);
    for (const c of light?.cited ?? []) {
      expect(c.whole).toBe(false);
      expect(c.source.text).toBe('');
      expect(c.source.title).toBe(`Report ${c.source.id}`);
      // Every relationship stores its offsets: nothing to work out.
      expect(c.offsets.size).toBe(0);
    }
    for (const c of (await read(true))?.cited ?? []) {
      expect(c.whole).toBe(true);
      expect(c.source.text).toBe(TEXTS[c.source.id]);
    }
    await storeOffsets(false);
    try {
      // The statement's offsets are JavaScript's; for a quote after a character beyond U+FFFF
      // it gives none (the resolver counts from the text).
      for (const c of (await read(false))?.cited ?? []) {
        const text = TEXTS[c.source.id] ?? '';
        const quotes = QUOTES.filter((q) => q[3] === c.source.id).map((q) => q[4]);
        const expected = c.source.id === 'emoji' ? [] : quotes.map((q) => [q, text.indexOf(q)]);
        expect(Object.fromEntries(c.offsets)).toEqual(Object.fromEntries(expected));
      }
    } finally {
      await storeOffsets(true);
    }
  });

  for (const stored of [true, false]) {
    const how = stored ? 'stored' : 'worked out on reading';
    describe(`with offsets ${how}`, () => {
      beforeAll(() => storeOffsets(stored));
      afterAll(() => storeOffsets(true));

      it('answer Evidence.offset as indexOf does, in one statement, with and without the text', async () => {
        for (const fields of ['offset source { id title }', 'offset source { id title text }']) {
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
          // Worked out on reading, the emoji text's offset is counted from its text, read by one
          // more statement; otherwise the network's own statement is all.
          expect(statements).toBe(stored || fields.includes('text') ? 1 : 2);
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
    });
  }

  it('leave the texts out of a path statement unless the selection shows them', async () => {
    const tail = { ...NO_TAIL, sources: true };
    const q = { from: 'north', to: 'east', types: null, maxLength: 3, all: true, maxPaths: 5 };
    const light = joinParts(await db.read(pathStatement({ ...q, tail })));
    const whole = joinParts(await db.read(pathStatement({ ...q, tail: { ...tail, sourceTexts: true } })));
    expect(light?.cited.length).toBeGreaterThan(0);
    expect(light?.cited.every((c) => c.source.text === '')).toBe(true);
    expect(whole?.cited.every((c) => c.source.text === TEXTS[c.source.id])).toBe(true);
  });
});
