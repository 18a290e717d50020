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
 * Flags: --sizes 500x1500,2000x6000 (parties x events), --iterations 60 and --timed-seconds 10
 * (timed rounds per question: at least that many, and for at least that long), --warmup 10 and
 * --warmup-seconds 2 (interleaved warm-up rounds: at least that many, and for at least that long),
 * --warmup-pass 2 (seconds of load per server and round when every question is asked untimed on the
 * first size before any is timed; 0: none), --concurrency 10, --duration 3 (seconds of load per
 * query and server), --seed 1, --only
 * (comma-separated query names), --wipe (allow emptying the database named by NEO4J_URI),
 * --show-statements (print the Cypher Faultline ran for each question, with its parameters).
 * Without NEO4J_URI a throwaway Neo4j is started on a free port and removed.
 *
 * This file starts and stops what the benchmark needs and walks the sizes; the flags are read in
 * bench-options.ts, each question is timed in measure.ts, and the tables are printed by report.ts.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { type RunningServer, startServer } from '../../api/index.js';
import { loadConfig, type Neo4jConnection } from '../../core/config.js';
import { neo4jVersionStatement } from '../../core/cypher/index.js';
import type { Database } from '../../core/db/index.js';
import { RELATIONSHIP_TYPES } from '../../core/domain/vocabulary.js';
import { projectRoot } from '../../core/project-root.js';
import { countGraph, resetGraph, writeGraph } from '../../core/storage/graph-writer.js';
import { applySchema } from '../../core/storage/schema.js';
import { synthesize } from '../../graph-seed/index.js';
import { freePort, type RunningNeo4j, startLocalNeo4j } from '../../neo4j-local/index.js';
import { options } from './bench-options.js';
import { agent } from './http-timing.js';
import { startLoadClient } from './load-client.js';
import { measure, printFloors, THROUGHPUT_ROUNDS } from './measure.js';
import { benchQueries } from './queries.js';
import { RecordingDatabase } from './recording.js';
import { type Measured, printSize, TARGET_VS_HAND, TARGET_VS_PEER } from './report.js';
import { benchConfig, startServerProcess } from './server-process.js';
import { pickTargets } from './targets.js';

const PASSWORD = 'faultline-bench';

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
      `- per question: requests/s first (${opts.concurrency} concurrent clients, ${THROUGHPUT_ROUNDS} rounds of ${opts.durationMs / 1000} s per server), then at least ${opts.warmup} warm-up rounds and ${opts.warmupMs / 1000} s of them, Neo4j's JIT at rest, then at least ${opts.iterations} timed rounds and ${opts.timedMs / 1000} s of them, Faultline, statements and peer interleaved; ${opts.warmupPassSeconds > 0 ? `a warm-up pass over every question first (${opts.warmupPassSeconds} s rounds)` : 'no warm-up pass'}; seed ${opts.seed}`,
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
    const bare = await startServerProcess('bare', connection, path.join(root, 'web', 'dist'));
    cleanups.push(() => bare.close());
    const url = new URL(faultline.url);
    const urls = { recorder: recorderUrl, timed: url, bare: new URL(bare.url) };
    const loader = startLoadClient();
    cleanups.push(() => loader.close());
    const peerUrl = new URL(peer.url);
    console.log(
      `- Faultline: ${faultline.url} (startServer, in a process of its own; requests over HTTP with keep-alive); the statements it runs are recorded by another Faultline in this process`,
    );
    console.log(`- peer: @neo4j/graphql 7.6.3 on Apollo Server at ${peer.url} (in a process of its own)`);
    console.log(
      `- the floor: each hand-written statement behind a bare node:http server at ${bare.url} (bare-server.ts, in a process of its own)`,
    );
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
        const pass = { ...opts, iterations: 5, timedMs: 0, durationMs: opts.warmupPassSeconds * 1000 };
        for (const query of benchQueries(targets, RELATIONSHIP_TYPES)) {
          if (opts.only && !opts.only.includes(query.name)) continue;
          console.error(`  ${query.name} (warm-up pass, not reported)...`);
          await measure(db, loader, urls, peerUrl, query, pass);
        }
      }
      const rows: Measured[] = [];
      for (const query of benchQueries(targets, RELATIONSHIP_TYPES)) {
        if (opts.only && !opts.only.includes(query.name)) continue;
        console.error(`  ${query.name}...`);
        rows.push(await measure(db, loader, urls, peerUrl, query, opts));
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
