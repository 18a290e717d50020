/**
 * API benchmark (`npm run bench`): the same questions asked three ways against one database,
 * interleaved: Faultline's GraphQL API over HTTP, the Neo4j GraphQL Library serving the same
 * labels (peer.ts), each server in a process of its own (server-process.ts), and one hand-written
 * Cypher statement per question (statements/*.cypher) on this process's driver,
 * after checking that the three return the same answer. Prints p50/p95, Faultline ÷ statement,
 * Faultline ÷ peer, and requests per second at a fixed number of concurrent clients (sent from a
 * process of their own, load-client.ts). It exits 0
 * whatever the figures are: it is a measurement, not a test.
 *
 * Flags: --sizes 500x1500,2000x6000 (parties x events), --iterations 60, --warmup 10 and
 * --warmup-seconds 2 (interleaved warm-up rounds: at least that many, and for at least that long),
 * --warmup-pass 2 (seconds of load per server and round when every question is asked untimed on the
 * first size before any is timed; 0: none), --concurrency 10, --duration 3 (seconds of load per
 * query and server), --seed 1, --only
 * (comma-separated query names), --wipe (allow emptying the database named by NEO4J_URI),
 * --show-statements (print the Cypher Faultline ran for each question, with its parameters).
 * Without NEO4J_URI a throwaway Neo4j is started on a free port and removed.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { type RunningServer, startServer } from '../../api/index.js';
import { loadConfig, type Neo4jConnection } from '../../core/config.js';
import { jitCompilationMsStatement, neo4jVersionStatement } from '../../core/cypher/index.js';
import type { Database } from '../../core/db/index.js';
import { RELATIONSHIP_TYPES } from '../../core/domain/vocabulary.js';
import { projectRoot } from '../../core/project-root.js';
import { countGraph, resetGraph, writeGraph } from '../../core/storage/graph-writer.js';
import { applySchema } from '../../core/storage/schema.js';
import { synthesize } from '../../graph-seed/index.js';
import { freePort, type RunningNeo4j, startLocalNeo4j } from '../../neo4j-local/index.js';
import { wholeOption } from '../options.js';
import { agent, dataOf, figures, graphql, timed } from './http-timing.js';
import { type LoadClient, startLoadClient } from './load-client.js';
import { type BenchQuery, benchQueries, type Operation } from './queries.js';
import {
  planOf,
  RecordingDatabase,
  replay,
  runHand,
  runHandAtLastRow,
  runRead,
  runReadAtLastRow,
} from './recording.js';
import { type Measured, printSize, TARGET_VS_HAND, TARGET_VS_PEER } from './report.js';
import { benchConfig, startServerProcess } from './server-process.js';
import { pickTargets } from './targets.js';

/** Rounds of load per server and question, taken in turns with the peer. */
const THROUGHPUT_ROUNDS = 4;

const PASSWORD = 'faultline-bench';

interface Options {
  sizes: { parties: number; events: number }[];
  iterations: number;
  warmup: number;
  /** Warm-up goes on for at least this long (and at least `warmup` rounds). */
  warmupMs: number;
  concurrency: number;
  durationMs: number;
  /**
   * Seconds of load per server and round in the warm-up pass: every question asked, untimed, on the
   * first size before any is timed (0: no pass).
   */
  warmupPassSeconds: number;
  seed: number;
  only: string[] | null;
  wipe: boolean;
  /** Print the statements Faultline ran for each question, with their parameters. */
  showStatements: boolean;
}

function options(): Options {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '500x1500,2000x6000' },
      iterations: { type: 'string', default: '60' },
      warmup: { type: 'string', default: '10' },
      'warmup-seconds': { type: 'string', default: '2' },
      concurrency: { type: 'string', default: '10' },
      duration: { type: 'string', default: '3' },
      'warmup-pass': { type: 'string', default: '2' },
      seed: { type: 'string', default: '1' },
      only: { type: 'string' },
      wipe: { type: 'boolean', default: false },
      'show-statements': { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes.split(',').map((s) => {
    const m = /^\s*(\d+)\s*x\s*(\d+)\s*$/.exec(s);
    if (!m) throw new Error(`--sizes: expected PARTIESxEVENTS such as 500x1500, got "${s}"`);
    return {
      parties: wholeOption('sizes', m[1] ?? '', 2, 1_000_000),
      events: wholeOption('sizes', m[2] ?? '', 0, 10_000_000),
    };
  });
  return {
    sizes,
    iterations: wholeOption('iterations', values.iterations, 1, 100_000),
    warmup: wholeOption('warmup', values.warmup, 0, 10_000),
    warmupMs: wholeOption('warmup-seconds', values['warmup-seconds'], 0, 600) * 1000,
    concurrency: wholeOption('concurrency', values.concurrency, 1, 1000),
    durationMs: wholeOption('duration', values.duration, 1, 3600) * 1000,
    warmupPassSeconds: wholeOption('warmup-pass', values['warmup-pass'], 0, 600),
    seed: wholeOption('seed', values.seed, 0, 2 ** 31),
    only: values.only ? values.only.split(',').map((q) => q.trim()) : null,
    wipe: values.wipe,
    showStatements: values['show-statements'],
  };
}

// ---------------------------------------------------------------------------------------------
// Measuring

const payloadOf = (op: Operation) => JSON.stringify({ query: op.document, variables: op.variables });

async function measure(
  db: RecordingDatabase,
  loader: LoadClient,
  urls: { recorder: URL; timed: URL },
  peerUrl: URL,
  query: BenchQuery,
  opts: Options,
): Promise<Measured> {
  const payload = payloadOf(query.faultline);
  const peerOp = 'missing' in query.peer ? null : query.peer;
  const peerPayload = peerOp ? payloadOf(peerOp) : null;

  // Same answer three ways, checked before anything is timed; and what Faultline runs for it.
  const url = urls.timed;
  await graphql(urls.recorder, payload);
  db.startCapture();
  const first = await graphql(urls.recorder, payload);
  const plan = planOf(db.stopCapture());
  const timedAnswer = await graphql(url, payload);
  if (timedAnswer.body !== first.body) {
    throw new Error(`${query.name}: the Faultline timed answers otherwise than the one that recorded its statements`);
  }
  if (opts.showStatements) {
    for (const s of plan.statements) {
      console.log(
        `\n-- ${query.name}\n${s.cypher}\n-- params ${JSON.stringify(s.params ?? {}, (_, v) => (typeof v === 'bigint' ? Number(v) : v))}`,
      );
    }
  }
  const mine = query.faultline.canon(dataOf(first.body));
  const sameAsHand = query.hand.canon(await runHand(db, query)) === mine;
  let sameAsPeer: boolean | null = null;
  if (peerOp && peerPayload) {
    const theirs = await graphql(peerUrl, peerPayload);
    sameAsPeer = peerOp.canon(dataOf(theirs.body)) === mine;
  }

  const ways: [string, () => Promise<unknown>][] = [
    ['faultline', () => graphql(url, payload)],
    ['hand', () => runHand(db, query)],
    ['hand at last row', () => runHandAtLastRow(db, query)],
    ['replay', () => replay(db, plan)],
  ];
  if (peerPayload) ways.push(['peer', () => graphql(peerUrl, peerPayload)]);
  // Requests per second first: thousands of requests at 10 clients bring each server's code (V8's
  // optimising compiler, graphql-jit's compiled operation, the JVM's) to the steady state of a server
  // that has served its first minutes, before any request is timed one by one.
  const [load, peerLoad] = await alternatingThroughput(
    loader,
    [{ url, payload }, ...(peerPayload ? [{ url: peerUrl, payload: peerPayload }] : [])],
    opts.concurrency,
    opts.durationMs,
  );
  // Then a warm-up, interleaved as the timed runs are: at least `warmup` rounds and `warmupMs`, so that
  // the hand-written statement and the replay are as warm as the servers, and the timed runs start
  // from the rhythm they are timed in.
  const warmUntil = performance.now() + opts.warmupMs;
  for (let i = 0; i < opts.warmup || (performance.now() < warmUntil && i < 10_000); i++) {
    for (const [, run] of ways) await run();
  }
  const jitWait = await jitAtRest(db);
  const samples = new Map<string, number[]>(ways.map(([name]) => [name, []]));
  // Interleaved, rotating which goes first, so drift in a shared machine's load hits all alike.
  for (let i = 0; i < opts.iterations; i++) {
    for (let j = 0; j < ways.length; j++) {
      const [name, run] = ways[(i + j) % ways.length] as [string, () => Promise<unknown>];
      samples.get(name)?.push(await timed(run));
      await quiet(db);
    }
  }
  return {
    query,
    kb: Buffer.byteLength(first.body) / 1024,
    statements: plan.statements.length,
    trips: plan.trips,
    faultline: figures(samples.get('faultline') ?? []),
    hand: figures(samples.get('hand') ?? []),
    handAtLastRow: figures(samples.get('hand at last row') ?? []),
    replay: figures(samples.get('replay') ?? []),
    peer: peerPayload ? figures(samples.get('peer') ?? []) : null,
    peerNote: 'missing' in query.peer ? query.peer.missing : null,
    sameAsHand,
    sameAsPeer,
    rps: load.rps,
    peerRps: peerLoad?.rps ?? null,
    errors: load.errors + (peerLoad?.errors ?? 0),
    jitWaitS: jitWait,
  };
}

/**
 * Waits, untimed, until the work a timed run leaves behind has ended, so that none of it lands on the
 * next run's time: the COMMIT of a read answered at its last row (this process's, which `settled`
 * waits for, and a server's, sent after its answer: its round trip takes well under a millisecond).
 */
async function quiet(db: Database): Promise<void> {
  await db.settled();
  await new Promise((r) => setTimeout(r, 2));
}

/**
 * The fixed costs under every question, interleaved: the smallest statement in a read
 * transaction on the driver (what a hand-written statement can never go below), and the smallest
 * GraphQL request over HTTP to Faultline and to the peer (what neither API can go below).
 */
async function printFloors(db: Database, url: URL, peerUrl: URL): Promise<void> {
  const trivial = JSON.stringify({ query: '{ __typename }' });
  const ways: [string, () => Promise<unknown>][] = [
    ['RETURN 1 in a read transaction', () => runRead(db, 'RETURN 1 AS one')],
    ['the same answered at its last row', () => runReadAtLastRow(db, 'RETURN 1 AS one')],
    ['Faultline { __typename } over HTTP', () => graphql(url, trivial)],
    ['peer { __typename } over HTTP', () => graphql(peerUrl, trivial)],
  ];
  const samples = ways.map(() => [] as number[]);
  for (let i = 0; i < 230; i++) {
    for (let j = 0; j < ways.length; j++) {
      const k = (i + j) % ways.length;
      const ms = await timed((ways[k] as [string, () => Promise<unknown>])[1]);
      await quiet(db);
      if (i >= 30) samples[k]?.push(ms);
    }
  }
  console.log(
    `- fixed costs (p50 of 200, interleaved): ${ways.map(([name], k) => `${name} ${figures(samples[k] ?? []).p50.toFixed(2)} ms`).join('; ')}`,
  );
}

/**
 * Waits (at most 120 s) until Neo4j's JVM has stopped compiling: its compilation time grew by less
 * than 20 ms in the last second. A Neo4j started minutes ago (the benchmark's own) keeps compiling
 * in the background on the machine's cores for a long while, and each new question brings new code
 * to compile; a Neo4j in service has long finished. Returns the seconds waited.
 */
async function jitAtRest(db: Database): Promise<number> {
  const started = performance.now();
  // A server that does not let this user read JMX (a hosted one) is not waited for.
  const compiled = async () => (await db.read(jitCompilationMsStatement()).catch(() => []))[0] ?? null;
  let before = await compiled();
  if (before === null) return 0;
  while (performance.now() - started < 120_000) {
    await new Promise((r) => setTimeout(r, 1000));
    const now = await compiled();
    if (now === null || now - before < 20) break;
    before = now;
  }
  return (performance.now() - started) / 1000;
}

async function neo4jVersion(db: Database): Promise<string> {
  const rows = await db.read(neo4jVersionStatement());
  const row = rows[0];
  return row ? `${row.name} ${row.versions.join(', ')} ${row.edition}` : 'unknown';
}

async function main(): Promise<void> {
  const opts = options();
  const root = projectRoot();
  const cleanups: (() => Promise<void>)[] = [];
  let cleaning: Promise<void> | undefined;
  const cleanup = () => {
    cleaning ??= (async () => {
      for (const undo of cleanups.reverse()) {
        try {
          await undo();
        } catch (error) {
          console.error(`cleanup: ${(error as Error).message}`);
        }
      }
    })();
    return cleaning;
  };
  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`\n${signal}: stopping the benchmark's Neo4j and server...`);
    void cleanup().then(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    const cpus = os.cpus();
    console.log('# Faultline API benchmark\n');
    console.log(
      `- machine: ${cpus.length} x ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory, load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')} at start`,
    );
    console.log(`- node ${process.version} on ${os.platform()} ${os.release()}`);
    console.log(
      `- per question: requests/s first (${opts.concurrency} concurrent clients, ${THROUGHPUT_ROUNDS} rounds of ${opts.durationMs / 1000} s per server), then at least ${opts.warmup} warm-up rounds and ${opts.warmupMs / 1000} s of them, Neo4j's JIT at rest, then ${opts.iterations} iterations, Faultline, statements and peer interleaved; ${opts.warmupPassSeconds > 0 ? `a warm-up pass over every question first (${opts.warmupPassSeconds} s rounds)` : 'no warm-up pass'}; seed ${opts.seed}`,
    );

    const given = process.env.NEO4J_URI?.trim();
    let connection: Neo4jConnection;
    if (given) {
      connection = loadConfig(process.env).neo4j;
    } else {
      const home = mkdtempSync(path.join(os.tmpdir(), 'faultline-bench-'));
      cleanups.push(async () => rmSync(home, { recursive: true, force: true }));
      const neo: RunningNeo4j = await startLocalNeo4j({
        home,
        boltPort: await freePort(),
        password: PASSWORD,
        heap: '1g',
        progress: (line) => console.error(line),
      });
      cleanups.push(() => neo.stop({ discard: true }));
      connection = { uri: neo.uri, username: 'neo4j', password: PASSWORD, database: undefined };
    }
    const db = new RecordingDatabase(connection, { transactionTimeoutMs: 900_000, acquisitionTimeoutMs: 120_000 });
    cleanups.push(() => db.close());
    await db.waitUntilReady(60_000);
    if (given) {
      const { nodes } = await countGraph(db);
      if (nodes > 0 && !opts.wipe) {
        throw new Error(
          `NEO4J_URI (${connection.uri}) holds ${nodes} nodes; the benchmark empties the database. Pass --wipe to allow it.`,
        );
      }
    }
    console.log(`- neo4j: ${await neo4jVersion(db)} at ${connection.uri}${given ? '' : ' (throwaway, heap 1g)'}`);

    // Faultline in this process, on a database that records statements, for the same-answer check
    // and the statements each question runs; the servers timed run in processes of their own.
    const recorder: RunningServer = await startServer({
      config: benchConfig(connection),
      db,
      logger: pino({ level: 'silent' }),
      webDir: path.join(root, 'web', 'dist'),
    });
    cleanups.push(() => recorder.close());
    const recorderUrl = new URL('/graphql', recorder.url);
    const faultline = await startServerProcess('faultline', connection, path.join(root, 'web', 'dist'));
    cleanups.push(() => faultline.close());
    const peer = await startServerProcess('peer', connection, path.join(root, 'web', 'dist'));
    cleanups.push(() => peer.close());
    const url = new URL(faultline.url);
    const loader = startLoadClient();
    cleanups.push(() => loader.close());
    const peerUrl = new URL(peer.url);
    console.log(
      `- Faultline: ${faultline.url} (startServer, in a process of its own; requests over HTTP with keep-alive); the statements it runs are recorded by another Faultline in this process`,
    );
    console.log(`- peer: @neo4j/graphql 7.6.3 on Apollo Server at ${peer.url} (in a process of its own)`);
    console.log(
      '- requests per second: clients in a process of their own (load-client.ts), one server loaded at a time',
    );

    await resetGraph(db);
    await applySchema(db);
    for (const [index, size] of opts.sizes.entries()) {
      const label = `${size.parties} parties, ${size.events} events`;
      console.error(`\nLoading ${label}...`);
      const doc = synthesize({ ...size, seed: opts.seed });
      await resetGraph(db);
      const t0 = performance.now();
      await writeGraph(db, doc);
      await db.write({ cypher: 'CALL db.awaitIndexes(300)' });
      await db.read({ cypher: 'CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()' });
      const counts = await countGraph(db);
      console.error(
        `Loaded ${counts.nodes} nodes and ${counts.relationships} relationships in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
      );
      const targets = pickTargets(doc);
      if (index === 0 && opts.warmupPassSeconds > 0) {
        // A Neo4j, a Faultline and a peer started a minute ago are slower than the same processes after
        // a few minutes of work (the first size measured used to come out up to twice as slow as the
        // same size measured later in the run): every question once, untimed, before any is timed.
        const pass = { ...opts, iterations: 5, durationMs: opts.warmupPassSeconds * 1000 };
        for (const query of benchQueries(targets, RELATIONSHIP_TYPES)) {
          if (opts.only && !opts.only.includes(query.name)) continue;
          console.error(`  ${query.name} (warm-up pass, not reported)...`);
          await measure(db, loader, { recorder: recorderUrl, timed: url }, peerUrl, query, pass);
        }
      }
      const rows: Measured[] = [];
      for (const query of benchQueries(targets, RELATIONSHIP_TYPES)) {
        if (opts.only && !opts.only.includes(query.name)) continue;
        console.error(`  ${query.name}...`);
        rows.push(await measure(db, loader, { recorder: recorderUrl, timed: url }, peerUrl, query, opts));
      }
      printSize(`${label} (${counts.nodes} nodes, ${counts.relationships} relationships)`, rows, opts.concurrency);
      // Measured per size, after the questions, when every process is as warm as it was for them.
      await printFloors(db, url, peerUrl);
    }
    console.log(
      `\nTarget: Faultline p50 at most ${TARGET_VS_HAND}x the hand-written statement's and at most ${TARGET_VS_PEER}x the peer's, with requests/s at least the peer's (PASS/MISS). Load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')} at the end.`,
    );
  } finally {
    await cleanup();
    agent.destroy();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});

/**
 * Requests per second of each server at `clients` clients, sent by the load generator's process
 * (load-client.ts): THROUGHPUT_ROUNDS rounds each, taking turns and rotating which goes first, so
 * drift in the machine's load hits them alike; each server's figure is its requests over its time
 * under load.
 */
async function alternatingThroughput(
  loader: LoadClient,
  servers: { url: URL; payload: string }[],
  clients: number,
  durationMs: number,
): Promise<[{ rps: number; errors: number }, { rps: number; errors: number } | null]> {
  const totals = servers.map(() => ({ done: 0, seconds: 0, errors: 0 }));
  const roundMs = Math.max(250, Math.round(durationMs / THROUGHPUT_ROUNDS));
  for (let round = 0; round < THROUGHPUT_ROUNDS; round++) {
    for (let j = 0; j < servers.length; j++) {
      const i = (round + j) % servers.length;
      const server = servers[i] as { url: URL; payload: string };
      const total = totals[i] as { done: number; seconds: number; errors: number };
      const { rps, errors, seconds } = await loader.run({
        url: server.url.href,
        payload: server.payload,
        clients,
        durationMs: roundMs,
      });
      total.done += rps * seconds;
      total.seconds += seconds;
      total.errors += errors;
    }
  }
  const figure = (t: { done: number; seconds: number; errors: number }) => ({
    rps: t.done / t.seconds,
    errors: t.errors,
  });
  return [figure(totals[0] as { done: number; seconds: number; errors: number }), totals[1] ? figure(totals[1]) : null];
}
