/**
 * Times the signed-network analyses (analysis/) on a seeded synthetic network: 10,000 parties and
 * 100,000 ties in three camps with 10% sign noise by default. Prints, per analysis, the first
 * (cold) run, the median of all runs, and the median CPU time of this process (less sensitive to
 * other load on the machine; garbage collection on other threads can push it above wall time).
 * A measurement script, not a test.
 *
 *   npx tsx tools/analysis-bench.ts [--nodes 10000] [--ties 100000] [--camps 3] [--noise 0.1] [--runs 3] [--seed 1]
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import {
  betweenness,
  buildSignedGraph,
  changes,
  frustration,
  louvainCommunities,
  pagerank,
  pnIndex,
  type SignedNetwork,
  seededRandom,
  signedBlockmodel,
  signedDegree,
  triangleCensus,
  unbalancedTriangles,
  walkBalance,
} from '../analysis/index.js';
import { campsNetwork } from '../tests/fixtures/analysis/generate.js';

const { values: args } = parseArgs({
  options: {
    nodes: { type: 'string', default: '10000' },
    ties: { type: 'string', default: '100000' },
    camps: { type: 'string', default: '3' },
    noise: { type: 'string', default: '0.1' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
  },
});

const runs = Math.max(1, Number(args.runs));
const seed = Number(args.seed);
const net = campsNetwork({
  nodes: Number(args.nodes),
  ties: Number(args.ties),
  camps: Number(args.camps),
  noise: Number(args.noise),
  seed,
});

/** A later window: 5% of ties dropped, 5% flipped, 5% new. */
function nextWindow(before: SignedNetwork): SignedNetwork {
  const rng = seededRandom(seed + 1);
  const ties = [];
  for (const t of before.ties) {
    const r = rng();
    if (r < 0.05) continue;
    ties.push(r < 0.1 ? { ...t, positive: t.negative, negative: t.positive } : t);
  }
  const n = before.nodes.length;
  for (let i = 0; i < before.ties.length * 0.05; i++) {
    const a = before.nodes[Math.floor(rng() * n)]!;
    const b = before.nodes[Math.floor(rng() * n)]!;
    ties.push({ id: `new${i}`, a, b, positive: rng() < 0.5 ? 1 : 0, negative: 1 });
  }
  return { nodes: before.nodes, ties };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const rows: { name: string; cold: number; median: number; cpu: number; note: string }[] = [];
/** Wall and CPU time (user + system of this process) of the first (cold) run and medians over all runs. */
function bench<T>(name: string, run: () => T, describe: (x: T) => string): void {
  const times: number[] = [];
  const cpu: number[] = [];
  let note = '';
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    const out = run();
    const used = process.cpuUsage(startCpu);
    times.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
    if (i === 0) note = describe(out);
  }
  rows.push({ name, cold: times[0]!, median: median(times), cpu: median(cpu), note });
  console.log(
    `${name.padEnd(22)} cold ${fmt(times[0]!)} (cpu ${fmt(cpu[0]!)})  median ${fmt(median(times))} (cpu ${fmt(median(cpu))})  ${note}`,
  );
}
const fmt = (ms: number) => `${ms.toFixed(0).padStart(6)} ms`;

console.log(
  `analysis bench: ${net.nodes.length} nodes, ${net.ties.length} ties, ${args.camps} camps, noise ${args.noise}, ${runs} runs, node ${process.version}, load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
bench(
  'buildSignedGraph',
  () => buildSignedGraph(net),
  (g) => `${g.m} signed pairs`,
);
const g = buildSignedGraph(net);
bench(
  'triangleCensus',
  () => triangleCensus(g),
  (c) => `${c.total} triangles, balance ${c.balanceScore?.toFixed(4)}`,
);
bench(
  'unbalancedTriangles',
  () => unbalancedTriangles(g, { limit: 100 }),
  (u) => `${u.total} unbalanced, top ${u.triangles.length}`,
);
bench(
  'walkBalance',
  () => walkBalance(g),
  (w) =>
    w.value === null
      ? `null: ${w.reason}`
      : `${w.value.toFixed(6)}${w.estimated ? ` ± ${w.standardError?.toFixed(6)} (estimated)` : ''}`,
);
const small = campsNetwork({ nodes: 500, ties: 3000, camps: 3, noise: 0.1, seed });
bench(
  'walkBalance (500)',
  () => walkBalance(small),
  (w) => `${w.value?.toFixed(6)} on a 500-node network (exact eigenvalues)`,
);
bench(
  'frustration',
  () => frustration(g),
  (f) => `${f.value} (lower bound ${f.lowerBound}, exact ${f.exact}), score ${f.balanceScore?.toFixed(4)}`,
);
bench(
  'signedBlockmodel k=3',
  () => signedBlockmodel(g, { k: Number(args.camps) }),
  (b) => `criterion ${b.criterion}, blocs ${b.blocs.map((x) => x.length).join('/')}`,
);
bench(
  'signedDegree',
  () => signedDegree(g),
  (d) => `top ${d[0]?.node}`,
);
bench(
  'pnIndex',
  () => pnIndex(g),
  (p) => `${p.iterations} CG iterations, residual ${p.residual.toExponential(1)}`,
);
bench(
  'pagerank',
  () => pagerank(g),
  (p) => `top ${p[0]?.node}`,
);
bench(
  'betweenness',
  () => betweenness(g),
  (b) => `${b.approximate ? `sampled k=${b.samples}, ±${b.errorBound?.toFixed(3)} at δ=${b.delta}` : 'exact'}`,
);
bench(
  'louvainCommunities',
  () => louvainCommunities(g),
  (c) => `${c.count} communities, modularity ${c.modularity.toFixed(4)}`,
);
const later = nextWindow(net);
const blocsBefore = signedBlockmodel(g, { k: 3, seed: 1 }).membership;
const blocsAfter = signedBlockmodel(later, { k: 3, seed: 2 }).membership;
bench(
  'changes',
  () => changes(net, later, { before: blocsBefore, after: blocsAfter }),
  (c) =>
    `formed ${c.ties.formed.length}, dissolved ${c.ties.dissolved.length}, flipped ${c.ties.flipped.length}, moved ${c.blocs?.moved.length}`,
);
const slowest = rows.reduce((a, b) => (b.cold > a.cold ? b : a));
console.log(`slowest cold: ${slowest.name} ${slowest.cold.toFixed(0)} ms`);
