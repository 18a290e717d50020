/**
 * Concurrent writers on one relationship: every acknowledged `relate` keeps its evidence, and
 * `retract` racing `relate` leaves one consistent relationship or none.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, WRITER_KEY } from '../support/api-server.js';
import { resetDatabase, testDatabase } from '../support/neo4j.js';

const QUOTES = Array.from(
  { length: 20 },
  (_, i) => `Statement number ${i + 1} of the Ridge Council on the Harbour Guard.`,
);
const SOURCE_TEXT = QUOTES.join(' ');
const ID = 'ridge-council:OPPOSES:harbour-guard';

describe('concurrent writes to one relationship', () => {
  const db = testDatabase();
  let server: TestServer;
  const write = (query: string, variables?: Record<string, unknown>) =>
    server.gql(query, { variables, key: WRITER_KEY });
  const relate = (quote: string) =>
    write(
      `mutation($quote: String!) { relate(input: { type: OPPOSES, from: "ridge-council", to: "harbour-guard",
        evidence: [{ source: "ridge-statements", quote: $quote }] }) { id evidence { quote } } }`,
      { quote },
    );
  const retract = () => write(`mutation { retract(id: "${ID}") { id } }`);
  const stored = async () =>
    db.read({
      cypher: `MATCH (:Node {id: 'ridge-council'})-[r:OPPOSES]->(:Node {id: 'harbour-guard'})
RETURN r.id AS id, r.evidenceSources AS sources, r.evidenceQuotes AS quotes`,
    });

  beforeAll(async () => {
    await resetDatabase(db);
    server = await startTestServer(db);
    for (const mutation of [
      'mutation { createParty(input: { id: "ridge-council", type: Organisation, name: "Ridge Council" }) { id } }',
      'mutation { createParty(input: { id: "harbour-guard", type: Organisation, name: "Harbour Guard" }) { id } }',
    ]) {
      expect((await write(mutation)).body.errors).toBeUndefined();
    }
    const source = await write(
      'mutation($text: String!) { createSource(input: { id: "ridge-statements", title: "Statements", text: $text }) { id } }',
      { text: SOURCE_TEXT },
    );
    expect(source.body.errors).toBeUndefined();
  });

  afterAll(async () => {
    await server?.close();
  });

  it('keeps the evidence of all 20 relate calls made at once, each with its own quote', async () => {
    const answers = await Promise.all(QUOTES.map((quote) => relate(quote)));
    for (const [i, res] of answers.entries()) {
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.relate.evidence.map((e: { quote: string }) => e.quote)).toContain(QUOTES[i]);
    }
    const rows = await stored();
    expect(rows).toHaveLength(1);
    expect([...((rows[0]?.quotes ?? []) as string[])].sort()).toEqual([...QUOTES].sort());
    expect(rows[0]?.sources).toEqual(QUOTES.map(() => 'ridge-statements'));
    const read = await server.gql(`{ relationship(id: "${ID}") { evidence { quote } } }`);
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data.relationship.evidence).toHaveLength(20);
  });

  it('leaves one consistent relationship or none when relate and retract interleave', async () => {
    const operations = Array.from({ length: 30 }, (_, i) =>
      i % 3 === 2 ? { kind: 'retract' as const } : { kind: 'relate' as const, quote: QUOTES[i % 20] as string },
    );
    const answers = await Promise.all(
      operations.map(async (op) => ({ op, res: await (op.kind === 'relate' ? relate(op.quote) : retract()) })),
    );
    for (const { op, res } of answers) {
      if (op.kind === 'relate') {
        expect(res.body.errors).toBeUndefined();
        expect(res.body.data.relate.evidence.map((e: { quote: string }) => e.quote)).toContain(op.quote);
      } else if (res.body.errors) {
        // A retract that found nothing left to retract says so; nothing else may fail.
        expect(res.body.errors[0].extensions.code).toBe('NOT_FOUND');
      }
    }
    const rows = await stored();
    expect(rows.length).toBeLessThanOrEqual(1);
    const quotes = (rows[0]?.quotes ?? []) as string[];
    const sources = (rows[0]?.sources ?? []) as string[];
    expect(sources).toHaveLength(quotes.length);
    expect(new Set(quotes).size).toBe(quotes.length);
    const related = new Set(operations.flatMap((op) => (op.kind === 'relate' ? [op.quote] : [])));
    for (const quote of quotes) expect(related).toContain(quote);

    // After the race the relationship behaves as if the calls had run one at a time.
    const last = await relate(QUOTES[0] as string);
    expect(last.body.errors).toBeUndefined();
    expect((await retract()).body.errors).toBeUndefined();
    expect(await stored()).toEqual([]);
  });
});
