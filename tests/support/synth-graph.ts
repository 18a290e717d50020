/**
 * Loads a `synth` graph into the test Neo4j the way a user's large graph arrives: streamed to JSON
 * Lines in a temp folder, then through the bulk loader with reset (the database is emptied first).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Database } from '../../core/db/index.js';
import {
  type BulkSummary,
  JsonlFolderSink,
  loadBulkFiles,
  type SynthOptions,
  synthesizeTo,
} from '../../graph-seed/index.js';

export interface LoadedSynthGraph {
  summary: BulkSummary;
  /** Removes the JSON Lines folder. */
  removeFiles(): void;
}

/** Progress every this many lines or rows, so a slow machine still shows it is moving. */
const EVERY = 50_000;

export async function loadSynthGraph(
  db: Database,
  options: SynthOptions,
  say: (line: string) => void,
): Promise<LoadedSynthGraph> {
  const folder = mkdtempSync(path.join(tmpdir(), 'faultline-synth-'));
  const removeFiles = () => rmSync(folder, { recursive: true, force: true });
  try {
    let started = performance.now();
    const sink = new JsonlFolderSink(folder);
    synthesizeTo(options, sink);
    const written = sink.close();
    const secs = () => ((performance.now() - started) / 1000).toFixed(1);
    say(`synth: ${written.nodes} nodes and ${written.relationships} relationships in ${folder} (${secs()} s)`);
    started = performance.now();
    let lastWrite = 0;
    const summary = await loadBulkFiles(db, [folder], {
      reset: true,
      onCheckProgress: (lines) => {
        if (lines % EVERY === 0) say(`bulk: checked ${lines} lines (${secs()} s)`);
      },
      onWriteProgress: (done) => {
        if (done - lastWrite >= EVERY) {
          lastWrite = done;
          say(`bulk: wrote ${done} nodes and relationships (${secs()} s)`);
        }
      },
    });
    say(
      `bulk: loaded in ${summary.seconds.toFixed(1)} s (checked ${summary.checkSeconds.toFixed(1)} s, wrote ${summary.writeSeconds.toFixed(1)} s, indexes ${summary.indexSeconds.toFixed(1)} s)`,
    );
    return { summary, removeFiles };
  } catch (error) {
    removeFiles();
    throw error;
  }
}
