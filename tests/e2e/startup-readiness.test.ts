/**
 * A first start that cannot fail: with an API transaction timeout far too short for seeding,
 * `npm start` still applies the schema and seeds (start-up work has its own timeout), and
 * `/readyz` says 200 only once the seed's parties answer.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../neo4j-local/launcher.js';
import { startFaultline, waitFor } from '../support/faultline-process.js';

interface Tick {
  at: number;
  /** HTTP status of /readyz, or 0 while nothing listens. */
  ready: number;
  reason: string | null;
  /** The party's name, `null` when the graph does not have it (yet), or the error code. */
  party: string | null | { code: string };
}

async function tick(port: number): Promise<Tick> {
  const at = Date.now();
  const base = `http://127.0.0.1:${port}`;
  let ready = 0;
  let reason: string | null = null;
  try {
    const res = await fetch(`${base}/readyz`, { signal: AbortSignal.timeout(5_000) });
    ready = res.status;
    reason = ((await res.json()) as { reason?: string }).reason ?? null;
  } catch {
    return { at, ready: 0, reason: null, party: { code: 'NOT_LISTENING' } };
  }
  // Asked after /readyz answered: whatever /readyz said must already be true of the data.
  try {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ party(id: "sabrina-singh") { name } }' }),
      signal: AbortSignal.timeout(5_000),
    });
    const body = (await res.json()) as {
      data?: { party: { name: string } | null };
      errors?: { extensions?: { code?: string } }[];
    };
    if (body.errors?.length) return { at, ready, reason, party: { code: body.errors[0]?.extensions?.code ?? '?' } };
    return { at, ready, reason, party: body.data?.party?.name ?? null };
  } catch {
    return { at, ready, reason, party: { code: 'NO_ANSWER' } };
  }
}

describe('the first npm start', () => {
  it('seeds under a 100 ms API transaction timeout, and /readyz is 200 only once the parties answer', async () => {
    const home = mkdtempSync(path.join(tmpdir(), 'faultline-ready-'));
    try {
      const port = await freePort();
      const app = startFaultline({
        PORT: String(port),
        FAULTLINE_NEO4J_HOME: home,
        FAULTLINE_NEO4J_BOLT_PORT: String(await freePort()),
        FAULTLINE_TX_TIMEOUT_MS: '100',
      });
      const ticks: Tick[] = [];
      const deadline = Date.now() + 200_000;
      let readyTicks = 0;
      while (readyTicks < 5) {
        if (app.child.exitCode !== null) throw new Error(`Faultline exited:\n${app.output()}`);
        if (Date.now() > deadline) throw new Error(`never ready:\n${app.output()}`);
        const t = await tick(port);
        ticks.push(t);
        if (t.ready === 200) readyTicks += 1;
        await new Promise((r) => setTimeout(r, 100));
      }

      expect(app.output()).toContain('Faultline is up');
      expect(app.output()).not.toMatch(/could not start|TransactionTimeout|\n\s+at /);
      // Never ready with an empty graph: every 200 was followed by the party (or, at a 100 ms
      // timeout on a busy machine, a timeout), never by "no such party".
      for (const t of ticks.filter((x) => x.ready === 200)) expect(t.party).not.toBeNull();
      expect(ticks.some((t) => t.ready === 200 && t.party === 'Sabrina Singh')).toBe(true);
      // Before that, it said why it was not ready.
      const reasons = new Set(ticks.filter((t) => t.ready === 503).map((t) => t.reason));
      expect([...reasons].some((r) => /^starting: (neo4j|applying schema|seeding)/.test(r ?? ''))).toBe(true);
      const firstReady = ticks.findIndex((t) => t.ready === 200);
      expect(ticks.slice(firstReady).every((t) => t.ready === 200)).toBe(true);

      app.child.kill('SIGINT');
      expect(await app.exited).toBe(0);
      expect(execFileSync('ps', ['-eo', 'args']).toString()).not.toContain(home);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  }, 300_000);

  it('names the cause and the setting in one line when start-up work cannot finish', async () => {
    const home = mkdtempSync(path.join(tmpdir(), 'faultline-slow-'));
    try {
      const app = startFaultline({
        PORT: String(await freePort()),
        FAULTLINE_NEO4J_HOME: home,
        FAULTLINE_NEO4J_BOLT_PORT: String(await freePort()),
        // Far shorter than applying the schema to a new database can take on any machine, so the
        // deadline always fires (a longer one raced the machine's speed: on a fast one the seed won).
        FAULTLINE_STARTUP_TIMEOUT_MS: '20',
      });
      const outcome = await Promise.race([
        app.exited,
        waitFor(app, /Faultline is up/, 280_000).then(
          () => 'up' as const,
          () => app.exited,
        ),
      ]);
      expect(outcome, app.output()).toBe(1);
      const failure = app
        .output()
        .split('\n')
        .filter((l) => l.startsWith('Faultline could not start'));
      expect(failure).toHaveLength(1);
      expect(failure[0]).toMatch(/FAULTLINE_STARTUP_TIMEOUT_MS \(20 ms\); raise it/);
      expect(app.output()).not.toMatch(/\n\s+at /); // no stack trace
      expect(execFileSync('ps', ['-eo', 'args']).toString()).not.toContain(home);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  }, 300_000);
});
