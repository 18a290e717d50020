/**
 * Derivations a statement read with some edges (core/cypher tailClauses) reach the loaders one of
 * two ways: whole records prime the caches and serve any field; records read in part answer only
 * those edges' `derivedFrom` and those relationships' ends, and never enter a cache, where another
 * field of the request asking for more would find them.
 */
import { describe, expect, it } from 'vitest';
import { createLoaders, knowDerivations } from '../../api/loaders/index.js';
import type { Database } from '../../core/db/index.js';
import type { RelationshipValue } from '../../core/domain/values.js';
import { organisation } from '../support/records.js';

/** A database no statement may reach: these loaders only hold what they are given. */
const noDatabase = new Proxy({} as Database, {
  get(_, name) {
    throw new Error(`no statement expected (Database.${String(name)})`);
  },
});

function rel(from: string, to: string, derivedFrom: string[] = []): RelationshipValue {
  return {
    id: `${from}:OPPOSES:${to}`,
    type: 'OPPOSES',
    from,
    to,
    status: derivedFrom.length > 0 ? 'DERIVED' : 'STATED',
    role: null,
    date: null,
    evidence: [],
    derivedFrom,
    note: null,
  };
}

const a = organisation('a');
const b = organisation('b');
const c = organisation('c');
const ab = rel('a', 'b');
const bc = rel('b', 'c');
const derived = rel('a', 'c', [ab.id, bc.id]);
const dangling = rel('c', 'a', [ab.id, 'c:OPPOSES:gone']);

describe('derivations read with their edges', () => {
  it('prime the caches when read whole', () => {
    const loaders = createLoaders(noDatabase);
    knowDerivations(loaders, [derived], { tailNodes: [a, b, c], tailRels: [ab, bc] }, {});
    expect(loaders.knownRelationships.get(ab.id)).toBe(ab);
    expect(loaders.knownNodes.get('b')).toBe(b);
    expect(loaders.partialBases.has(derived)).toBe(false);
    expect(loaders.partialEnds.has(ab)).toBe(false);
  });

  it('answer only their own edges when read in part, and stay out of the caches', () => {
    const loaders = createLoaders(noDatabase);
    knowDerivations(
      loaders,
      [derived, dangling],
      { tailNodes: [a, b, c], tailRels: [ab, bc] },
      {
        derivedProps: ['note'],
        derivedEndProps: ['name'],
      },
    );
    expect(loaders.knownRelationships.size).toBe(0);
    expect(loaders.knownNodes.size).toBe(0);
    expect(loaders.partialBases.get(derived)).toEqual([ab, bc]);
    expect(loaders.partialEnds.get(ab)).toEqual([a, b]);
    expect(loaders.partialEnds.get(bc)).toEqual([b, c]);
    // One base missing (deleted, or a dangling id): left to the loader, which reports it.
    expect(loaders.partialBases.has(dangling)).toBe(false);
  });

  it('keep whole ends in the caches when only the relationships were read in part', () => {
    const loaders = createLoaders(noDatabase);
    knowDerivations(loaders, [derived], { tailNodes: [a, b, c], tailRels: [ab, bc] }, { derivedProps: ['note'] });
    expect(loaders.knownRelationships.size).toBe(0);
    expect(loaders.knownNodes.get('a')).toBe(a);
    expect(loaders.partialBases.get(derived)).toEqual([ab, bc]);
    expect(loaders.partialEnds.has(ab)).toBe(false);
  });
});
