/** Printing the benchmark's tables. */
import type { Figures } from './http-timing.js';
import type { BenchQuery } from './queries.js';
import type { Interval } from './stats.js';

/** Targets: Faultline p50 at most this many times the hand-written statement's, and at most the peer's. */
export const TARGET_VS_HAND = 1.2;
export const TARGET_VS_PEER = 1.0;

/** What was measured for one question at one size. */
export interface Measured {
  query: BenchQuery;
  /** Size of Faultline's answer. */
  kb: number;
  statements: number;
  trips: number;
  /** Timed rounds: each way was timed once per round. */
  rounds: number;
  faultline: Figures;
  /** 95% interval of Faultline's p50 ÷ the statement's (stats.ts). */
  vsHand: Interval;
  /**
   * Faultline asked the same operation in a body it has not seen before (a unique `extensions`
   * entry): nothing read ahead (api/http/read-ahead.ts), everything else as for `faultline`.
   */
  fresh: Figures;
  hand: Figures;
  /** The hand-written statement run as Faultline runs its reads: an auto-commit transaction. */
  handAutoCommit: Figures;
  /** The hand-written statement behind a bare HTTP server (bare-server.ts): the floor of any API over HTTP. */
  bare: Figures;
  /** Faultline's own statements replayed on the driver: its database share of a request. */
  replay: Figures;
  peer: Figures | null;
  /** Why the peer was not timed, when it was not. */
  peerNote: string | null;
  /** The three answers agree (peer: 'n/a' when not asked). */
  sameAsHand: boolean;
  sameAsPeer: boolean | null;
  rps: number;
  peerRps: number | null;
  errors: number;
  /** Seconds waited before timing for Neo4j's JVM to stop compiling. */
  jitWaitS: number;
}

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export const ms = (n: number) => `${n.toFixed(1)} ms`;

const interval = (i: Interval) => `${i.low.toFixed(2)}–${i.high.toFixed(2)}x`;

export function printSize(label: string, rows: Measured[], concurrency: number): void {
  console.log(`\n### ${label}\n`);
  console.log(
    table(
      [
        'query',
        'Faultline p50',
        'p95',
        'statement p50',
        'its statements p50',
        'peer p50',
        'p95',
        '÷ statement',
        '95% interval',
        '÷ peer',
        `req/s @${concurrency} F / peer`,
        'same answer',
        'target',
      ],
      rows.map((r) => {
        const vsHand = r.faultline.p50 / r.hand.p50;
        const vsPeer = r.peer ? r.faultline.p50 / r.peer.p50 : null;
        const pass =
          vsHand <= TARGET_VS_HAND && (vsPeer === null || (vsPeer <= TARGET_VS_PEER && r.rps >= (r.peerRps ?? 0)));
        return [
          r.query.name,
          ms(r.faultline.p50),
          ms(r.faultline.p95),
          ms(r.hand.p50),
          ms(r.replay.p50),
          r.peer ? ms(r.peer.p50) : '–',
          r.peer ? ms(r.peer.p95) : '–',
          `${vsHand.toFixed(2)}x`,
          interval(r.vsHand),
          vsPeer === null ? '–' : `${vsPeer.toFixed(2)}x`,
          `${r.rps.toFixed(0)} / ${r.peerRps === null ? '–' : r.peerRps.toFixed(0)}${r.errors ? ` (${r.errors} errors)` : ''}`,
          `${r.sameAsHand ? 'yes' : 'NO'}${r.sameAsPeer === null ? '' : r.sameAsPeer ? ', peer yes' : ', peer NO'}`,
          pass ? 'PASS' : 'MISS',
        ];
      }),
    ),
  );
  console.log('');
  console.log(
    table(
      [
        'query',
        'asks',
        'answer',
        'Faultline statements',
        'round trips',
        'rounds',
        'new body p50',
        '÷ statement',
        'statement auto-commit',
        '÷ it',
        'statement over bare HTTP',
        'it ÷ statement',
        '÷ it',
        'JIT wait',
        'peer',
      ],
      rows.map((r) => [
        r.query.name,
        r.query.description,
        `${r.kb.toFixed(0)} KB`,
        String(r.statements),
        String(r.trips),
        String(r.rounds),
        ms(r.fresh.p50),
        `${(r.fresh.p50 / r.hand.p50).toFixed(2)}x`,
        ms(r.handAutoCommit.p50),
        `${(r.faultline.p50 / r.handAutoCommit.p50).toFixed(2)}x`,
        ms(r.bare.p50),
        `${(r.bare.p50 / r.hand.p50).toFixed(2)}x`,
        `${(r.faultline.p50 / r.bare.p50).toFixed(2)}x`,
        `${r.jitWaitS.toFixed(0)} s`,
        r.peerNote ?? 'timed',
      ]),
    ),
  );
}
