/**
 * Bulk JSON Lines → the CSV files `neo4j-admin database import` reads: one nodes file and one
 * relationships file, each with a typed header, written as the lines stream by. The properties
 * are those the transactional writer stores (core/storage/properties.ts), so both paths give the
 * same graph; empty values are simply absent, as nulls are.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import { NODE_LABELS } from '../../core/domain/vocabulary.js';
import {
  eventToProps,
  type Props,
  partyToProps,
  placeToProps,
  relationshipToProps,
  sourceToProps,
} from '../../core/storage/properties.js';
import { SeedValidationError, type ValidationError } from '../validate/errors.js';
import { parsedLines } from './bulk-load.js';
import { nodeTypeOf, StreamCheck } from './stream-check.js';

/** Separates the items of a list inside one field, and the labels of a node: a control character no text of ours holds. */
export const ARRAY_DELIMITER = '\u001f';

const NODE_COLUMNS: [string, string][] = [
  ['name', 'string'],
  ['nameKey', 'string'],
  ['title', 'string'],
  ['type', 'string'],
  ['kind', 'string'],
  ['aliases', 'string[]'],
  ['description', 'string'],
  ['country', 'string'],
  ['unknown', 'boolean'],
  ['within', 'string'],
  ['latitude', 'double'],
  ['longitude', 'double'],
  ['admin1', 'string'],
  ['admin2', 'string'],
  ['admin3', 'string'],
  ['summary', 'string'],
  ['place', 'string'],
  ['method', 'string'],
  ['resolutionKind', 'string'],
  ['binding', 'boolean'],
  ['fatalities', 'long'],
  ['civilianTargeting', 'boolean'],
  ['tags', 'string[]'],
  ['sourceScale', 'string'],
  ['updated', 'string'],
  ['outlet', 'string'],
  ['url', 'string'],
  ['text', 'string'],
  ...dateColumns('published'),
  ...dateColumns('date'),
];

const REL_COLUMNS: [string, string][] = [
  ['id', 'string'],
  ['status', 'string'],
  ['role', 'string'],
  ['note', 'string'],
  ['evidenceSources', 'string[]'],
  ['evidenceQuotes', 'string[]'],
  ['derivedFrom', 'string[]'],
  ...dateColumns('date'),
];

function dateColumns(prefix: string): [string, string][] {
  return [
    [prefix, 'string'],
    [`${prefix}Precision`, 'string'],
    [`${prefix}From`, 'string'],
    [`${prefix}To`, 'string'],
    [`${prefix}Start`, 'date'],
    [`${prefix}End`, 'date'],
  ];
}

function field(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) {
    if (value.length === 0) return '';
    return field(value.map(String).join(ARRAY_DELIMITER));
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `"${String(value).replace(/"/g, '""')}"`;
}

function header(first: string[], columns: [string, string][]): string {
  return [...first, ...columns.map(([name, type]) => (type === 'string' ? name : `${name}:${type}`))].join(',');
}

class CsvOut {
  private readonly fd: number;
  private buffer: string[] = [];
  private size = 0;
  rows = 0;
  constructor(
    readonly file: string,
    headerLine: string,
  ) {
    this.fd = openSync(file, 'w');
    writeSync(this.fd, `${headerLine}\n`);
  }
  write(line: string): void {
    this.buffer.push(line);
    this.size += line.length;
    this.rows += 1;
    if (this.size > 1 << 20) this.flush();
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

/** Streams `files` (already checked by checkBulkFiles) into folder/admin-nodes.csv and folder/admin-relationships.csv. */
export async function writeAdminCsv(
  files: readonly string[],
  folder: string,
): Promise<{ nodes: string; relationships: string; nodeRows: number; relationshipRows: number }> {
  const nodes = new CsvOut(path.join(folder, 'admin-nodes.csv'), header(['id:ID', ':LABEL'], NODE_COLUMNS));
  const rels = new CsvOut(
    path.join(folder, 'admin-relationships.csv'),
    header([':START_ID', ':END_ID', ':TYPE'], REL_COLUMNS),
  );
  // The lines were checked by a first pass (checkBulkFiles): only their shapes are read again.
  const check = new StreamCheck({ trusted: true });
  const errors: ValidationError[] = [];
  try {
    for await (const { raw, file, line } of parsedLines(files, errors)) {
      const item = check.check(raw, file, line, errors);
      if (!item || errors.length > 0) throw new SeedValidationError(errors.slice(0, 1));
      const type = nodeTypeOf(item);
      if (type !== null) {
        let props: Props;
        if (item.kind === 'source') props = sourceToProps(item.record);
        else if (item.kind === 'place') props = placeToProps(item.record);
        else if (item.kind === 'party') props = partyToProps(item.record);
        else if (item.kind === 'event') props = eventToProps(item.record);
        else continue;
        nodes.write(
          [
            field(props.id),
            NODE_LABELS[type].join(ARRAY_DELIMITER),
            ...NODE_COLUMNS.map(([k]) => field(props[k])),
          ].join(','),
        );
      } else if (item.kind === 'relationship') {
        const r = item.record;
        const props = relationshipToProps(r);
        rels.write([field(r.from), field(r.to), r.type, ...REL_COLUMNS.map(([k]) => field(props[k]))].join(','));
      }
    }
  } finally {
    nodes.close();
    rels.close();
  }
  return { nodes: nodes.file, relationships: rels.file, nodeRows: nodes.rows, relationshipRows: rels.rows };
}
