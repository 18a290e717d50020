/**
 * `npm start` as a user runs it: the compiled server as a child process, with its own local
 * Neo4j or pointed at one through NEO4J_URI.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../neo4j-local/launcher.js';
import { startFaultline, waitFor } from '../support/faultline-process.js';
import { testConnection } from '../support/neo4j.js';

async function graphql(port: number, query: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('npm start', () => {
  it('starts its own Neo4j, seeds it, serves the API and the explorer, and leaves no Java behind on Ctrl-C', async () => {
    const home = mkdtempSync(path.join(tmpdir(), 'faultline-start-'));
    try {
      const port = await freePort();
      const boltPort = await freePort();
      const app = startFaultline({
        PORT: String(port),
        FAULTLINE_NEO4J_HOME: home,
        FAULTLINE_NEO4J_BOLT_PORT: String(boltPort),
      });
      await waitFor(app, /Faultline is up/, 150_000);
      // Written in one piece with the line above (app/main.ts), so it is there as soon as that is.
      expect(app.output()).toContain(`GraphQL   http://127.0.0.1:${port}/graphql`);

      const { body } = await graphql(port, '{ party(id: "sabrina-singh") { name } }');
      expect(body).toEqual({ data: { party: { name: 'Sabrina Singh' } } });
      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div');
      expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);

      // A second Faultline on the same data folder is refused and the first keeps serving.
      const second = startFaultline({
        PORT: String(await freePort()),
        FAULTLINE_NEO4J_HOME: home,
        FAULTLINE_NEO4J_BOLT_PORT: String(boltPort),
      });
      expect(await second.exited).toBe(1);
      expect(second.output()).toMatch(/Another Faultline \(pid \d+\) is already running Neo4j with this data folder/);
      expect((await graphql(port, '{ party(id: "sabrina-singh") { name } }')).body).toEqual({
        data: { party: { name: 'Sabrina Singh' } },
      });

      app.child.kill('SIGINT');
      expect(await app.exited).toBe(0);
      const java = execFileSync('ps', ['-eo', 'args']).toString();
      expect(java).not.toContain(home);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  }, 240_000);

  it('stops a Neo4j left behind by a Faultline that was killed, and starts afresh on the same data', async () => {
    const home = mkdtempSync(path.join(tmpdir(), 'faultline-stale-'));
    try {
      const env = {
        PORT: String(await freePort()),
        FAULTLINE_NEO4J_HOME: home,
        FAULTLINE_NEO4J_BOLT_PORT: String(await freePort()),
      };
      const killed = startFaultline(env);
      await waitFor(killed, /Faultline is up/, 150_000);
      killed.child.kill('SIGKILL'); // no chance to stop its Neo4j
      await killed.exited;
      expect(execFileSync('ps', ['-eo', 'args']).toString()).toContain(home);

      const next = startFaultline(env);
      await waitFor(next, /Faultline is up/, 150_000);
      expect(next.output()).not.toContain('loading 1 seed file'); // the data survived
      expect((await graphql(Number(env.PORT), '{ party(id: "sabrina-singh") { name } }')).body).toEqual({
        data: { party: { name: 'Sabrina Singh' } },
      });
      next.child.kill('SIGINT');
      expect(await next.exited).toBe(0);
      expect(execFileSync('ps', ['-eo', 'args']).toString()).not.toContain(home);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  }, 300_000);

  it('uses the Neo4j named by NEO4J_URI and starts none of its own', async () => {
    const neo4j = testConnection();
    const port = await freePort();
    const app = startFaultline({
      PORT: String(port),
      NEO4J_URI: neo4j.uri,
      NEO4J_USERNAME: neo4j.username,
      NEO4J_PASSWORD: neo4j.password,
    });
    await waitFor(app, /Faultline is up/, 60_000);
    expect(app.output()).toContain(`Using Neo4j at ${neo4j.uri}`);
    expect(app.output()).not.toContain('Starting Neo4j');
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    app.child.kill('SIGTERM');
    expect(await app.exited).toBe(0);
  }, 90_000);

  it('keeps serving with /readyz not ready when NEO4J_URI points at a server that is down', async () => {
    const port = await freePort();
    const deadPort = await freePort();
    const app = startFaultline({
      PORT: String(port),
      NEO4J_URI: `bolt://127.0.0.1:${deadPort}`,
      NEO4J_PASSWORD: 'whatever',
    });
    await waitFor(app, /Faultline is up/, 60_000);
    await waitFor(app, /is not reachable/, 30_000);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(ready.status).toBe(503);
    const { body } = await graphql(port, '{ party(id: "sabrina-singh") { name } }');
    const errors = body.errors as { extensions: { code: string } }[];
    expect(errors[0]?.extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(app.child.exitCode).toBeNull();
  }, 90_000);

  it('refuses invalid configuration with one line per problem', async () => {
    const app = startFaultline({ PORT: 'eighty', NEO4J_URI: 'http://nowhere' });
    expect(await app.exited).toBe(2);
    expect(app.output()).toMatch(/PORT="eighty": expected a whole number/);
    expect(app.output()).toMatch(/NEO4J_URI="http:\/\/nowhere": expected a URI/);
  });
});
