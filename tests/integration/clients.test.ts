/**
 * GraphQL clients as new users run them, with their defaults, against the real server: urql
 * (which sends queries as GET) and graphql-request (POST); and the CSRF rule that lets those GETs
 * through while a cross-site form or simple request still cannot run anything with a user's
 * credentials (api/http/csrf.ts).
 */
import { readFileSync } from 'node:fs';
import { Client, cacheExchange, fetchExchange } from '@urql/core';
import { request } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, WRITER_KEY } from '../support/api-server.js';
import { loadSeedGraph, testDatabase } from '../support/neo4j.js';

const README_QUERIES = [...readFileSync('README.md', 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map(
  (m) => m[1] ?? '',
);
const SINGH = README_QUERIES.find((q) => q.includes('WhomDoesSinghSpeakFor')) ?? '';
const GRAPHQL_RESPONSE = 'application/graphql-response+json';
const CREATE = (id: string) =>
  `mutation { createParty(input: { id: "${id}", name: "Forged ${id}", type: Organisation }) { id } }`;

interface SinghAnswer {
  party: { name: string; represents: { toNode: { name: string } }[]; events: { name: string }[] };
}

const db = testDatabase();

beforeAll(async () => {
  await loadSeedGraph(db);
});

describe('GraphQL clients with their defaults', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(db);
  });

  afterAll(async () => {
    await server?.close();
  });

  it('has a README query to run', () => {
    expect(SINGH).toContain('party(id: "sabrina-singh")');
  });

  it('urql runs a README query (sent as GET, its default for queries)', async () => {
    const methods: string[] = [];
    const client = new Client({
      url: `${server.url}/graphql`,
      exchanges: [cacheExchange, fetchExchange],
      // Only watches which method urql chose; the request goes out unchanged.
      fetch: (input, init) => {
        methods.push(init?.method ?? 'GET');
        return fetch(input, init);
      },
    });
    const result = await client.query<SinghAnswer>(SINGH, {}).toPromise();
    expect(result.error).toBeUndefined();
    expect(methods).toEqual(['GET']);
    expect(result.data?.party.name).toBe('Sabrina Singh');
    expect(result.data?.party.represents.map((r) => r.toNode.name)).toContain('United States');
  });

  it('graphql-request runs a README query (sent as POST)', async () => {
    const data = await request<SinghAnswer>(`${server.url}/graphql`, SINGH);
    expect(data.party.name).toBe('Sabrina Singh');
    expect(data.party.events.length).toBeGreaterThan(0);
  });
});

describe('cross-site request forgery', () => {
  let server: TestServer;
  let locked: TestServer;

  beforeAll(async () => {
    server = await startTestServer(db);
    locked = await startTestServer(db, { requireKeyForReads: true });
  });

  afterAll(async () => {
    await server?.close();
    await locked?.close();
  });

  const exists = async (id: string) => {
    const res = await server.gql(`{ node(id: "${id}") { id } }`);
    return res.body.data.node !== null;
  };

  it('refuses a cross-site form POST (text/plain) of a mutation, even with cookies and a valid key, and writes nothing', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie: 'session=abc', authorization: `Bearer ${WRITER_KEY}` },
      body: JSON.stringify({ query: CREATE('forged-text-plain') }),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/);
    expect(await exists('forged-text-plain')).toBe(false);
  });

  it('refuses a cross-site urlencoded form POST of a mutation', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: 'session=abc' },
      body: new URLSearchParams({ query: CREATE('forged-form') }).toString(),
    });
    expect(res.status).toBe(400);
    expect(await exists('forged-form')).toBe(false);
  });

  it('never runs a mutation sent as GET (405), whatever the headers', async () => {
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent(CREATE('forged-get'))}`, {
      headers: { accept: GRAPHQL_RESPONSE, 'apollo-require-preflight': '1', authorization: `Bearer ${WRITER_KEY}` },
    });
    expect(res.status).toBe(405);
    expect(await exists('forged-get')).toBe(false);
  });

  it('refuses a simple GET that carries a browser session (cookies or Basic credentials)', async () => {
    const url = `${server.url}/graphql?query=${encodeURIComponent('{ node(id: "iraq") { id } }')}`;
    const sessions: Record<string, string>[] = [{ cookie: 'session=abc' }, { authorization: 'Basic dXNlcjpwYXNz' }];
    for (const headers of sessions) {
      const res = await fetch(url, { headers: { accept: GRAPHQL_RESPONSE, ...headers } });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(/CSRF/);
    }
  });

  it('when reads need a key, a simple GET (which cannot carry one) runs nothing: 401', async () => {
    const res = await fetch(`${locked.url}/graphql?query=${encodeURIComponent('{ node(id: "iraq") { id } }')}`, {
      headers: { accept: GRAPHQL_RESPONSE },
    });
    expect(res.status).toBe(401);
    const body = (await res.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(body.data).toBeUndefined();
  });

  it('when reads need a key, a GET with the Bearer key (a non-simple request) is answered', async () => {
    const res = await fetch(`${locked.url}/graphql?query=${encodeURIComponent('{ node(id: "iraq") { id } }')}`, {
      headers: { accept: GRAPHQL_RESPONSE, authorization: `Bearer ${WRITER_KEY}` },
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { data: { node: { id: string } } }).data.node.id).toBe('iraq');
  });
});
