/**
 * edges.csv: one row per relationship, or per piece of evidence: rows with the same id
 * (`from:TYPE:to`, or with `key`) that agree on everything else add evidence to one relationship.
 */
import type { RelationshipRecord, SourceRecord } from '../../core/domain/records.js';
import { ID_PATTERN, relationshipId } from '../../core/domain/records.js';
import {
  type Endpoint,
  EVIDENCE_STATUSES,
  endpointAccepts,
  isRelationshipType,
  RELATIONSHIP_SPECS,
  RELATIONSHIP_TYPES,
} from '../../core/domain/vocabulary.js';
import {
  cell,
  dateCell,
  headerProblems,
  list,
  oneOf,
  optional,
  problemsAsRejected,
  RowCheck,
  required,
} from './columns.js';
import type { NodeEntry } from './csv-nodes.js';
import type { CsvTable } from './csv-parse.js';
import type { RejectedRow } from './result.js';

export const EDGE_COLUMNS = [
  'type',
  'from',
  'to',
  'key',
  'role',
  'date',
  'status',
  'source',
  'quote',
  'derived_from',
  'note',
] as const;
const REQUIRED = ['type', 'from', 'to'] as const;

export interface EdgeContext {
  nodes: Map<string, NodeEntry>;
  rejectedNodes: Map<string, number>;
  sources: Map<string, SourceRecord>;
  rejectedSources: Map<string, number>;
  /** Whether a sources.csv was found next to nodes.csv. */
  haveSourcesFile: boolean;
  nodesFile: string;
}

interface EdgeEntry {
  record: RelationshipRecord;
  line: number;
}

function endpointProblem(
  ctx: EdgeContext,
  column: 'from' | 'to',
  id: string,
  accepted: readonly Endpoint[],
  type: string,
): string | null {
  const node = ctx.nodes.get(id);
  if (!node) {
    const line = ctx.rejectedNodes.get(id);
    return line !== undefined
      ? `${column} names "${id}", whose row in ${ctx.nodesFile} (line ${line}) was rejected`
      : `${column} names "${id}", but ${ctx.nodesFile} has no row with that id`;
  }
  if (accepted.some((e) => endpointAccepts(e, node.type))) return null;
  return `${type} ${column === 'from' ? 'starts at' : 'ends at'} ${accepted.join(' or ')}, but "${id}" is a ${node.type}`;
}

function sameApartFromEvidence(a: RelationshipRecord, b: RelationshipRecord): boolean {
  return (
    a.status === b.status &&
    a.role === b.role &&
    a.note === b.note &&
    JSON.stringify(a.date) === JSON.stringify(b.date) &&
    JSON.stringify(a.derivedFrom) === JSON.stringify(b.derivedFrom)
  );
}

export function readEdges(
  file: string,
  table: CsvTable,
  ctx: EdgeContext,
): { relationships: RelationshipRecord[]; rejected: RejectedRow[] } {
  const rejected = [...problemsAsRejected(file, table, table.problems)];
  const header = headerProblems(file, table, REQUIRED, EDGE_COLUMNS);
  if (header.length > 0) return { relationships: [], rejected: [...header, ...rejected] };

  const edges = new Map<string, EdgeEntry>();
  const rejectedIds = new Map<string, number>();
  for (const row of table.rows) {
    const check = new RowCheck();
    const typeText = cell(row, 'type');
    const type = isRelationshipType(typeText) ? typeText : null;
    if (!type) check.fail('type', typeText, `expected a relationship type: ${RELATIONSHIP_TYPES.join(', ')}`);
    const from = check.read(() => required(row, 'from', 'the id of a row in nodes.csv'), '');
    const to = check.read(() => required(row, 'to', 'the id of a row in nodes.csv'), '');
    if (type) {
      const spec = RELATIONSHIP_SPECS[type];
      if (from !== '') {
        const p = endpointProblem(ctx, 'from', from, spec.from, type);
        if (p) check.fail('from', from, p);
      }
      if (to !== '') {
        const p = endpointProblem(ctx, 'to', to, spec.to, type);
        if (p) check.fail('to', to, p);
      }
    }
    const key = optional(row, 'key');
    if (key !== null && !ID_PATTERN.test(key))
      check.fail('key', key, 'expected a slug: lower-case letters, digits and single hyphens');
    const status = check.read(() => oneOf(row, 'status', EVIDENCE_STATUSES), null) ?? 'STATED';
    const date = check.read(() => dateCell(row, 'date'), null);
    const source = optional(row, 'source');
    // Quotes are compared character for character, so they are not trimmed.
    const quote = row.values.quote ?? '';
    const derivedFrom = list(row, 'derived_from');

    if (status === 'STATED') {
      if (derivedFrom.length > 0)
        check.fail('derived_from', cell(row, 'derived_from'), 'derived_from is only for rows with status DERIVED');
      if (source === null) {
        check.fail('source', '', 'a STATED relationship needs a source: the id of a row in sources.csv');
      } else {
        const src = ctx.sources.get(source);
        const line = ctx.rejectedSources.get(source);
        if (!src) {
          check.fail(
            'source',
            source,
            !ctx.haveSourcesFile
              ? `no sources.csv next to ${ctx.nodesFile}, so source "${source}" cannot be found`
              : line !== undefined
                ? `source "${source}" was rejected (sources.csv line ${line})`
                : `no row with id "${source}" in sources.csv`,
          );
        } else if (quote === '') {
          check.fail('quote', '', `a STATED relationship needs a quote: words copied exactly from source "${source}"`);
        } else if (!src.text.includes(quote)) {
          check.fail('quote', quote, `the quote is not an exact substring of the text of source "${source}"`);
        }
      }
    } else {
      if (source !== null)
        check.fail('source', source, 'a DERIVED relationship has no source; it follows from derived_from');
      if (quote !== '') check.fail('quote', quote, 'a DERIVED relationship has no quote; it follows from derived_from');
      if (derivedFrom.length === 0)
        check.fail('derived_from', '', 'a DERIVED relationship needs derived_from: relationship ids separated by ;');
    }

    const id = type && from && to ? relationshipId(from, type, to, key) : '';
    const record: RelationshipRecord | null = type
      ? {
          id,
          type,
          from,
          to,
          status,
          role: optional(row, 'role'),
          date,
          evidence: status === 'STATED' && source !== null ? [{ source, quote }] : [],
          derivedFrom,
          note: optional(row, 'note'),
        }
      : null;
    const existing = edges.get(id);
    if (record && existing) {
      if (record.status === 'DERIVED' || !sameApartFromEvidence(existing.record, record)) {
        check.fail(
          'row',
          id,
          `relationship ${id} is already on line ${existing.line} with different ${record.status === 'DERIVED' ? 'derivation' : 'role, date, status or note'}; give one of them a key to make it a separate relationship`,
        );
      }
    }
    if (!check.ok || !record) {
      rejected.push(...check.rejected(file, row.line));
      if (id !== '' && !existing) rejectedIds.set(id, row.line);
      continue;
    }
    if (existing) existing.record.evidence.push(...record.evidence);
    else edges.set(id, { record, line: row.line });
  }

  // Derivations must name accepted relationships, and dropping one (or a cycle) can strand
  // another, so repeat until nothing changes.
  for (let changed = true; changed; ) {
    changed = dropStranded(file, edges, rejectedIds, rejected);
    for (const cycle of derivationCycles(edges)) {
      for (const id of new Set(cycle)) {
        const entry = edges.get(id);
        if (!entry) continue;
        rejected.push({
          file,
          path: 'derived_from',
          line: entry.line,
          value: entry.record.derivedFrom.join(';'),
          message: `derivation goes round in a circle: ${cycle.join(' → ')}`,
        });
        edges.delete(id);
        rejectedIds.set(id, entry.line);
        changed = true;
      }
    }
  }
  rejected.sort((a, b) => a.line - b.line);
  return { relationships: [...edges.values()].map((e) => e.record), rejected };
}

/** Removes relationships derived from ones that are missing; true when it removed any. */
function dropStranded(
  file: string,
  edges: Map<string, EdgeEntry>,
  rejectedIds: Map<string, number>,
  rejected: RejectedRow[],
): boolean {
  let removed = false;
  for (let changed = true; changed; ) {
    changed = false;
    for (const [id, entry] of edges) {
      const base = entry.record.derivedFrom.find((b) => !edges.has(b));
      if (base === undefined) continue;
      const line = rejectedIds.get(base);
      rejected.push({
        file,
        path: 'derived_from',
        line: entry.line,
        value: base,
        message:
          line !== undefined
            ? `derived from ${base}, whose row (line ${line}) was rejected`
            : `derived from ${base}, but no row in ${file} makes that relationship (ids are from:TYPE:to or from:TYPE:to:key)`,
      });
      edges.delete(id);
      rejectedIds.set(id, entry.line);
      changed = removed = true;
    }
  }
  return removed;
}

/** Each cycle through derivedFrom, found by depth-first search. */
function derivationCycles(edges: Map<string, EdgeEntry>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[][] = [];
  const stack: string[] = [];
  const visit = (id: string) => {
    state.set(id, 'open');
    stack.push(id);
    for (const base of edges.get(id)?.record.derivedFrom ?? []) {
      const s = state.get(base);
      if (s === 'open') cycles.push([...stack.slice(stack.indexOf(base)), base]);
      else if (s === undefined && edges.has(base)) visit(base);
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const id of edges.keys()) if (!state.has(id)) visit(id);
  return cycles;
}
