/**
 * The bulk format: JSON Lines, one record per line, `{"record": "party", ...}` with the fields
 * of the seed format (FORMAT.md). Records refer only to records on earlier lines, so a stream can
 * be checked and loaded in one pass each; `synth --jsonl` writes a nodes file and a
 * relationships file side by side, and a folder is read as its *.jsonl files in name order.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { SynthSink } from '../synth/index.js';
import { eventToSeed, partyToSeed, placeToSeed, relationshipToSeed, sourceToSeed } from '../validate/seed-object.js';
import type { BulkRecord } from './stream-check.js';

/** One line of the bulk format (without its line break). */
export function recordLine(item: BulkRecord): string {
  switch (item.kind) {
    case 'source':
      return JSON.stringify({ record: 'source', ...sourceToSeed(item.record) });
    case 'place':
      return JSON.stringify({ record: 'place', ...placeToSeed(item.record) });
    case 'party':
      return JSON.stringify({ record: 'party', ...partyToSeed(item.record) });
    case 'event':
      return JSON.stringify({ record: 'event', ...eventToSeed(item.record) });
    default:
      return JSON.stringify({ record: 'relationship', ...relationshipToSeed(item.record) });
  }
}

/** Appends lines to a file through a small buffer, with synchronous writes so memory stays bounded. */
class LineFile {
  private readonly fd: number;
  private buffer: string[] = [];
  private size = 0;
  lines = 0;

  constructor(readonly file: string) {
    this.fd = openSync(file, 'w');
  }

  write(line: string): void {
    this.buffer.push(line);
    this.size += line.length + 1;
    this.lines += 1;
    if (this.size >= 1 << 20) this.flush();
  }

  flush(): void {
    if (this.buffer.length === 0) return;
    writeSync(this.fd, `${this.buffer.join('\n')}\n`);
    this.buffer = [];
    this.size = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

/** Where `synth --jsonl <folder>` writes: nodes.jsonl (every node) and relationships.jsonl. */
export class JsonlFolderSink implements SynthSink {
  private readonly nodes: LineFile;
  private readonly relationships: LineFile;

  constructor(folder: string) {
    this.nodes = new LineFile(path.join(folder, 'nodes.jsonl'));
    this.relationships = new LineFile(path.join(folder, 'relationships.jsonl'));
  }

  source: SynthSink['source'] = (record) => this.nodes.write(recordLine({ kind: 'source', record }));
  place: SynthSink['place'] = (record) => this.nodes.write(recordLine({ kind: 'place', record }));
  party: SynthSink['party'] = (record) => this.nodes.write(recordLine({ kind: 'party', record }));
  event: SynthSink['event'] = (record) => this.nodes.write(recordLine({ kind: 'event', record }));
  relationship: SynthSink['relationship'] = (record) =>
    this.relationships.write(recordLine({ kind: 'relationship', record }));

  /** Flushes and closes both files; returns their paths and line counts. */
  close(): { files: string[]; nodes: number; relationships: number } {
    this.nodes.close();
    this.relationships.close();
    return {
      files: [this.nodes.file, this.relationships.file],
      nodes: this.nodes.lines,
      relationships: this.relationships.lines,
    };
  }
}
