/**
 * GET /network.ndjson (issue 10: "full networks can be paged or streamed"): the whole network as
 * newline-delimited JSON from one read transaction, the same relationships `network` pages
 * through, every endpoint once, and a closing count; bad parameters are refused naming them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, WRITER_KEY } from '../support/api-server.js';
import { loadSeedGraph, testDatabase } from '../support/neo4j.js';

// biome-ignore lint/suspicious/noExplicitAny: lines are checked field by field
type Line = any;

describe('the network as a stream', () => {
  const db = testDatabase();
  let server: TestServer;
  let locked: TestServer;

  beforeAll(async () => {
    await loadSeedGraph(db);
    server = await startTestServer(db);
    locked = await startTestServer(db, { apiKeys: [WRITER_KEY], requireKeyForReads: true });
  });

  afterAll(async () => {
    await server?.close();
    await locked?.close();
  });

  async function stream(query: string, target = server, headers: Record<string, string> = {}) {
    const res = await fetch(`${target.url}/network.ndjson${query}`, { headers });
    const text = await res.text();
    const lines: Line[] = res.headers.get('content-type')?.includes('ndjson')
      ? text
          .split('\n')
          .filter((l) => l !== '')
          .map((l) => JSON.parse(l))
      : [];
    return { res, text, lines };
  }

  /** Every relationship of `network(kind)`, fetched page by page through GraphQL. */
  async function paged(kind: string, extra = ''): Promise<Set<string>> {
    const ids = new Set<string>();
    let after: string | null = null;
    for (;;) {
      const res = await server.gql(
        `query($after: String) { network(kind: ${kind}, limit: 7, after: $after${extra}) { edges { id } endCursor hasNextPage } }`,
        { variables: { after } },
      );
      for (const e of res.body.data.network.edges) ids.add(e.id);
      if (!res.body.data.network.hasNextPage) return ids;
      after = res.body.data.network.endCursor;
    }
  }

  it('holds exactly the relationships network pages through, each endpoint once, and says it is complete', async () => {
    const { res, lines } = await stream('?kind=OPPOSITION');
    expect(res.status).toBe(200);
    const nodes = lines.filter((l) => l.node).map((l) => l.node);
    const edges = lines.filter((l) => l.edge).map((l) => l.edge);
    expect(lines.at(-1)).toEqual({ done: { nodes: nodes.length, edges: edges.length } });
    expect(new Set(edges.map((e: Line) => e.id))).toEqual(await paged('OPPOSITION'));
    const nodeIds = nodes.map((n: Line) => n.id);
    expect(new Set(nodeIds).size).toBe(nodeIds.length);
    for (const e of edges) {
      expect(nodeIds).toContain(e.from);
      expect(nodeIds).toContain(e.to);
    }
    // Every relationship says where it comes from: stated ones with quotes, derived ones with their bases.
    const derived = edges.find((e: Line) => e.id === 'iraqi-militia-groups:OPPOSES:united-states');
    expect(derived).toMatchObject({ status: 'DERIVED' });
    expect(derived.derivedFrom.length).toBeGreaterThan(0);
    const stated = edges.filter((e: Line) => e.status === 'STATED');
    expect(stated.length).toBeGreaterThan(0);
    for (const e of stated) expect(e.evidence.length).toBeGreaterThan(0);
    expect(nodes.find((n: Line) => n.id === 'iraqi-militia-groups')).toMatchObject({
      type: 'Organisation',
      label: 'Iraqi militia groups',
      kind: 'MILITIA',
    });
  });

  it('keeps the window and the types, as network does', async () => {
    const { lines } = await stream('?kind=OPPOSITION&types=OPPOSES&from=2023-01-01');
    const edges = lines.filter((l) => l.edge).map((l) => l.edge.id);
    expect(edges.length).toBeGreaterThan(0);
    expect(new Set(edges)).toEqual(await paged('OPPOSITION', ', types: [OPPOSES], from: "2023-01-01"'));
  });

  it('refuses bad parameters with 400, naming the parameter', async () => {
    for (const [query, field] of [
      ['?kind=FRIENDS', 'kind'],
      ['?types=OPPOSES,HUGS', 'types'],
      ['?from=2023-02-30', 'from'],
      ['?from=2024-01-01&to=2023-01-01', 'to'],
    ] as const) {
      const { res, text } = await stream(query);
      expect(res.status, query).toBe(400);
      expect(JSON.parse(text).error, query).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('needs a key when reads need one', async () => {
    expect((await stream('?kind=OPPOSITION', locked)).res.status).toBe(401);
    const { res, lines } = await stream('?kind=OPPOSITION', locked, { authorization: `Bearer ${WRITER_KEY}` });
    expect(res.status).toBe(200);
    expect(lines.at(-1).done.edges).toBeGreaterThan(0);
  });
});
