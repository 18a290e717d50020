/**
 * The benchmark's load generator, in a process of its own (api-bench.ts forks it once), apart from
 * the servers under test (server-process.ts) and from the benchmark's process, which times single
 * requests between the rounds: requests per second count the server's work only.
 * It runs one round of load per message and answers with its figures.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { agent, graphql, throughput } from './http-timing.js';

const WARM_UP_REQUESTS = 10;

export interface LoadRound {
  url: string;
  payload: string;
  clients: number;
  durationMs: number;
}

export interface LoadFigures {
  rps: number;
  errors: number;
  seconds: number;
}

export interface LoadClient {
  /** One round of load: `clients` concurrent clients posting `payload` to `url` for `durationMs`. */
  run(round: LoadRound): Promise<LoadFigures>;
  close(): Promise<void>;
}

/** Forks this file as the load generator. */
export function startLoadClient(): LoadClient {
  const child = fork(fileURLToPath(import.meta.url), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let pending: { resolve: (f: LoadFigures) => void; reject: (e: Error) => void } | null = null;
  const fail = (error: Error) => {
    pending?.reject(error);
    pending = null;
  };
  child.on('message', (figures: LoadFigures) => {
    pending?.resolve(figures);
    pending = null;
  });
  child.on('error', fail);
  child.on('exit', (code, signal) => fail(new Error(`the load generator stopped (code ${code}, signal ${signal})`)));
  return {
    run(round) {
      if (pending) return Promise.reject(new Error('the load generator runs one round at a time'));
      return new Promise((resolve, reject) => {
        pending = { resolve, reject };
        child.send(round);
      });
    },
    async close() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      // Without its channel the generator exits by itself; a generator that lost it is stopped.
      if (child.connected) child.disconnect();
      else child.kill();
      await exited;
    },
  };
}

// Forked: answer each round, and stop when the benchmark goes away.
if (process.send && process.argv[1] === fileURLToPath(import.meta.url)) {
  process.on('message', (round: LoadRound) => {
    const url = new URL(round.url);
    void (async () => {
      // A few requests first, so the first round of a run does not time this process's cold start.
      for (let i = 0; i < WARM_UP_REQUESTS; i++) await graphql(url, round.payload).catch(() => undefined);
      process.send?.(await throughput(url, round.payload, round.clients, round.durationMs));
    })();
  });
  process.on('disconnect', () => {
    agent.destroy();
    process.exit(0);
  });
}
