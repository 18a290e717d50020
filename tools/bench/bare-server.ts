/**
 * The floor of any API over HTTP for a question: its hand-written statement behind the thinnest
 * HTTP server there is (node:http, no framework, no GraphQL). It reads `{ cypher, params }` from a
 * POST, runs the statement with the very function that times the yardstick (recording.ts runRead:
 * executeQuery, awaited to the end), and answers the rows as JSON. What it takes over the statement
 * alone is what HTTP and JSON cost on this machine: a GraphQL API can come down to it, never below it.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j from 'neo4j-driver';
import type { Database } from '../../core/db/index.js';
import { runRead } from './recording.js';

/** A JSON body that carries the statement's parameters, Cypher integers tagged so they survive JSON. */
export function bareRequest(cypher: string, params: Record<string, unknown>): string {
  return JSON.stringify({ cypher, params: tagIntegers(params) });
}

function tagIntegers(value: unknown): unknown {
  if (neo4j.isInt(value)) return { $int: value.toString() };
  if (Array.isArray(value)) return value.map(tagIntegers);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, tagIntegers(v)]));
  }
  return value;
}

function untagIntegers(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(untagIntegers);
  if (value !== null && typeof value === 'object') {
    const tagged = (value as { $int?: unknown }).$int;
    if (typeof tagged === 'string') return neo4j.int(tagged);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, untagIntegers(v)]));
  }
  return value;
}

export async function startBare(db: Database): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let asked: { cypher: string; params: Record<string, unknown> };
      try {
        asked = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        res.writeHead(400, { 'content-type': 'text/plain' });
        res.end('the body is not JSON');
        return;
      }
      const { cypher, params } = asked;
      runRead(db, cypher, untagIntegers(params) as Record<string, unknown>).then(
        (rows) => {
          const body = JSON.stringify({ data: rows });
          res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
          res.end(body);
        },
        (error: unknown) => {
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end(error instanceof Error ? error.message : String(error));
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
