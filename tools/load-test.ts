/**
 * A mixed load against a running Faultline on this machine: `clients` concurrent clients for
 * `seconds`, mostly reads (party, search, network, neighbourhood, path, parties) and some writes
 * (updateParty, relate on load-test nodes of its own), bounded in time and in request count.
 * Prints requests/s, p50/p95/p99, errors, and the resident memory (VmRSS) of Faultline and of its
 * local Neo4j before, at peak and after.
 *
 *   npx tsx tools/load-test.ts [--url http://127.0.0.1:4000] [--seconds 60] [--clients 10]
 *     [--max-requests 200000] [--write-every 20] [--key KEY] [--home .faultline/neo4j]
 *
 * The key defaults to the first of FAULTLINE_API_KEYS (writes are skipped without one); the pids
 * come from `<home>/run/faultline-neo4j.pid` ("<neo4j pid> <faultline pid>").
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    url: { type: 'string', default: `http://127.0.0.1:${process.env.PORT ?? '4000'}` },
    seconds: { type: 'string', default: '60' },
    clients: { type: 'string', default: '10' },
    'max-requests': { type: 'string', default: '200000' },
    'write-every': { type: 'string', default: '20' },
    key: { type: 'string', default: (process.env.FAULTLINE_API_KEYS ?? '').split(',')[0]?.trim() ?? '' },
    home: { type: 'string', default: process.env.FAULTLINE_NEO4J_HOME ?? '.faultline/neo4j' },
  },
});

const url = new URL(args.url);
if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
  console.error(`Refusing to load ${url.host}: this tool only loads a Faultline on this machine (127.0.0.1).`);
  process.exit(2);
}
const seconds = Math.min(600, Math.max(1, Number(args.seconds)));
const clients = Math.min(100, Math.max(1, Number(args.clients)));
const maxRequests = Math.min(1_000_000, Math.max(1, Number(args['max-requests'])));
const writeEvery = Math.max(0, Number(args['write-every']));
const key = args.key;
const endpoint = new URL('/graphql', url).toString();

/** VmRSS of a process in MiB, or null when it is not readable. */
function rssMiB(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

function pids(): { neo4j?: number; faultline?: number } {
  try {
    const [neo4j, faultline] = readFileSync(path.resolve(args.home, 'run', 'faultline-neo4j.pid'), 'utf8')
      .trim()
      .split(/\s+/)
      .map(Number);
    return { neo4j, faultline };
  } catch {
    return {};
  }
}

interface Outcome {
  ms: number;
  ok: boolean;
  kind: 'read' | 'write';
  error?: string;
}

async function post(query: string, variables: Record<string, unknown> = {}, withKey = false): Promise<Outcome> {
  const started = performance.now();
  const kind = withKey ? 'write' : 'read';
  try {
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(withKey ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(30_000),
    });
    const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
    const ms = performance.now() - started;
    const code = body.errors?.[0]?.extensions?.code;
    return code
      ? { ms, ok: false, kind, error: code }
      : { ms, ok: res.ok, kind, error: res.ok ? undefined : `HTTP ${res.status}` };
  } catch (error) {
    return { ms: performance.now() - started, ok: false, kind, error: (error as Error).name };
  }
}

const SENTENCES = Array.from({ length: 50 }, (_, i) => `Load test sentence ${i} about the harbour.`);

const READS: (() => [string, Record<string, unknown>])[] = [
  () => ['query($id: ID!) { party(id: $id) { name represents { role toNode { name } } } }', { id: 'sabrina-singh' }],
  () => ['query($t: String!) { search(text: $t, first: 5) { score node { id name } } }', { t: 'militia' }],
  () => ['{ network(kind: OPPOSITION) { nodes { id label type } edges { id type evidence { quote } } } }', {}],
  () => [
    'query($id: ID!) { neighbourhood(id: $id, depth: 2) { nodes { id label type } edges { id } } }',
    { id: 'iran' },
  ],
  () => ['{ path(from: "sabrina-singh", to: "iran") { edges { id } } }', {}],
  () => ['{ parties(first: 20) { edges { node { id name } } pageInfo { hasNextPage } } }', {}],
];

async function prepareWrites(): Promise<boolean> {
  if (!key) return false;
  const setup = [
    'mutation { createParty(input: { id: "load-test-a", type: Organisation, name: "Load test A" }) { id } }',
    'mutation { createParty(input: { id: "load-test-b", type: Organisation, name: "Load test B" }) { id } }',
  ];
  for (const q of setup) await post(q, {}, true);
  await post(
    'mutation($text: String!) { createSource(input: { id: "load-test-source", title: "Load test", text: $text }) { id } }',
    { text: SENTENCES.join(' ') },
    true,
  );
  const check = await post('{ party(id: "load-test-a") { id } }');
  return check.ok;
}

function write(n: number): [string, Record<string, unknown>] {
  if (n % 2 === 0) {
    return [
      'mutation($d: String) { updateParty(id: "load-test-a", input: { description: $d }) { id } }',
      { d: `updated by the load test, write ${n}` },
    ];
  }
  return [
    'mutation($q: String!) { relate(input: { type: OPPOSES, from: "load-test-a", to: "load-test-b", evidence: [{ source: "load-test-source", quote: $q }] }) { id } }',
    { q: SENTENCES[n % SENTENCES.length] },
  ];
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function main(): Promise<void> {
  const { neo4j, faultline } = pids();
  const before = { faultline: rssMiB(faultline), neo4j: rssMiB(neo4j) };
  const writes = writeEvery > 0 && (await prepareWrites());
  console.log(
    `Loading ${endpoint} for ${seconds} s with ${clients} clients (at most ${maxRequests} requests; ${writes ? `1 write in ${writeEvery}` : 'reads only'})`,
  );
  const peak = { ...before };
  const sampler = setInterval(() => {
    const f = rssMiB(faultline);
    const n = rssMiB(neo4j);
    if (f !== null) peak.faultline = Math.max(peak.faultline ?? 0, f);
    if (n !== null) peak.neo4j = Math.max(peak.neo4j ?? 0, n);
  }, 1000);

  const outcomes: Outcome[] = [];
  const deadline = Date.now() + seconds * 1000;
  let issued = 0;
  let writesIssued = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < deadline && issued < maxRequests) {
        const n = issued++;
        const isWrite = writes && n % writeEvery === writeEvery - 1;
        const [query, variables] = isWrite
          ? write(writesIssued++)
          : (READS[n % READS.length] as () => [string, Record<string, unknown>])();
        outcomes.push(await post(query, variables, isWrite));
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const after = { faultline: rssMiB(faultline), neo4j: rssMiB(neo4j) };

  const line = (label: string, list: Outcome[]) => {
    const ms = list.map((o) => o.ms).sort((a, b) => a - b);
    const fmt = (v: number) => (Number.isNaN(v) ? '-' : v.toFixed(1));
    console.log(
      `${label.padEnd(7)} ${String(list.length).padStart(7)} requests  ${(list.length / elapsed).toFixed(1).padStart(7)}/s  p50 ${fmt(percentile(ms, 50))} ms  p95 ${fmt(percentile(ms, 95))} ms  p99 ${fmt(percentile(ms, 99))} ms  errors ${list.filter((o) => !o.ok).length}`,
    );
  };
  console.log(`Ran ${elapsed.toFixed(1)} s`);
  line('all', outcomes);
  line(
    'reads',
    outcomes.filter((o) => o.kind === 'read'),
  );
  line(
    'writes',
    outcomes.filter((o) => o.kind === 'write'),
  );
  const errors = new Map<string, number>();
  for (const o of outcomes) if (!o.ok) errors.set(o.error ?? '?', (errors.get(o.error ?? '?') ?? 0) + 1);
  if (errors.size > 0) console.log(`errors by code: ${[...errors].map(([c, n]) => `${c} ${n}`).join(', ')}`);
  const mem = (v: number | null) => (v === null ? '?' : `${v} MiB`);
  console.log(
    `RSS Faultline (pid ${faultline ?? '?'}): before ${mem(before.faultline)}, peak ${mem(peak.faultline)}, after ${mem(after.faultline)}`,
  );
  console.log(
    `RSS Neo4j     (pid ${neo4j ?? '?'}): before ${mem(before.neo4j)}, peak ${mem(peak.neo4j)}, after ${mem(after.neo4j)}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
