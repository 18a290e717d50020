/**
 * Times the actor network and the analyses as a client sees them (HTTP, Apollo, resolvers, Neo4j,
 * analysis/) on a synthetic graph: every question cold (a freshly started API, so the network is
 * read from Neo4j and the analysis computed) and cached (the same question again, median of
 * --runs), and `actorNetwork` pages. Prints figures; a measurement script, not a test.
 *
 * Runs against the Neo4j of NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD. With --load it first
 * replaces that database's graph with `synth` (its parties and events); never point it at data
 * you want to keep.
 *
 *   NEO4J_URI=bolt://127.0.0.1:7793 NEO4J_PASSWORD=… npx tsx tools/analysis-api-bench.ts \
 *     [--load --parties 10000 --events 100000 --seed 7] [--runs 3]
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { startServer } from '../api/index.js';
import { loadConfig } from '../core/config.js';
import { Database } from '../core/db/index.js';
import { createLogger } from '../core/logger.js';
import { resetGraph, writeGraph } from '../core/storage/graph-writer.js';
import { applySchema } from '../core/storage/schema.js';
import { synthesize } from '../graph-seed/index.js';

const { values: args } = parseArgs({
  options: {
    load: { type: 'boolean', default: false },
    parties: { type: 'string', default: '10000' },
    events: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '7' },
    runs: { type: 'string', default: '3' },
  },
});

if (!process.env.NEO4J_URI) {
  console.error('Set NEO4J_URI (and NEO4J_PASSWORD) to a Neo4j you can use for benchmarks.');
  process.exit(2);
}
// Long reads are allowed: a cold analysis of a large graph on a busy machine may take a while.
const config = loadConfig({ ...process.env, PORT: '0', FAULTLINE_TX_TIMEOUT_MS: '600000', LOG_LEVEL: 'silent' });
const logger = createLogger('silent');
const runs = Number(args.runs);

/** A fresh API (its own Database, so an empty cache) on a free port. */
async function freshApi() {
  const db = new Database(config.neo4j, { transactionTimeoutMs: 600_000 });
  const server = await startServer({ config, db, logger });
  return {
    async query(source: string): Promise<{ ms: number; data: unknown }> {
      const started = performance.now();
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: source }),
      });
      const body = (await res.json()) as { data?: unknown; errors?: { message: string }[] };
      const ms = performance.now() - started;
      if (body.errors) throw new Error(`${source}: ${body.errors.map((e) => e.message).join('; ')}`);
      return { ms, data: body.data };
    },
    async close() {
      await server.close();
      await db.close();
    },
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);

interface Figure {
  name: string;
  cold: number;
  cached: number;
  /** Analyses only: the first answer of a fresh API with nothing read yet (network read included). */
  fromNothing?: number;
}

/**
 * Cold: the first answer of a fresh API; cached: the same question again (median of runs). With
 * warmNetwork the window's signed network is read first, so `cold` is the analysis alone.
 */
async function measure(name: string, source: string, warmNetwork: boolean, before?: string): Promise<Figure> {
  const api = await freshApi();
  try {
    if (warmNetwork) await api.query('{ analysis { parties } }');
    if (before) await api.query(before);
    const cold = (await api.query(source)).ms;
    const cached: number[] = [];
    for (let i = 0; i < runs; i++) cached.push((await api.query(source)).ms);
    const figure = { name, cold, cached: median(cached) };
    console.log(`  ${name}: cold ${fmt(figure.cold)}, cached ${fmt(figure.cached)}`);
    return figure;
  } finally {
    await api.close();
  }
}

async function main() {
  if (args.load) {
    const parties = Number(args.parties);
    const events = Number(args.events);
    console.log(`Loading synth: ${parties} parties, ${events} events, seed ${args.seed}…`);
    const started = performance.now();
    const db = new Database(config.neo4j, { transactionTimeoutMs: 3_600_000 });
    try {
      await resetGraph(db);
      await applySchema(db);
      await writeGraph(db, synthesize({ parties, events, seed: Number(args.seed) }));
    } finally {
      await db.close();
    }
    console.log(`Loaded in ${fmt(performance.now() - started)}`);
  }
  const figures: Figure[] = [];
  const actor =
    '{ actorNetwork(first: 200) { totalTies totalParties truncated ties { id weight counts { kind count } } parties { id parentId degree } } }';
  figures.push(await measure('actorNetwork(first: 200), network read included', actor, false));
  const api = await freshApi();
  const page1 = (await api.query('{ actorNetwork(first: 200) { totalTies totalParties endCursor } }')).data as {
    actorNetwork: { totalTies: number; totalParties: number; endCursor: string };
  };
  const size = (await api.query('{ analysis { parties ties } }')).data as {
    analysis: { parties: number; ties: number };
  };
  await api.close();
  console.log(
    `Actor network: ${page1.actorNetwork.totalTies} opposition ties between ${page1.actorNetwork.totalParties} parties; signed network: ${size.analysis.parties} parties, ${size.analysis.ties} ties; load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
  figures.push(
    await measure(
      'actorNetwork second page',
      `{ actorNetwork(first: 200, after: ${JSON.stringify(page1.actorNetwork.endCursor)}) { ties { id } } }`,
      false,
      actor,
    ),
  );
  figures.push(
    await measure(
      'actorNetwork(kind: REPRESENTATION, first: 200)',
      '{ actorNetwork(kind: REPRESENTATION, first: 200) { totalTies ties { id roles } } }',
      false,
    ),
  );
  figures.push(
    await measure(
      'actorNetwork(from: 2022-01-01, to: 2022-06-30)',
      '{ actorNetwork(from: "2022-01-01", to: "2022-06-30", first: 200) { totalTies ties { id } } }',
      false,
    ),
  );
  figures.push(await measure('analysis: signed network read and built', '{ analysis { parties ties } }', false));
  const analyses: [string, string][] = [
    [
      'triangle census and score',
      '{ analysis { balance { census { ppp ppn pnn nnn } triangleScore unbalancedTotal } } }',
    ],
    [
      'unbalanced triangles (20)',
      '{ analysis { balance { unbalancedTriangles(first: 20) { partyIds ties { id } } } } }',
    ],
    ['walk balance', '{ analysis { balance { walkScore } } }'],
    ['frustration', '{ analysis { balance { frustration { value exact lowerBound score } } } }'],
    ['blocs (k = 2)', '{ analysis { blocs(k: 2) { criterion blocs { size } } } }'],
    ['blocs (k = 3)', '{ analysis { blocs(k: 3) { criterion blocs { size } } } }'],
    ['communities and modularity', '{ analysis { communities { id } modularity } }'],
    ['signed ties (100)', '{ analysis { signedTies(first: 100) { id sign } } }'],
  ];
  for (const m of ['SIGNED_DEGREE', 'NEGATIVE_DEGREE', 'POSITIVE_DEGREE', 'PN', 'PAGERANK', 'BETWEENNESS'])
    analyses.push([`centrality ${m}`, `{ analysis { centrality(measure: ${m}, first: 20) { partyId value } } }`]);
  // Each analysis twice: from nothing (what a user's first question costs: the window's network
  // read and built, then the analysis), and alone (the network already read).
  for (const [name, source] of analyses) {
    const fresh = await measure(`${name}, from nothing`, source, false);
    figures.push({ ...(await measure(name, source, true)), fromNothing: fresh.cold });
  }
  figures.push(
    await measure(
      'everything at once, from nothing',
      `{ analysis { parties balance { census { ppp } walkScore frustration { value } unbalancedTriangles { partyIds } } blocs { criterion } communities { id } ${['SIGNED_DEGREE', 'PN', 'PAGERANK', 'BETWEENNESS'].map((m) => `${m}: centrality(measure: ${m}) { partyId }`).join(' ')} } }`,
      false,
    ),
  );
  figures.push(
    await measure(
      'changes 2021 → 2023 (k = 2), both windows from nothing',
      '{ changes(before: { from: "2021-01-01", to: "2021-12-31" }, after: { from: "2023-01-01", to: "2023-12-31" }) { totalFormed totalDissolved totalFlipped totalBlocChanges formed { id } dissolved { id } flipped { beforeSign } blocChanges { partyId } } }',
      false,
    ),
  );

  const width = Math.max(...figures.map((f) => f.name.length));
  console.log(
    `\n${'what'.padEnd(width)}  ${'from nothing'.padStart(12)}  ${'cold'.padStart(10)}  ${`cached (median of ${runs})`.padStart(22)}`,
  );
  for (const f of figures)
    console.log(
      `${f.name.padEnd(width)}  ${(f.fromNothing === undefined ? '' : fmt(f.fromNothing)).padStart(12)}  ${fmt(f.cold).padStart(10)}  ${fmt(f.cached).padStart(22)}`,
    );
  console.log(
    `\nfrom nothing: a fresh API's first answer (the window's network read, then the analysis); cold: the analysis alone, the network read first; load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} at the end`,
  );
}

await main();
