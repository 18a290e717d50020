/**
 * Timing one question three ways (Faultline, the hand-written statement, the peer), and the fixed
 * costs under all of them: what api-bench.ts runs for each question and size.
 */
import { jitCompilationMsStatement } from '../../core/cypher/index.js';
import type { Database } from '../../core/db/index.js';
import { Random } from '../../graph-seed/index.js';
import { bareRequest } from './bare-server.js';
import type { Options } from './bench-options.js';
import { dataOf, figures, graphql, timed } from './http-timing.js';
import type { LoadClient } from './load-client.js';
import type { BenchQuery, Operation } from './queries.js';
import {
  planOf,
  type RecordingDatabase,
  replay,
  runHand,
  runHandAutoCommit,
  runRead,
  runReadAutoCommit,
} from './recording.js';
import type { Measured } from './report.js';
import { medianRatioInterval } from './stats.js';

/** Rounds of load per server and question, taken in turns with the peer. */
export const THROUGHPUT_ROUNDS = 4;

/** Timed rounds stop here even before `timedMs` is over (beyond `iterations`): about 40 s of the smallest question. */
const MAX_ROUNDS = 1000;

const payloadOf = (op: Operation) => JSON.stringify({ query: op.document, variables: op.variables });

let sent = 0;
/**
 * The same operation in a body never sent before: a unique `extensions` entry, which Apollo hands to
 * plugins and Faultline ignores. Its document is the same (parsed and validated once, its plan kept),
 * but nothing is read ahead for it (api/http/read-ahead.ts keys what it starts early by the body).
 */
const newBodyOf = (op: Operation) => {
  sent += 1;
  return JSON.stringify({ query: op.document, variables: op.variables, extensions: { benchRequest: sent } });
};

export async function measure(
  db: RecordingDatabase,
  loader: LoadClient,
  urls: { recorder: URL; timed: URL; bare: URL },
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
  const handAnswer = query.hand.canon(await runHand(db, query));
  const sameAsHand = handAnswer === mine;
  const bare = bareRequest(query.hand.cypher, query.hand.params);
  const bareRows = dataOf((await graphql(urls.bare, bare)).body) as unknown as unknown[];
  if (query.hand.canon(bareRows) !== handAnswer) {
    throw new Error(`${query.name}: the statement over bare HTTP answers otherwise than on the driver`);
  }
  let sameAsPeer: boolean | null = null;
  if (peerOp && peerPayload) {
    const theirs = await graphql(peerUrl, peerPayload);
    sameAsPeer = peerOp.canon(dataOf(theirs.body)) === mine;
  }

  if ((await graphql(url, newBodyOf(query.faultline))).body !== first.body) {
    throw new Error(`${query.name}: Faultline answers a body it has not seen otherwise than the one it has`);
  }
  const ways: [string, () => Promise<unknown>][] = [
    ['faultline', () => graphql(url, payload)],
    ['faultline, new body', () => graphql(url, newBodyOf(query.faultline))],
    ['hand', () => runHand(db, query)],
    ['hand auto-commit', () => runHandAutoCommit(db, query)],
    ['bare', () => graphql(urls.bare, bare)],
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
  // Interleaved, so drift in a shared machine's load hits all alike, in an order shuffled every round,
  // so that no way always runs right after the same other one (shuffledRounds). At least
  // `iterations` rounds and `timedMs` of them: a question of a few milliseconds gets a few hundred
  // rounds, and its medians the samples they need to be steady (stats.ts).
  const timedUntil = performance.now() + opts.timedMs;
  let rounds = 0;
  for (const round of shuffledRounds(ways, opts.seed)) {
    if (rounds >= opts.iterations && (performance.now() >= timedUntil || rounds >= MAX_ROUNDS)) break;
    for (const [name, run] of round) {
      samples.get(name)?.push(await timed(run));
      await quiet();
    }
    rounds += 1;
  }
  const faultlineSamples = samples.get('faultline') ?? [];
  return {
    query,
    kb: Buffer.byteLength(first.body) / 1024,
    statements: plan.statements.length,
    trips: plan.trips,
    rounds,
    faultline: figures(faultlineSamples),
    vsHand: medianRatioInterval(faultlineSamples, samples.get('hand') ?? [], opts.seed),
    fresh: figures(samples.get('faultline, new body') ?? []),
    hand: figures(samples.get('hand') ?? []),
    handAutoCommit: figures(samples.get('hand auto-commit') ?? []),
    bare: figures(samples.get('bare') ?? []),
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
 * `rounds` rounds of every item, each round in an order of its own (seeded, so runs compare). A
 * rotation (round i starting at item i) keeps each item right after the same other one every
 * time: the second of two requests to one server always found it just woken by the first, and the
 * first always found it idle since the last round. (The nineteenth round's Faultline with a body it
 * had not seen, always timed right after Faultline with the body it had, came out up to 13% faster
 * than it; apart, in alternating order, it was 3-8% slower.)
 */
export function* roundsInShuffledOrder<T>(items: readonly T[], rounds: number, seed: number): Generator<T> {
  let done = 0;
  for (const round of shuffledRounds(items, seed)) {
    if (done === rounds) return;
    yield* round;
    done += 1;
  }
}

/** Every item once per round, in an order shuffled every round (seeded), for as many rounds as are taken. */
export function* shuffledRounds<T>(items: readonly T[], seed: number): Generator<T[]> {
  const random = new Random(seed);
  const order = items.map((_, k) => k);
  for (;;) {
    random.shuffle(order);
    yield order.map((k) => items[k] as T);
  }
}

/**
 * An untimed pause after every timed run, so that the work a server does after its answer has gone
 * out (the end of the request, its garbage) does not land on the next run's time.
 */
function quiet(): Promise<void> {
  return new Promise((r) => setTimeout(r, 2));
}

/**
 * The fixed costs under every question, interleaved: the smallest statement in a read
 * transaction on the driver (what a hand-written statement can never go below), and the smallest
 * GraphQL request over HTTP to Faultline and to the peer (what neither API can go below).
 */
export async function printFloors(db: Database, url: URL, peerUrl: URL): Promise<void> {
  const trivial = JSON.stringify({ query: '{ __typename }' });
  const ways: [string, () => Promise<unknown>][] = [
    ['RETURN 1 in a read transaction', () => runRead(db, 'RETURN 1 AS one')],
    ['the same as an auto-commit read', () => runReadAutoCommit(db, 'RETURN 1 AS one')],
    ['Faultline { __typename } over HTTP', () => graphql(url, trivial)],
    ['peer { __typename } over HTTP', () => graphql(peerUrl, trivial)],
  ];
  const samples = ways.map(() => [] as number[]);
  const rounds = [
    ...roundsInShuffledOrder(
      ways.map((way, k) => [k, way[1]] as const),
      230,
      1,
    ),
  ];
  for (const [n, [k, run]] of rounds.entries()) {
    const ms = await timed(run);
    await quiet();
    if (n >= 30 * ways.length) samples[k]?.push(ms);
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
