/**
 * nodes.csv: parties, events and places, one row each. Columns that do not apply to a row's type
 * must be empty, so a value in the wrong column is reported instead of silently dropped.
 */
import type { EventRecord, PartyRecord, PlaceRecord } from '../../core/domain/records.js';
import { ID_PATTERN } from '../../core/domain/records.js';
import {
  EVENT_TYPES,
  type EventType,
  isNodeType,
  type NodeType,
  ORGANISATION_KINDS,
  PARTY_TYPES,
  PLACE_KINDS,
  RESOLUTION_KINDS,
} from '../../core/domain/vocabulary.js';
import {
  booleanCell,
  cell,
  countCell,
  dateCell,
  headerProblems,
  list,
  mustBeEmpty,
  oneOf,
  optional,
  problemsAsRejected,
  RowCheck,
  required,
} from './columns.js';
import type { CsvRow, CsvTable } from './csv-parse.js';
import type { RejectedRow } from './result.js';

export const NODE_COLUMNS = [
  'id',
  'type',
  'name',
  'aliases',
  'description',
  'country',
  'kind',
  'date',
  'summary',
  'place',
  'method',
  'fatalities',
  'binding',
  'unknown',
] as const;
const REQUIRED = ['id', 'type', 'name'] as const;

export type NodeEntry =
  | { type: NodeType; line: number; family: 'party'; record: PartyRecord }
  | { type: NodeType; line: number; family: 'event'; record: EventRecord }
  | { type: NodeType; line: number; family: 'place'; record: PlaceRecord };

export interface NodesRead {
  /** Accepted nodes by id, in file order. */
  nodes: Map<string, NodeEntry>;
  rejected: RejectedRow[];
  /** Ids whose row was rejected, with its line. */
  rejectedIds: Map<string, number>;
}

const NODE_TYPE_LIST =
  'Person, Organisation, Attack, Strike, Conflict, Resolution, Meeting, Statement, Transition or Place';

function isEvent(type: NodeType): type is EventType {
  return (EVENT_TYPES as readonly string[]).includes(type);
}

function readParty(
  row: CsvRow,
  check: RowCheck,
  id: string,
  type: 'Person' | 'Organisation',
  name: string,
): PartyRecord {
  mustBeEmpty(row, ['date', 'summary', 'place', 'method', 'fatalities', 'binding'], `a ${type}`);
  const kind = type === 'Organisation' ? check.read(() => oneOf(row, 'kind', ORGANISATION_KINDS), null) : null;
  if (type === 'Person' && cell(row, 'kind') !== '')
    check.fail('kind', cell(row, 'kind'), 'kind applies to organisations, not to a Person; leave it empty');
  return {
    id,
    type,
    name,
    aliases: list(row, 'aliases'),
    description: optional(row, 'description'),
    country: optional(row, 'country'),
    kind,
    unknown: check.read(() => booleanCell(row, 'unknown'), null) ?? false,
  };
}

function readEvent(row: CsvRow, check: RowCheck, id: string, type: EventType, name: string): EventRecord {
  mustBeEmpty(row, ['description', 'country', 'unknown'], `an event (${type})`);
  if (type !== 'Attack' && type !== 'Strike') mustBeEmpty(row, ['method'], `a ${type} (attacks and strikes only)`);
  if (type !== 'Resolution') mustBeEmpty(row, ['kind', 'binding'], `a ${type} (resolutions only)`);
  return {
    id,
    type,
    name,
    summary: optional(row, 'summary'),
    date: check.read(() => dateCell(row, 'date'), null),
    place: optional(row, 'place'),
    method: optional(row, 'method'),
    resolutionKind: type === 'Resolution' ? check.read(() => oneOf(row, 'kind', RESOLUTION_KINDS), null) : null,
    binding: check.read(() => booleanCell(row, 'binding'), null),
    fatalities: check.read(() => countCell(row, 'fatalities'), null),
  };
}

function readPlace(row: CsvRow, check: RowCheck, id: string, name: string): PlaceRecord {
  mustBeEmpty(
    row,
    ['description', 'country', 'date', 'summary', 'method', 'fatalities', 'binding', 'unknown'],
    'a Place',
  );
  const kind = check.read(() => oneOf(row, 'kind', PLACE_KINDS), null);
  if (kind === null && cell(row, 'kind') === '')
    check.fail('kind', '', `a Place needs a kind: ${PLACE_KINDS.join(', ')}`);
  return { id, name, kind: kind ?? 'OTHER', aliases: list(row, 'aliases'), within: optional(row, 'place') };
}

/** The place ids a node refers to, with the column that names each. */
function placeRefs(entry: NodeEntry): { column: string; id: string }[] {
  if (entry.family === 'party') return entry.record.country ? [{ column: 'country', id: entry.record.country }] : [];
  if (entry.family === 'event') return entry.record.place ? [{ column: 'place', id: entry.record.place }] : [];
  return entry.record.within ? [{ column: 'place', id: entry.record.within }] : [];
}

export function readNodes(file: string, table: CsvTable): NodesRead {
  const rejected = [...problemsAsRejected(file, table, table.problems)];
  const header = headerProblems(file, table, REQUIRED, NODE_COLUMNS);
  const nodes = new Map<string, NodeEntry>();
  const rejectedIds = new Map<string, number>();
  if (header.length > 0) return { nodes, rejected: [...header, ...rejected], rejectedIds };

  for (const row of table.rows) {
    const check = new RowCheck();
    const id = check.read(() => required(row, 'id', 'a slug such as islamic-resistance-in-iraq'), '');
    if (id !== '' && !ID_PATTERN.test(id))
      check.fail('id', id, 'expected a slug: lower-case letters, digits and single hyphens');
    const earlier = nodes.get(id)?.line ?? rejectedIds.get(id);
    if (id !== '' && earlier !== undefined) check.fail('id', id, `id already used on line ${earlier}`);
    const typeText = cell(row, 'type');
    const name = check.read(() => required(row, 'name', 'the name as the source writes it'), '');
    let entry: NodeEntry | null = null;
    if (typeText === 'Source') {
      check.fail('type', typeText, 'sources go in sources.csv next to nodes.csv, not in nodes.csv');
    } else if (!isNodeType(typeText)) {
      check.fail('type', typeText, `expected ${NODE_TYPE_LIST}`);
    } else if ((PARTY_TYPES as readonly string[]).includes(typeText)) {
      const record = check.read(() => readParty(row, check, id, typeText as 'Person' | 'Organisation', name), null);
      if (record) entry = { type: typeText, line: row.line, family: 'party', record };
    } else if (isEvent(typeText)) {
      const record = check.read(() => readEvent(row, check, id, typeText, name), null);
      if (record) entry = { type: typeText, line: row.line, family: 'event', record };
    } else {
      const record = check.read(() => readPlace(row, check, id, name), null);
      if (record) entry = { type: typeText, line: row.line, family: 'place', record };
    }
    if (!check.ok || entry === null) {
      rejected.push(...check.rejected(file, row.line));
      if (id !== '' && earlier === undefined) rejectedIds.set(id, row.line);
      continue;
    }
    nodes.set(id, entry);
  }

  // A node naming a missing or rejected place goes too; repeat, since places name places.
  for (let changed = true; changed; ) {
    changed = false;
    for (const [id, entry] of nodes) {
      for (const ref of placeRefs(entry)) {
        const target = nodes.get(ref.id);
        if (target?.family === 'place') continue;
        const rejectedLine = rejectedIds.get(ref.id);
        const message = target
          ? `${ref.column} must name a Place, but "${ref.id}" is a ${target.type} (line ${target.line})`
          : rejectedLine !== undefined
            ? `${ref.column} names place "${ref.id}", whose row (line ${rejectedLine}) was rejected`
            : `${ref.column} names "${ref.id}", but there is no Place row with that id in ${file}`;
        rejected.push({ file, path: ref.column, line: entry.line, value: ref.id, message });
        nodes.delete(id);
        rejectedIds.set(id, entry.line);
        changed = true;
        break;
      }
    }
  }
  rejected.sort((a, b) => a.line - b.line);
  return { nodes, rejected, rejectedIds };
}
