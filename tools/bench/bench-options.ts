/** The benchmark's command-line flags (api-bench.ts lists them). */
import { parseArgs } from 'node:util';
import { wholeOption } from '../options.js';

export interface Options {
  sizes: { parties: number; events: number }[];
  /** Timed rounds per question: at least `iterations`, and on until `timedMs` has passed. */
  iterations: number;
  timedMs: number;
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

export function options(): Options {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '500x1500,2000x6000' },
      iterations: { type: 'string', default: '60' },
      'timed-seconds': { type: 'string', default: '10' },
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
    timedMs: wholeOption('timed-seconds', values['timed-seconds'], 0, 3600) * 1000,
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
