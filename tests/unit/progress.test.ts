import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress, formatRate, renderBar } from '../../graph-seed/progress.js';

/** A stream that keeps what is written, and a clock the test moves by hand. */
function harness(tty: boolean) {
  let written = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      written += String(chunk);
      done();
    },
  });
  let t = 0;
  const progress = createProgress('Writing', { stream, tty, now: () => t });
  return {
    progress,
    at(ms: number) {
      t = ms;
    },
    output: () => written,
  };
}

describe('seed progress', () => {
  it('shows nothing for work that finishes within a second', () => {
    for (const tty of [true, false]) {
      const h = harness(tty);
      h.progress.update(0, 100);
      h.at(400);
      h.progress.update(50, 100);
      h.at(900);
      h.progress.update(100, 100);
      h.progress.finish();
      expect(h.output()).toBe('');
    }
  });

  it('draws a bar with rows per second on a terminal, redrawn in place and cleared at the end', () => {
    const h = harness(true);
    h.progress.update(0, 10_000);
    h.at(2000);
    h.progress.update(4000, 10_000);
    expect(h.output()).toBe(`\r${renderBar('Writing', 4000, 10_000, 2)}\x1b[K`);
    expect(h.output()).toContain(' 40% 4000/10000 rows  2000 rows/s');
    h.progress.finish();
    expect(h.output().endsWith('\r\x1b[K')).toBe(true);
  });

  it('writes plain lines, a few seconds apart, when not on a terminal', () => {
    const h = harness(false);
    h.progress.update(0, 30_000);
    h.at(1500);
    h.progress.update(3000, 30_000);
    h.at(2500);
    h.progress.update(5000, 30_000);
    h.at(7000);
    h.progress.update(14_000, 30_000);
    expect(h.output()).toBe('Writing: 3000/30000 rows, 2000 rows/s\nWriting: 14000/30000 rows, 2000 rows/s\n');
    expect(h.output()).not.toContain('\r');
  });

  it('abbreviates large rates', () => {
    expect(formatRate(950)).toBe('950');
    expect(formatRate(12_345)).toBe('12.3k');
    expect(formatRate(2_500_000)).toBe('2.5M');
  });
});
