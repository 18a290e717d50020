/**
 * No N+1: a request runs the same, small number of Cypher statements whether the graph holds
 * a few cells or five times as many. Statements are counted with Database.onStatement.
 */
import type { GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFaultlineSchema } from '../../api/schema/build-schema.js';
import { exactDate } from '../../core/domain/fuzzy-date.js';
import {
  emptyDocument,
  type GraphDocument,
  type RelationshipRecord,
  relationshipId,
  statedRelationship,
} from '../../core/domain/records.js';
import type { RelationshipType } from '../../core/domain/vocabulary.js';
import { writeGraph } from '../../core/storage/graph-writer.js';
import { executeCounted } from '../support/graphql.js';
import { resetDatabase, testDatabase } from '../support/neo4j.js';

const db = testDatabase();
let schema: GraphQLSchema;

/**
 * `cells` copies of a small conflict story: a militia and a state, their spokespeople, an
 * attack and a strike, stated relationships quoting the cell's source and a derived OPPOSES edge.
 */
function syntheticGraph(cells: number): GraphDocument {
  const doc = emptyDocument();
  doc.places.push({ id: 'landia', name: 'Landia', kind: 'COUNTRY', aliases: [], within: null });
  for (let c = 0; c < cells; c += 1) {
    const id = (name: string) => `${name}-${c}`;
    const text = `Militia ${c} attacked outpost ${c}. State ${c} struck back. Spokesperson ${c} spoke for state ${c}.`;
    doc.sources.push({
      id: id('src'),
      title: `Report ${c}`,
      published: exactDate('2024-01-10'),
      updated: null,
      outlet: null,
      url: null,
      text,
    });
    doc.places.push({ id: id('town'), name: `Town ${c}`, kind: 'CITY', aliases: [], within: 'landia' });
    const party = (pid: string, type: 'Person' | 'Organisation', name: string) =>
      doc.parties.push({
        id: pid,
        type,
        name,
        aliases: [],
        description: null,
        country: 'landia',
        kind: type === 'Organisation' ? 'MILITIA' : null,
        unknown: false,
      });
    party(id('militia'), 'Organisation', `Militia ${c}`);
    party(id('state'), 'Organisation', `State ${c}`);
    party(id('spokesperson'), 'Person', `Spokesperson ${c}`);
    party(id('commander'), 'Person', `Commander ${c}`);
    const event = (eid: string, type: 'Attack' | 'Strike', name: string) =>
      doc.events.push({
        id: eid,
        type,
        name,
        summary: null,
        date: exactDate('2024-01-09'),
        place: id('town'),
        method: null,
        resolutionKind: null,
        binding: null,
        fatalities: null,
      });
    event(id('attack'), 'Attack', `Attack ${c}`);
    event(id('strike'), 'Strike', `Strike ${c}`);
    const stated = (from: string, type: RelationshipType, to: string, quote: string): RelationshipRecord => {
      const r = statedRelationship({ type, from, to, evidence: [{ source: id('src'), quote }] });
      doc.relationships.push(r);
      return r;
    };
    const carried = stated(id('militia'), 'CARRIED_OUT', id('attack'), `Militia ${c} attacked`);
    const targeted = stated(id('attack'), 'TARGETED', id('state'), `attacked outpost ${c}`);
    stated(id('state'), 'CARRIED_OUT', id('strike'), `State ${c} struck back`);
    stated(id('strike'), 'TARGETED', id('militia'), `struck back`);
    stated(id('spokesperson'), 'REPRESENTS', id('state'), `Spokesperson ${c} spoke for state ${c}`);
    stated(id('commander'), 'REPRESENTS', id('militia'), `Militia ${c}`);
    stated(id('militia'), 'LOCATED_IN', id('town'), `outpost ${c}`);
    doc.relationships.push({
      id: relationshipId(id('militia'), 'OPPOSES', id('state')),
      type: 'OPPOSES',
      from: id('militia'),
      to: id('state'),
      status: 'DERIVED',
      role: null,
      date: null,
      evidence: [],
      derivedFrom: [carried.id, targeted.id],
      note: 'Attacked it.',
    });
  }
  return doc;
}

// Chains with one loader per level: their statement count is exact, whatever the timing.
const PARTIES_DEEP = `{
  parties(first: 100) { totalCount edges { node { id name
    relationships(first: 100) { totalCount edges { node { id type evidence { quote offset source { id title } } } } }
  } } }
}`;

const PARTIES_DERIVED = `{
  parties(first: 100) { edges { node { id
    relationships(first: 100) { edges { node { id derivedFrom {
      id status fromNode { id name } toNode { id name } evidence { quote offset source { id title } }
    } } } }
  } } }
}`;

const NETWORK_DEEP = `{
  network(kind: OPPOSITION, types: [OPPOSES]) {
    nodes { id label node { id name } }
    edges { id fromNode { id } toNode { id } derivedFrom { id evidence { quote offset source { id } } } }
  }
}`;

const EVENTS_DEEP = `{
  events(first: 100) { edges { node { id place { name within { name } } } } }
}`;

// Sibling fields with their own loaders: how their batches line up depends on which statement
// answers first, so only an upper bound is exact here.
const EVERYTHING = `{
  parties(first: 100) { edges { node {
    id country { name within { name } }
    represents { toNode { id } }
    events { id place { name } }
    relationships(first: 100) { edges { node {
      id fromNode { id } toNode { id }
      evidence { quote offset source { title } }
      derivedFrom { id evidence { offset source { id } } }
    } } }
  } } }
  search(text: "militia", first: 50) { node { id ... on Party { events(role: PERPETRATOR) { id } } } }
}`;

const measure = (source: string) => executeCounted(db, schema, source);

const OPERATIONS = { PARTIES_DEEP, PARTIES_DERIVED, NETWORK_DEEP, EVENTS_DEEP, EVERYTHING };
type Measured = Record<keyof typeof OPERATIONS, { statements: number; size: number }>;

async function measureAll(cells: number): Promise<Measured> {
  await resetDatabase(db);
  await writeGraph(db, syntheticGraph(cells));
  const out = {} as Measured;
  for (const [name, source] of Object.entries(OPERATIONS) as [keyof Measured, string][]) {
    const { statements, data } = await measure(source);
    out[name] = { statements, size: JSON.stringify(data).length };
  }
  return out;
}

describe('statements per request', () => {
  let small: Measured;
  let large: Measured;

  beforeAll(async () => {
    schema = await buildFaultlineSchema();
    small = await measureAll(3);
    large = await measureAll(15);
  });

  it('returns about five times as much data from the larger graph (so the comparison means something)', () => {
    for (const name of Object.keys(OPERATIONS) as (keyof Measured)[]) {
      expect(large[name].size, name).toBeGreaterThan(small[name].size * 4);
    }
  });

  it('runs the same number of statements for a graph five times larger', () => {
    for (const name of ['PARTIES_DEEP', 'PARTIES_DERIVED', 'NETWORK_DEEP', 'EVENTS_DEEP'] as const) {
      expect(large[name].statements, name).toBe(small[name].statements);
    }
  });

  it('folds what a listing or a network asks of its nodes and edges into its own statement, and runs one statement per level below', () => {
    // Page, relationships of every party and every evidence source, in one statement.
    expect(small.PARTIES_DEEP.statements).toBe(1);
    // Every party's relationships, what each was derived from, those relationships' ends and
    // their evidence sources: one statement too (the slice's tail).
    expect(small.PARTIES_DERIVED.statements).toBe(1);
    // The derived OPPOSES edges with their endpoints, what they were derived from (with its ends)
    // and every evidence source: one statement (the graph tail).
    expect(small.NETWORK_DEEP.statements).toBe(1);
    // Page with every place, then every enclosing place (not folded: a level further down).
    expect(small.EVENTS_DEEP.statements).toBe(2);
  });

  it('stays under a small bound for a query with many nested lists, at either size', () => {
    // Two root fields and five loaders over four levels; a statement per item would be hundreds.
    expect(small.EVERYTHING.statements).toBeLessThanOrEqual(14);
    expect(large.EVERYTHING.statements).toBeLessThanOrEqual(14);
  });
});
