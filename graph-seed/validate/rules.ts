/**
 * Second pass: rules that look across every file being loaded: unique ids, relationship
 * endpoints and their types, evidence quotes, derivations, and place references.
 */
import type { RelationshipRecord, SourceRecord } from '../../core/domain/records.js';
import { type Endpoint, endpointAccepts, type NodeType, RELATIONSHIP_SPECS } from '../../core/domain/vocabulary.js';
import { type Path, pathToString, type ValidationError, validationError } from './errors.js';
import { isBroken, isIncomplete, type Located, type ShapedFile } from './shape.js';

interface NodeEntry {
  type: NodeType;
  item: Located<unknown>;
  source?: SourceRecord;
}

function fail(errors: ValidationError[], item: Located<unknown>, sub: Path, value: unknown, detail: string): void {
  const path = [...item.path, ...sub];
  errors.push(validationError(item.at.file, path, item.at.line(path), value, detail));
}

function describe(item: Located<unknown>): string {
  const line = item.at.line(item.path);
  return `${pathToString(item.path)} in ${item.at.file}${line === null ? '' : ` (line ${line})`}`;
}

function endpointWords(endpoints: readonly Endpoint[]): string {
  const words = endpoints.map((e) =>
    e === 'Party' ? 'a Party (Person or Organisation)' : e === 'Event' ? 'an Event (any event type)' : `a ${e}`,
  );
  return words.length === 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** Whitespace and typographic quotes collapsed, to tell "almost verbatim" from "not there at all". */
function loose(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201f\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Stands for a node that is already in the database (an import may link to it without holding it). */
const IN_DATABASE: Located<unknown> = {
  record: {},
  at: { file: '<database>', baseDir: null, line: () => null },
  path: [],
};

/**
 * Applies the cross-file rules to the records of every file; returns the errors found. Nodes in
 * `existing` (id → type, from the database) count as present for relationship endpoints.
 */
export function checkRules(
  files: readonly ShapedFile[],
  existing: ReadonlyMap<string, NodeType> = new Map(),
): ValidationError[] {
  const errors: ValidationError[] = [];
  const nodes = new Map<string, NodeEntry>();
  for (const [id, type] of existing) nodes.set(id, { type, item: IN_DATABASE });
  const addNode = (id: string, type: NodeType, item: Located<unknown>, source?: SourceRecord) => {
    const seen = nodes.get(id);
    if (seen && seen.item !== IN_DATABASE) {
      fail(
        errors,
        item,
        ['id'],
        id,
        `is already the id of a ${seen.type} at ${describe(seen.item)}; ids are unique across all node types and files`,
      );
      return;
    }
    nodes.set(id, { type, item, source });
  };
  for (const f of files) {
    for (const s of f.sources) addNode(s.record.id, 'Source', s, s.record);
    for (const p of f.places) addNode(p.record.id, 'Place', p);
    for (const p of f.parties) addNode(p.record.id, p.record.type, p);
    for (const e of f.events) addNode(e.record.id, e.record.type, e);
  }

  const placeRef = (item: Located<unknown>, key: string, id: string | null) => {
    if (id === null) return;
    const target = nodes.get(id);
    if (!target) fail(errors, item, [key], id, 'is not the id of any place in the files being loaded');
    else if (target.type !== 'Place' && !isIncomplete(target.item.record as object))
      fail(errors, item, [key], id, `is a ${target.type}; expected the id of a Place`);
  };
  for (const f of files) {
    for (const p of f.places) placeRef(p, 'within', p.record.within);
    for (const p of f.parties) placeRef(p, 'country', p.record.country);
    for (const e of f.events) placeRef(e, 'place', e.record.place);
  }
  checkPlaceNesting(files, errors);

  const relationships = new Map<string, Located<RelationshipRecord>>();
  for (const f of files) {
    for (const item of f.relationships) {
      const r = item.record;
      const seen = relationships.get(r.id);
      if (seen) {
        fail(
          errors,
          item,
          [],
          r.id,
          `is the id of another relationship too (${describe(seen)}); give one of them \`key:\` to tell them apart`,
        );
      } else {
        relationships.set(r.id, item);
      }
      const spec = RELATIONSHIP_SPECS[r.type];
      for (const [end, accepted] of [
        ['from', spec.from],
        ['to', spec.to],
      ] as const) {
        const id = r[end];
        const node = nodes.get(id);
        if (!node)
          fail(errors, item, [end], id, 'is not the id of any source, place, party or event in the files being loaded');
        else if (!isIncomplete(node.item.record as object) && !accepted.some((e) => endpointAccepts(e, node.type))) {
          fail(
            errors,
            item,
            [end],
            id,
            `is a ${node.type}, but ${r.type} ${end === 'from' ? 'goes from' : 'goes to'} ${endpointWords(accepted)}`,
          );
        }
      }
      checkEvidence(item, nodes, errors);
    }
  }
  checkDerivations(relationships, errors);
  return errors;
}

function checkEvidence(
  item: Located<RelationshipRecord>,
  nodes: Map<string, NodeEntry>,
  errors: ValidationError[],
): void {
  const r = item.record;
  // A broken relationship already has an error; its lists may be empty only because they failed to read.
  if (r.status === 'STATED' && r.evidence.length === 0 && !isBroken(r)) {
    fail(
      errors,
      item,
      ['evidence'],
      undefined,
      'is missing: a STATED relationship needs at least one { source, quote }; a relationship that follows from others is `status: DERIVED` with derivedFrom',
    );
  }
  if (r.status === 'DERIVED' && r.derivedFrom.length === 0 && !isBroken(r)) {
    fail(
      errors,
      item,
      ['derivedFrom'],
      undefined,
      'is missing: a DERIVED relationship lists the ids of the relationships it follows from',
    );
  }
  r.evidence.forEach((ev, i) => {
    const node = nodes.get(ev.source);
    if (!node) {
      fail(errors, item, ['evidence', i, 'source'], ev.source, 'is not the id of any source in the files being loaded');
      return;
    }
    if (node.type !== 'Source' || !node.source) {
      fail(errors, item, ['evidence', i, 'source'], ev.source, `is a ${node.type}; expected the id of a Source`);
      return;
    }
    if (isIncomplete(node.source)) return;
    if (node.source.text.includes(ev.quote)) return;
    const hint = loose(node.source.text).includes(loose(ev.quote))
      ? '; it matches only once whitespace, dashes and quote marks are normalised, so copy it exactly'
      : '; the quote must be an exact substring of the text';
    fail(errors, item, ['evidence', i, 'quote'], ev.quote, `is not found in source ${ev.source}'s text${hint}`);
  });
}

function checkDerivations(relationships: Map<string, Located<RelationshipRecord>>, errors: ValidationError[]): void {
  for (const item of relationships.values()) {
    item.record.derivedFrom.forEach((id, i) => {
      if (!relationships.has(id)) {
        fail(
          errors,
          item,
          ['derivedFrom', i],
          id,
          'is not the id of any relationship in the files being loaded (ids are from:TYPE:to or from:TYPE:to:key)',
        );
      }
    });
  }
  // Depth-first search; a grey node met again closes a cycle.
  const state = new Map<string, 'grey' | 'black'>();
  const reported = new Set<string>();
  const visit = (id: string, trail: string[]): void => {
    state.set(id, 'grey');
    for (const next of relationships.get(id)?.record.derivedFrom ?? []) {
      if (!relationships.has(next)) continue;
      const s = state.get(next);
      if (s === 'grey') {
        const cycle = [...trail.slice(trail.indexOf(next)), next];
        const key = [...cycle].sort().join(' ');
        if (reported.has(key)) continue;
        reported.add(key);
        const at = relationships.get(next);
        if (at)
          fail(
            errors,
            at,
            ['derivedFrom'],
            at.record.derivedFrom,
            `makes a derivation cycle: ${cycle.join(' → ')}; a relationship cannot follow from itself`,
          );
      } else if (s === undefined) {
        visit(next, [...trail, next]);
      }
    }
    state.set(id, 'black');
  };
  for (const id of relationships.keys()) if (!state.has(id)) visit(id, [id]);
}

function checkPlaceNesting(files: readonly ShapedFile[], errors: ValidationError[]): void {
  const places = new Map<string, Located<{ id: string; within: string | null }>>();
  for (const f of files) for (const p of f.places) places.set(p.record.id, p);
  for (const start of places.values()) {
    const seen = new Set<string>([start.record.id]);
    let current = start.record.within;
    while (current !== null) {
      if (current === start.record.id) {
        fail(
          errors,
          start,
          ['within'],
          start.record.within,
          `puts ${start.record.id} inside itself (${[...seen, current].join(' → ')})`,
        );
        break;
      }
      if (seen.has(current)) break; // a cycle elsewhere; reported from its own members
      seen.add(current);
      current = places.get(current)?.record.within ?? null;
    }
  }
}
