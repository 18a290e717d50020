/**
 * `npx tsx tools/load-bench.ts [--sizes 10k,100k,1m] [--paths stream,admin] [--port 7791] [--home /tmp/h3-neo4j]`: measures
 * the bulk paths on synthetic graphs of about 10k, 100k and 1M relationships. For each size it
 * generates the JSON Lines once (streamed), then
 *   - the streaming path: `npm run seed -- bulk <dir> --reset` against the local Neo4j already
 *     running on --port (start it with `npm run neo4j` and the same FAULTLINE_NEO4J_* settings);
 *   - neo4j-admin: `npm run seed -- bulk <dir> --reset --admin-import` into a fresh home of its own
 *     (the importer needs a stopped database), then one start to build the schema.
 * Each command runs under `/usr/bin/time -v` (peak resident memory of the Node process); the
 * Neo4j server's resident memory is sampled from /proc while it runs, and its CPU time read before
 * and after, so figures from a busy machine can be told apart from the work itself. Not part of
 * `npm test`: it takes minutes and needs a free machine to mean much.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../core/project-root.js';
import { JsonlFolderSink, synthesizeTo } from '../graph-seed/index.js';
import { cpuSeconds, rssKb, serverPid } from './neo4j-process.js';

const SIZES: Record<string, { parties: number; events: number }> = {
  '10k': { parties: 1000, events: 1800 },
  '100k': { parties: 10_000, events: 19_000 },
  '1m': { parties: 100_000, events: 225_000 },
};

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10k,100k,1m' },
    paths: { type: 'string', default: 'stream,admin' },
    port: { type: 'string', default: '7791' },
    home: { type: 'string', default: '/tmp/faultline-bench-neo4j' },
    'admin-port': { type: 'string', default: '7795' },
    data: { type: 'string', default: path.join(tmpdir(), 'faultline-load-bench') },
  },
});

async function timed(args: string[], env: Record<string, string>, neo4jPid: number | null) {
  let peak = 0;
  const sampler = setInterval(() => {
    if (neo4jPid !== null) peak = Math.max(peak, rssKb(neo4jPid));
  }, 500);
  const cpuBefore = neo4jPid === null ? 0 : cpuSeconds(neo4jPid);
  const loadBefore = loadavg()[0] ?? 0;
  const started = performance.now();
  const tsx = path.join(projectRoot(), 'node_modules', '.bin', 'tsx');
  const output = await new Promise<string>((resolve) => {
    execFile(
      '/usr/bin/time',
      ['-v', tsx, path.join(projectRoot(), 'graph-seed', 'cli.ts'), ...args],
      { env: { ...process.env, ...env }, maxBuffer: 64 << 20 },
      (_error, stdout, stderr) => resolve(`${stdout}${stderr}`),
    );
  });
  clearInterval(sampler);
  return {
    seconds: (performance.now() - started) / 1000,
    nodeRssMb: Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1] ?? 0) / 1024,
    neo4jCpu: neo4jPid === null ? null : cpuSeconds(neo4jPid) - cpuBefore,
    neo4jPeakMb: peak / 1024,
    /** One-minute load average before and after: 2 cores, so above 2 the figures include waiting for a core. */
    load: `${loadBefore.toFixed(1)}→${(loadavg()[0] ?? 0).toFixed(1)}`,
    summary: output.split('\n').filter((l) => /^(Loaded| {2}throughput|Converted|neo4j-admin|Error)/.test(l)),
  };
}

async function main(): Promise<void> {
  const home = path.resolve(values.home);
  for (const size of values.sizes.split(',')) {
    const shape = SIZES[size];
    if (!shape) throw new Error(`unknown size ${size}; expected ${Object.keys(SIZES).join(', ')}`);
    const dir = path.join(values.data, size);
    if (!existsSync(path.join(dir, 'relationships.jsonl'))) {
      mkdirSync(dir, { recursive: true });
      const sink = new JsonlFolderSink(dir);
      synthesizeTo({ ...shape, seed: 7 }, sink);
      const w = sink.close();
      console.log(`${size}: generated ${w.nodes} nodes and ${w.relationships} relationships in ${dir}`);
    }
    const paths = values.paths.split(',');
    if (paths.includes('stream')) await streaming(size, dir, home);
    if (paths.includes('admin')) await admin(size, dir);
  }
  console.log(
    `load average at the end: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
}

async function streaming(size: string, dir: string, home: string): Promise<void> {
  const stream = await timed(
    ['bulk', dir, '--reset'],
    { FAULTLINE_NEO4J_HOME: home, FAULTLINE_NEO4J_BOLT_PORT: values.port },
    serverPid(home),
  );
  console.log(
    `${size} streaming: ${stream.seconds.toFixed(1)} s wall, Node peak ${stream.nodeRssMb.toFixed(0)} MB, Neo4j peak ${stream.neo4jPeakMb.toFixed(0)} MB, Neo4j CPU ${stream.neo4jCpu?.toFixed(0)} s, load ${stream.load}`,
  );
  for (const line of stream.summary) console.log(`  ${line}`);
}

async function admin(size: string, dir: string): Promise<void> {
  const adminHome = path.join(values.data, `admin-home-${size}`);
  rmSync(adminHome, { recursive: true, force: true });
  const result = await timed(
    ['bulk', dir, '--reset', '--admin-import'],
    { FAULTLINE_NEO4J_HOME: adminHome, FAULTLINE_NEO4J_BOLT_PORT: values['admin-port'] },
    null,
  );
  console.log(
    `${size} neo4j-admin: ${result.seconds.toFixed(1)} s wall (with conversion, server start and indexes), peak of the Node process and its children ${result.nodeRssMb.toFixed(0)} MB, load ${result.load}`,
  );
  for (const line of result.summary) console.log(`  ${line}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
