/** search(text, first): what it refuses and how it says so (issue 12), over HTTP. */
import { describe, expect, it } from 'vitest';
import { seededTestServer } from '../support/api-server.js';
import { testDatabase } from '../support/neo4j.js';

const SEARCH = 'query S($text: String!, $first: Int) { search(text: $text, first: $first) { node { id } } }';

describe('search input limits', () => {
  const db = testDatabase();
  const server = seededTestServer(db);

  const search = (variables: Record<string, unknown>) => server.gql(SEARCH, { variables });

  it('refuses more than 100 words as BAD_USER_INPUT naming the limit', async () => {
    const res = await search({ text: Array.from({ length: 101 }, (_, i) => `w${i}`).join(' ') });
    const [error] = res.body.errors;
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.field).toBe('text');
    expect(error.message).toMatch(/100 words.*searchWords/);
  });

  it('accepts 100 words', async () => {
    const res = await search({ text: Array.from({ length: 100 }, () => 'militia').join(' ') });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.search.length).toBeGreaterThan(0);
  });

  it('refuses a word longer than 200 characters, naming the limit', async () => {
    const res = await search({ text: `militia ${'x'.repeat(201)}` });
    const [error] = res.body.errors;
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/201 characters.*200 \(searchWordLength\)/);
  });

  it('matches Lucene syntax as plain characters instead of failing', async () => {
    const res = await search({ text: 'militia AND (groups OR "x") ~2 ^3 field:value \\ /re/' });
    expect(res.body.errors).toBeUndefined();
  });

  it('refuses control characters', async () => {
    const res = await search({ text: 'militia\u0000' });
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('calls a huge page size an input error, not a query too complex', async () => {
    for (const first of [2_000_000_000, 51, -1]) {
      const res = await search({ text: 'militia', first });
      expect(res.status).toBe(400);
      const [error] = res.body.errors;
      expect(error.extensions.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(/"first" of search must be between 0 and 50/);
    }
  });

  it('calls first: 1e10 written in the query an input error too', async () => {
    const res = await server.gql('{ search(text: "militia", first: 1e10) { node { id } } }');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).not.toBe('QUERY_TOO_COMPLEX');
    expect(res.body.errors[0].message).toMatch(/Int cannot represent/);
  });

  it('still refuses an operation over the cost limit as QUERY_TOO_COMPLEX', async () => {
    const aliases = Array.from(
      { length: 25 },
      (_, i) =>
        `a${i}: parties(first: 100) { edges { node { id relationships(first: 100) { edges { node { id } } } } } }`,
    );
    const res = await server.gql(`{ ${aliases.join(' ')} }`);
    expect(res.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });
});
