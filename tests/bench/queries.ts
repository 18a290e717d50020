/**
 * The operations the API benchmark measures, each with the statement the API's own Cypher
 * builder makes for its root field. The selection sets are an analyst's full ones: every edge
 * with its evidence, sources and derivations. The explorer asks for less (its network request
 * has no evidence; it fetches evidence when a relationship is opened), so these are worst cases.
 *
 * The direct-Cypher baseline is not written here by hand: the benchmark captures every statement
 * the API runs for one request, with its parameters, and replays exactly those. The root
 * statement below only checks that the capture saw what the builders produce.
 */

import { LIMITS } from '../../api/services/limits.js';
import {
  luceneQuery,
  neighbourhoodStatement,
  networkStatement,
  nodesByIdsStatement,
  pathStatement,
  searchStatement,
} from '../../core/cypher/index.js';
import type { Statement } from '../../core/db/index.js';
import type { GraphDocument, PartyRecord } from '../../core/domain/records.js';
import { NETWORK_TYPES } from '../../core/domain/vocabulary.js';

const FRAGMENTS = /* GraphQL */ `
  fragment FuzzyDateFields on FuzzyDate { precision value start end firstDay lastDay }
  fragment EvidenceFields on Evidence {
    quote
    offset
    source { id title outlet url published { ...FuzzyDateFields } }
  }
  fragment EdgeBaseFields on Relationship {
    id type from to status role note
    date { ...FuzzyDateFields }
    evidence { ...EvidenceFields }
    fromNode { id name type }
    toNode { id name type }
  }
  fragment GraphFields on Graph {
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

/** The ids and text the operations ask about, chosen from the synthetic document. */
export interface Targets {
  /** A busy but not extreme party (90th percentile of degree). */
  party: PartyRecord;
  partyDegree: number;
  /** A party a few steps away from `party`, so the path query has work to do. */
  far: PartyRecord;
  distance: number;
  /** A word of the party's name, as a user would type it. */
  searchText: string;
}

export interface BenchQuery {
  name: string;
  /** What the row stands for, in a few words. */
  description: string;
  document: string;
  variables: Record<string, unknown>;
  /** The statement the API's builder makes for the root field; the capture must start with it. */
  root: Statement;
}

function degrees(doc: GraphDocument): Map<string, number> {
  const degree = new Map<string, number>();
  for (const r of doc.relationships) {
    degree.set(r.from, (degree.get(r.from) ?? 0) + 1);
    degree.set(r.to, (degree.get(r.to) ?? 0) + 1);
  }
  return degree;
}

/** Steps from `start` to every node it reaches, ignoring direction (breadth first). */
function distancesFrom(doc: GraphDocument, start: string): Map<string, number> {
  const adjacent = new Map<string, string[]>();
  for (const r of doc.relationships) {
    adjacent.set(r.from, [...(adjacent.get(r.from) ?? []), r.to]);
    adjacent.set(r.to, [...(adjacent.get(r.to) ?? []), r.from]);
  }
  const distance = new Map([[start, 0]]);
  let frontier = [start];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const other of adjacent.get(id) ?? []) {
        if (distance.has(other)) continue;
        distance.set(other, (distance.get(id) ?? 0) + 1);
        next.push(other);
      }
    }
    frontier = next;
  }
  return distance;
}

/** Picks the benchmark's targets; the same document always gives the same targets. */
export function pickTargets(doc: GraphDocument): Targets {
  const degree = degrees(doc);
  const byDegree = [...doc.parties].sort(
    (a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || a.id.localeCompare(b.id),
  );
  const party = byDegree[Math.floor(byDegree.length * 0.1)];
  if (!party) throw new Error('the synthetic graph has no parties');
  const distance = distancesFrom(doc, party.id);
  // The farthest party within 4 steps: far enough for several hops, near enough to be a question a reader asks.
  const candidates = doc.parties
    .filter((p) => p.id !== party.id && (distance.get(p.id) ?? 99) <= 4)
    .sort((a, b) => (distance.get(b.id) ?? 0) - (distance.get(a.id) ?? 0) || a.id.localeCompare(b.id));
  const far = candidates[0];
  if (!far) throw new Error(`no party is connected to ${party.id}`);
  const word = party.name.split(/\s+/).find((w) => w.length >= 4) ?? party.name;
  return {
    party,
    partyDegree: degree.get(party.id) ?? 0,
    far,
    distance: distance.get(far.id) ?? 0,
    searchText: word.toLowerCase(),
  };
}

const SEARCH_FIRST = 10;
const NEIGHBOURHOOD_LIMIT = 200;
const NETWORK_LIMIT = 2000;
const PATH_MAX_LENGTH = 6;
const PARTY_RELATIONSHIPS = 50;

/** The five operations, in the order the table lists them. */
export function benchQueries(t: Targets): BenchQuery[] {
  const lucene = luceneQuery(t.searchText);
  if (lucene === null) throw new Error(`"${t.searchText}" holds no word to search for`);
  return [
    {
      name: 'search',
      description: `search(text: "${t.searchText}", first: ${SEARCH_FIRST})`,
      document: `query Search($text: String!, $first: Int) {
  search(text: $text, first: $first) { score node { id name type } }
}`,
      variables: { text: t.searchText, first: SEARCH_FIRST },
      root: searchStatement(lucene, null, SEARCH_FIRST),
    },
    {
      name: 'party+nested',
      description: `party(id: "${t.party.id}") with ${PARTY_RELATIONSHIPS} relationships (evidence, derivedFrom) and events`,
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
      root: nodesByIdsStatement([t.party.id]),
    },
    {
      name: 'neighbourhood d2',
      description: `neighbourhood(id: "${t.party.id}", depth: 2), limit ${NEIGHBOURHOOD_LIMIT}`,
      document: withFragments(
        `query Neighbourhood($id: ID!, $depth: Int!) {
  neighbourhood(id: $id, depth: $depth) { ...GraphFields }
}`,
        ['FuzzyDateFields', 'EvidenceFields', 'EdgeBaseFields', 'GraphFields'],
      ),
      variables: { id: t.party.id, depth: 2 },
      root: neighbourhoodStatement({ id: t.party.id, depth: 2, types: null, limit: NEIGHBOURHOOD_LIMIT }),
    },
    {
      name: 'network OPPOSITION',
      description: `network(kind: OPPOSITION), limit ${NETWORK_LIMIT}`,
      document: withFragments(
        `query Network($kind: NetworkKind!) {
  network(kind: $kind) { ...GraphFields }
}`,
        ['FuzzyDateFields', 'EvidenceFields', 'EdgeBaseFields', 'GraphFields'],
      ),
      variables: { kind: 'OPPOSITION' },
      root: networkStatement({ types: NETWORK_TYPES.OPPOSITION, from: null, to: null, limit: NETWORK_LIMIT }),
    },
    {
      name: 'path',
      description: `path(from: "${t.party.id}", to: "${t.far.id}"), ${t.distance} steps apart`,
      document: withFragments(
        `query Path($from: ID!, $to: ID!) {
  path(from: $from, to: $to) { ...GraphFields }
}`,
        ['FuzzyDateFields', 'EvidenceFields', 'EdgeBaseFields', 'GraphFields'],
      ),
      variables: { from: t.party.id, to: t.far.id },
      root: pathStatement({
        from: t.party.id,
        to: t.far.id,
        types: null,
        maxLength: PATH_MAX_LENGTH,
        all: true,
        maxPaths: LIMITS.paths,
      }),
    },
  ];
}
