/**
 * The questions the API benchmark asks, each three ways: Faultline's GraphQL operation, the same
 * question to the peer (@neo4j/graphql, see peer.ts) where its schema can express it, and one
 * hand-written Cypher statement (statements/*.cypher, beside this file). Each way's answer is
 * reduced to the same canonical form (the ids it holds), and the benchmark checks that the three
 * agree before it times anything.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cypherInt, luceneQuery } from '../../core/cypher/index.js';
import type { RelationshipType } from '../../core/domain/vocabulary.js';
import { projectPath } from '../../core/project-root.js';
import { EdgeBaseFieldsFragmentDoc } from '../../web/src/api/generated/graphql.js';
import { peerField } from './peer.js';
import type { Targets } from './targets.js';

// biome-ignore lint/suspicious/noExplicitAny: answers are JSON, read field by field
type Json = any;

/** What an answer holds, as sorted ids; equal canons mean the same answer. */
export type Canon = string;
const canon = (...lists: string[][]): Canon => JSON.stringify(lists.map((l) => [...l].sort()));
const ordered = (...lists: string[][]): Canon => JSON.stringify(lists);

export interface Operation {
  document: string;
  variables: Record<string, unknown>;
  /** The canonical form of `data`. */
  canon(data: Json): Canon;
}

export interface BenchQuery {
  name: string;
  /** What the row stands for, in a few words. */
  description: string;
  faultline: Operation;
  /** The same question to @neo4j/graphql, or why it cannot be asked. */
  peer: Operation | { missing: string };
  hand: { cypher: string; params: Record<string, unknown>; canon(rows: Json[]): Canon };
}

/** Compiled, this file runs from dist/tools/bench; the statements stay in tools/bench/statements. */
const STATEMENTS = projectPath('tools', 'bench', 'statements');

/** A hand-written statement; `{{graph-tail}}` and `{{types}}` are filled in. */
function statement(name: string, types: readonly RelationshipType[] | null = null): string {
  const read = (file: string) => readFileSync(path.join(STATEMENTS, file), 'utf8');
  return read(`${name}.cypher`)
    .replace('{{graph-tail}}', read('graph-tail.cypher'))
    .replaceAll('{{types}}', types ? `:${types.join('|')}` : '');
}

/**
 * The explorer's own fragments (EdgeBaseFields with the FuzzyDateFields and EvidenceFields it
 * spreads), as GraphQL Code Generator built them from schema.graphql, and the benchmark's own
 * selection of a whole graph: an analyst's, every edge with its evidence and derivations (the
 * explorer draws graphs without evidence and fetches it per edge).
 */
const FRAGMENTS = `${String(EdgeBaseFieldsFragmentDoc)}
  fragment AnalystGraphFields on Graph {
    nodes { id type label kind date { ...FuzzyDateFields } }
    edges {
      id type from to status role note
      date { ...FuzzyDateFields }
      evidence { ...EvidenceFields }
      derivedFrom { ...EdgeBaseFields }
    }
  }
`;

/** Only the fragments a document spreads may be sent; unused fragments fail validation. */
function withFragments(body: string, names: readonly string[]): string {
  const blocks = FRAGMENTS.split(/\n(?=\s*fragment )/).filter((b) => names.some((n) => b.includes(`fragment ${n} `)));
  return `${body}\n${blocks.join('\n')}`;
}

const SEARCH_FIRST = 10;
const NEIGHBOURHOOD_LIMIT = 200;
const NETWORK_LIMIT = 2000;
const PARTY_RELATIONSHIPS = 50;
const ALL_RELATIONSHIPS = 100;
const TWO_HOP_LIMIT = 1000;
const LISTED_PARTIES = 50;
const PARTY_TO_PARTY: readonly RelationshipType[] = ['MEMBER_OF', 'OPPOSES', 'REPRESENTS', 'SUPPORTS'];

const graphCanon = (g: Json) =>
  canon(
    g.nodes.map((n: Json) => n.id),
    g.edges.map((e: Json) => e.id),
  );
const handGraphCanon = (rows: Json[]) =>
  canon(
    (rows[0]?.nodes ?? []).map((n: Json) => n.id),
    (rows[0]?.edges ?? []).map((e: Json) => e.id),
  );

/** The peer's nested selection for `depth` hops over `types` (both directions). */
function peerHops(types: readonly RelationshipType[], depth: number): string {
  if (depth === 0) return 'id';
  const inner = peerHops(types, depth - 1);
  return `id ${types.flatMap((t) => (['OUT', 'IN'] as const).map((d) => `${peerField(t, d)} { ${inner} }`)).join(' ')}`;
}

function peerReached(node: Json, out: Set<string>): void {
  for (const [key, value] of Object.entries(node)) {
    if (key === 'id' || !Array.isArray(value)) continue;
    for (const child of value) {
      out.add((child as Json).id);
      peerReached(child, out);
    }
  }
}

/** The questions, in the order the table lists them. */
export function benchQueries(t: Targets, allTypes: readonly RelationshipType[]): BenchQuery[] {
  const lucene = luceneQuery(t.searchText);
  if (lucene === null) throw new Error(`"${t.searchText}" holds no word to search for`);
  const twoHops = (name: string, types: readonly RelationshipType[] | null): BenchQuery => ({
    name,
    description: `neighbourhood(id: "${t.party.id}", depth: 2${types ? `, types: [${types.join(', ')}]` : ''}), ids only`,
    faultline: {
      document: `query TwoHops($id: ID!, $types: [RelationshipType!], $limit: Int) {
  neighbourhood(id: $id, depth: 2, types: $types, limit: $limit) { nodes { id label } edges { id type from to } }
}`,
      variables: { id: t.party.id, types, limit: TWO_HOP_LIMIT },
      canon: (d) => canon(d.neighbourhood.nodes.map((n: Json) => n.id).filter((id: string) => id !== t.party.id)),
    },
    peer:
      types === null
        ? { missing: 'cannot plan it: a 2-hop selection over 38 relationship fields is 820 KB of Cypher' }
        : {
            document: `query TwoHops($id: ID!) { entities(where: { id: { eq: $id } }) { ${peerHops(types, 2)} } }`,
            variables: { id: t.party.id },
            canon: (d) => {
              const reached = new Set<string>();
              for (const n of d.entities) peerReached(n, reached);
              reached.delete(t.party.id);
              return canon([...reached]);
            },
          },
    hand: {
      cypher: statement('two-hops', types ?? null),
      params: { id: t.party.id, limit: cypherInt(TWO_HOP_LIMIT) },
      canon: (rows) => canon((rows[0]?.nodes ?? []).map((n: Json) => n.id).filter((id: string) => id !== t.party.id)),
    },
  });
  return [
    {
      name: 'search',
      description: `search(text: "${t.searchText}", first: ${SEARCH_FIRST})`,
      faultline: {
        document: `query Search($text: String!, $first: Int) {
  search(text: $text, first: $first) { score node { id name type } }
}`,
        variables: { text: t.searchText, first: SEARCH_FIRST },
        canon: (d) => canon(d.search.map((h: Json) => h.node.id)),
      },
      peer: {
        document:
          'query Search($query: String!, $first: Int!) { search(query: $query, first: $first) { id name type score } }',
        variables: { query: lucene, first: SEARCH_FIRST },
        canon: (d) => canon(d.search.map((h: Json) => h.id)),
      },
      hand: {
        cypher: statement('search'),
        params: { query: lucene, first: cypherInt(SEARCH_FIRST) },
        canon: (rows) => canon(rows.map((r) => r.id)),
      },
    },
    {
      name: 'party rels+quotes',
      description: `party(id: "${t.party.id}") with all its relationships (${t.partyDegree}), quotes and other ends`,
      faultline: {
        document: `query PartyRelationships($id: ID!, $first: Int) {
  party(id: $id) { id name relationships(first: $first) {
    totalCount edges { node { id type status from to evidence { quote } fromNode { id name } toNode { id name } } }
  } }
}`,
        variables: { id: t.party.id, first: ALL_RELATIONSHIPS },
        canon: (d) => canon(d.party.relationships.edges.map((e: Json) => e.node.id)),
      },
      peer: {
        document: `query PartyRelationships($id: ID!) { entities(where: { id: { eq: $id } }) { id name ${allTypes
          .flatMap((ty) =>
            (['OUT', 'IN'] as const).map(
              (d) =>
                `${peerField(ty, d)}Connection { edges { properties { id status evidenceQuotes } node { id name } } }`,
            ),
          )
          .join(' ')} } }`,
        variables: { id: t.party.id },
        canon: (d) => {
          const ids: string[] = [];
          for (const [key, value] of Object.entries(d.entities[0] ?? {})) {
            if (key.endsWith('Connection')) for (const e of (value as Json).edges) ids.push(e.properties.id);
          }
          return canon([...new Set(ids)]);
        },
      },
      hand: {
        cypher: statement('party-relationships'),
        params: { id: t.party.id, first: cypherInt(ALL_RELATIONSHIPS) },
        canon: (rows) => canon((rows[0]?.rels ?? []).map((r: Json) => r.id)),
      },
    },
    twoHops('2 hops, 4 types', PARTY_TO_PARTY),
    twoHops('2 hops, 19 types', null),
    {
      name: '50 parties+OPPOSES',
      description: `parties(first: ${LISTED_PARTIES}, sort: NAME_ASC) with their OPPOSES ties and other ends`,
      faultline: {
        // The peer's shape: each tie's id and the other end's id and name, outgoing and incoming apart.
        document: `query PartiesOpposes($first: Int) {
  parties(first: $first, sort: NAME_ASC) { edges { node { id name
    out: relationships(types: [OPPOSES], direction: OUT, first: 100) { edges { node { id toNode { id name } } } }
    in: relationships(types: [OPPOSES], direction: IN, first: 100) { edges { node { id fromNode { id name } } } }
  } } }
}`,
        variables: { first: LISTED_PARTIES },
        canon: (d) =>
          ordered(
            d.parties.edges.map((e: Json) => e.node.id),
            d.parties.edges
              .flatMap((e: Json) => [...e.node.out.edges, ...e.node.in.edges].map((r: Json) => r.node.id))
              .sort(),
          ),
      },
      peer: {
        // The same order as Faultline's NAME_ASC and the statement's: the stored lower-cased name,
        // then the id. Sorted on `name` (upper case before lower, ties in any order), the peer
        // listed other parties than the two others did.
        document: `query PartiesOpposes($first: Int) { parties(limit: $first, sort: [{ nameKey: ASC }, { id: ASC }]) { id name
  opposesOutConnection { edges { properties { id } node { id name } } }
  opposesInConnection { edges { properties { id } node { id name } } } } }`,
        variables: { first: LISTED_PARTIES },
        canon: (d) =>
          ordered(
            d.parties.map((p: Json) => p.id),
            d.parties
              .flatMap((p: Json) => [
                ...p.opposesOutConnection.edges.map((e: Json) => e.properties.id),
                ...p.opposesInConnection.edges.map((e: Json) => e.properties.id),
              ])
              .sort(),
          ),
      },
      hand: {
        cypher: statement('parties-opposes'),
        params: { first: cypherInt(LISTED_PARTIES) },
        canon: (rows) =>
          ordered(
            rows.map((r) => r.id),
            rows.flatMap((r) => r.ties.map((x: Json) => x.id)).sort(),
          ),
      },
    },
    {
      name: 'party+nested',
      description: `party(id: "${t.party.id}") with ${PARTY_RELATIONSHIPS} relationships (evidence, derivedFrom) and events`,
      faultline: {
        document: withFragments(
          `query PartyDetails($id: ID!, $first: Int) {
  party(id: $id) {
    id name type aliases description unknown
    country { id name type }
    ... on Organisation { kind }
    relationships(first: $first) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ...EdgeBaseFields derivedFrom { ...EdgeBaseFields } } }
    }
    events { id name type summary date { ...FuzzyDateFields } place { id name type } }
  }
}`,
          ['FuzzyDateFields', 'EvidenceFields', 'EdgeBaseFields'],
        ),
        variables: { id: t.party.id, first: PARTY_RELATIONSHIPS },
        canon: (d) =>
          canon(
            d.party.relationships.edges.map((e: Json) => e.node.id),
            d.party.relationships.edges.flatMap((e: Json) => e.node.derivedFrom.map((x: Json) => x.id)),
            d.party.events.map((e: Json) => e.id),
          ),
      },
      peer: { missing: 'no equivalent: derivedFrom ids and evidence sources need a @cypher field per relationship' },
      hand: {
        cypher: statement('party-nested'),
        params: { id: t.party.id, first: cypherInt(PARTY_RELATIONSHIPS) },
        canon: (rows) =>
          canon(
            (rows[0]?.edges ?? []).map((e: Json) => e.id),
            (rows[0]?.edges ?? []).flatMap((e: Json) => e.derivedFrom.map((x: Json) => x.id)),
            (rows[0]?.events ?? []).map((e: Json) => e.id),
          ),
      },
    },
    {
      name: 'neighbourhood d2',
      description: `neighbourhood(id: "${t.party.id}", depth: 2), limit ${NEIGHBOURHOOD_LIMIT}, in full`,
      faultline: {
        document: withFragments(
          `query Neighbourhood($id: ID!, $depth: Int!) {
  neighbourhood(id: $id, depth: $depth) { ...AnalystGraphFields }
}`,
          ['FuzzyDateFields', 'EvidenceFields', 'EdgeBaseFields', 'AnalystGraphFields'],
        ),
        variables: { id: t.party.id, depth: 2 },
        canon: (d) => graphCanon(d.neighbourhood),
      },
      peer: { missing: 'no equivalent: no neighbourhood (nearest-first cut, edges among the nodes)' },
      hand: {
        cypher: statement('neighbourhood'),
        params: { id: t.party.id, limit: cypherInt(NEIGHBOURHOOD_LIMIT) },
        canon: handGraphCanon,
      },
    },
    {
      name: 'network OPPOSITION',
      description: `network(kind: OPPOSITION), limit ${NETWORK_LIMIT}, in full`,
      faultline: {
        document: withFragments(
          `query Network($kind: NetworkKind!) {
  network(kind: $kind) { ...AnalystGraphFields }
}`,
          ['FuzzyDateFields', 'EvidenceFields', 'EdgeBaseFields', 'AnalystGraphFields'],
        ),
        variables: { kind: 'OPPOSITION' },
        canon: (d) => graphCanon(d.network),
      },
      peer: { missing: 'no equivalent: no query over relationships of several types' },
      hand: { cypher: statement('network'), params: { limit: cypherInt(NETWORK_LIMIT) }, canon: handGraphCanon },
    },
    {
      name: 'path',
      description: `path(from: "${t.party.id}", to: "${t.far.id}"), ${t.distance} steps apart, in full`,
      faultline: {
        document: withFragments(
          `query Path($from: ID!, $to: ID!) {
  path(from: $from, to: $to) { ...AnalystGraphFields }
}`,
          ['FuzzyDateFields', 'EvidenceFields', 'EdgeBaseFields', 'AnalystGraphFields'],
        ),
        variables: { from: t.party.id, to: t.far.id },
        canon: (d) => graphCanon(d.path),
      },
      peer: { missing: 'no equivalent: no shortest paths' },
      hand: { cypher: statement('path'), params: { from: t.party.id, to: t.far.id }, canon: handGraphCanon },
    },
  ];
}
