/**
 * The seed rules of FORMAT.md, checked one record at a time as a stream goes by. A record may only
 * refer to what came before it (in the same file or an earlier one): endpoints, places, evidence
 * sources and derivations. That is what lets a stream be checked in one pass with memory for ids
 * and source texts only, never for the records themselves; and it makes derivation cycles impossible.
 */
import type {
  EventRecord,
  PartyRecord,
  PlaceRecord,
  RelationshipRecord,
  SourceRecord,
} from '../../core/domain/records.js';
import { endpointAccepts, type NodeType, RELATIONSHIP_SPECS } from '../../core/domain/vocabulary.js';
import { type Path, type ValidationError, validationError } from '../validate/errors.js';
import { isObject, type Locator } from '../validate/reader.js';
import { type RecordKind, SECTION_OF_RECORD, shapeRecord } from '../validate/shape.js';

export type BulkRecord =
  | { kind: 'source'; record: SourceRecord }
  | { kind: 'place'; record: PlaceRecord }
  | { kind: 'party'; record: PartyRecord }
  | { kind: 'event'; record: EventRecord }
  | { kind: 'relationship'; record: RelationshipRecord };

const KINDS = Object.keys(SECTION_OF_RECORD) as RecordKind[];

/** The node type a record is stored as. */
export function nodeTypeOf(item: BulkRecord): NodeType | null {
  switch (item.kind) {
    case 'source':
      return 'Source';
    case 'place':
      return 'Place';
    case 'party':
    case 'event':
      return item.record.type;
    default:
      return null;
  }
}

/**
 * Checks records in stream order; remembers ids (and source texts) only. A `trusted` check reads
 * each record's shape but keeps nothing and checks no reference: for a second pass over lines a
 * first pass has just checked, so its memory does not grow with the stream.
 */
export class StreamCheck {
  private readonly nodes = new Map<string, NodeType>();
  private readonly sourceTexts = new Map<string, string>();
  private readonly relationships = new Set<string>();

  constructor(private readonly options: { trusted?: boolean } = {}) {}

  /**
   * Checks one parsed line. Returns the record when it is valid, else undefined with the
   * problems pushed to `errors` (the first of them is the line's headline).
   */
  check(raw: unknown, file: string, line: number, errors: ValidationError[]): BulkRecord | undefined {
    const at: Locator = { file, baseDir: null, line: () => line };
    const fail = (path: Path, value: unknown, detail: string): undefined => {
      errors.push(validationError(file, path, line, value, detail));
      return undefined;
    };
    if (!isObject(raw)) return fail([], raw, 'is not a JSON object; expected one record per line');
    const { record: kind, ...fields } = raw;
    if (typeof kind !== 'string' || !(KINDS as string[]).includes(kind)) {
      return fail(['record'], kind, `expected one of ${KINDS.join(', ')}`);
    }
    const before = errors.length;
    const record = shapeRecord(kind as RecordKind, fields, at, errors);
    if (record === undefined || errors.length > before) return undefined;
    const item = { kind, record } as BulkRecord;
    if (this.options.trusted) return item;
    const type = nodeTypeOf(item);
    if (type !== null) {
      const id = (record as { id: string }).id;
      const seen = this.nodes.get(id);
      if (seen) return fail(['id'], id, `is already the id of a ${seen} earlier in the stream; ids are unique`);
      const placeRef = (key: string, ref: string | null) => {
        if (ref === null) return;
        const target = this.nodes.get(ref);
        if (target !== 'Place') {
          fail(
            [key],
            ref,
            target ? `is a ${target}; expected the id of a Place` : 'is not the id of a place on an earlier line',
          );
        }
      };
      if (item.kind === 'place') placeRef('within', item.record.within);
      if (item.kind === 'party') placeRef('country', item.record.country);
      if (item.kind === 'event') placeRef('place', item.record.place);
      if (errors.length > before) return undefined;
      this.nodes.set(id, type);
      if (item.kind === 'source') this.sourceTexts.set(id, item.record.text);
      return item;
    }
    const r = record as RelationshipRecord;
    if (this.relationships.has(r.id)) {
      return fail([], r.id, 'is the id of an earlier relationship too; give one of them `key` to tell them apart');
    }
    const spec = RELATIONSHIP_SPECS[r.type];
    for (const [end, accepted] of [
      ['from', spec.from],
      ['to', spec.to],
    ] as const) {
      const node = this.nodes.get(r[end]);
      if (!node) fail([end], r[end], 'is not the id of a node on an earlier line');
      else if (!accepted.some((e) => endpointAccepts(e, node))) {
        fail([end], r[end], `is a ${node}, but ${r.type} does not accept it as its ${end} end`);
      }
    }
    r.evidence.forEach((e, i) => {
      const text = this.sourceTexts.get(e.source);
      if (text === undefined) fail(['evidence', i, 'source'], e.source, 'is not the id of a source on an earlier line');
      else if (!text.includes(e.quote)) fail(['evidence', i, 'quote'], e.quote, `is not found in source ${e.source}`);
    });
    if (r.status === 'STATED' && r.evidence.length === 0) {
      fail(['evidence'], undefined, 'is missing: a STATED relationship needs at least one { source, quote }');
    }
    if (r.status === 'DERIVED' && r.derivedFrom.length === 0) {
      fail(['derivedFrom'], undefined, 'is missing: a DERIVED relationship lists the ids it follows from');
    }
    r.derivedFrom.forEach((id, i) => {
      if (!this.relationships.has(id))
        fail(['derivedFrom', i], id, 'is not the id of a relationship on an earlier line');
    });
    if (errors.length > before) return undefined;
    this.relationships.add(r.id);
    return item;
  }
}
