/**
 * Progress for long seed runs: on a terminal a bar with rows/s redrawn in place; elsewhere (CI,
 * pipes, logs) a plain line every few seconds. Work that finishes within a second shows nothing.
 */

export interface ProgressOptions {
  /** Where to draw; stderr by default so stdout stays clean for exports. */
  stream?: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  /** Overrides terminal detection (tests). */
  tty?: boolean;
  /** Milliseconds before anything is shown. */
  quietMs?: number;
  /** Milliseconds between plain lines when not on a terminal. */
  plainEveryMs?: number;
  now?: () => number;
}

export interface Progress {
  /** Reports `done` of `total` rows. */
  update(done: number, total: number): void;
  /** Clears the bar (if drawn); call once the work is over. */
  finish(): void;
}

/** Rows per second as a short figure: 950, 12.3k, 1.2M. */
export function formatRate(rowsPerSecond: number): string {
  if (!Number.isFinite(rowsPerSecond)) return '-';
  if (rowsPerSecond >= 1e6) return `${(rowsPerSecond / 1e6).toFixed(1)}M`;
  if (rowsPerSecond >= 1e4) return `${(rowsPerSecond / 1e3).toFixed(1)}k`;
  return String(Math.round(rowsPerSecond));
}

/** One drawn bar: `label [#####.....]  40% 4000/10000 rows  2.1k rows/s`. */
export function renderBar(label: string, done: number, total: number, seconds: number, width = 30): string {
  const fraction = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(fraction * width);
  const bar = `${'#'.repeat(filled)}${'.'.repeat(width - filled)}`;
  const rate = seconds > 0 ? formatRate(done / seconds) : '-';
  return `${label} [${bar}] ${String(Math.round(fraction * 100)).padStart(3)}% ${done}/${total} rows  ${rate} rows/s`;
}

export function createProgress(label: string, options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  const tty = options.tty ?? stream.isTTY === true;
  const now = options.now ?? (() => performance.now());
  const quietMs = options.quietMs ?? 1000;
  const plainEveryMs = options.plainEveryMs ?? 5000;
  // The clock starts at the first report (0 of N when writing begins), not at creation, so
  // server start-up and validation do not count against rows/s.
  let started: number | null = null;
  let lastDraw = Number.NEGATIVE_INFINITY;
  let drawn = false;
  return {
    update(done, total) {
      const t = now();
      started ??= t;
      const elapsed = t - started;
      if (elapsed < quietMs) return;
      if (tty) {
        if (t - lastDraw < 100 && done < total) return;
        stream.write(`\r${renderBar(label, done, total, elapsed / 1000)}\x1b[K`);
        drawn = true;
      } else {
        if (t - lastDraw < plainEveryMs) return;
        stream.write(`${label}: ${done}/${total} rows, ${formatRate(done / (elapsed / 1000))} rows/s\n`);
      }
      lastDraw = t;
    },
    finish() {
      if (drawn) stream.write('\r\x1b[K');
      drawn = false;
    },
  };
}
