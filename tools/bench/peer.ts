/**
 * The peer in the benchmark: the Neo4j GraphQL Library (@neo4j/graphql 7) serving Faultline's own
 * labels and relationship types, on Apollo Server over HTTP in a process of its own
 * (server-process.ts), against the same database. Every relationship type is a field in each
 * direction (`opposesOut`, `opposesIn`), so "all of a node's relationships" is 38 fields, as the
 * library has no field for any type.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import type { Driver } from 'neo4j-driver';
import { SEARCH_INDEX } from '../../core/cypher/index.js';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../../core/domain/vocabulary.js';

/** `OPPOSES` → `opposes`, `CARRIED_OUT` → `carriedOut`. */
function camel(type: string): string {
  return type.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** The peer's field for a relationship type and direction. */
export function peerField(type: RelationshipType, direction: 'OUT' | 'IN'): string {
  return `${camel(type)}${direction === 'OUT' ? 'Out' : 'In'}`;
}

function relationshipFields(target: string, types: readonly RelationshipType[]): string {
  return types
    .flatMap((t) =>
      (['OUT', 'IN'] as const).map(
        (d) => `  ${peerField(t, d)}: [${target}!]! @relationship(type: "${t}", direction: ${d}, properties: "Rel")`,
      ),
    )
    .join('\n');
}

/** Type definitions mapping Faultline's graph: every node as `Entity`, parties as `Party`. */
export const PEER_TYPE_DEFS = /* GraphQL */ `
type Rel @relationshipProperties {
  id: String!
  status: String
  role: String
  evidenceQuotes: [String!]
  evidenceSources: [String!]
  derivedFrom: [String!]
}

type Entity @node(labels: ["Node"]) {
  id: ID!
  name: String
  type: String
${relationshipFields('Entity', RELATIONSHIP_TYPES)}
}

type Party @node(labels: ["Party"]) {
  id: ID!
  name: String
  nameKey: String
  type: String
${relationshipFields('Party', ['OPPOSES', 'SUPPORTS', 'REPRESENTS', 'MEMBER_OF'])}
}

type SearchHit {
  id: ID!
  name: String
  type: String
  score: Float!
}

type Query {
  search(query: String!, first: Int!): [SearchHit!]!
    @cypher(
      statement: """
      CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $query) YIELD node, score
      WITH node, score ORDER BY score DESC, node.id ASC LIMIT $first
      RETURN {id: node.id, name: node.name, type: coalesce(node.type, head(labels(node))), score: score} AS hit
      """
      columnName: "hit"
    )
}
`;

export interface RunningPeer {
  url: string;
  close(): Promise<void>;
}

/** Starts the peer on 127.0.0.1 and a free port. */
export async function startPeer(driver: Driver): Promise<RunningPeer> {
  const neo = new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver });
  const schema = await neo.getSchema();
  const app = express();
  const server = http.createServer(app);
  const apollo = new ApolloServer({
    schema,
    plugins: [ApolloServerPluginLandingPageDisabled()],
    // The benchmark stops everything on Ctrl-C itself. Apollo's own handler stops this server and
    // then raises the signal again, which killed the benchmark before it had stopped its Neo4j.
    stopOnTerminationSignals: false,
  });
  await apollo.start();
  app.use('/graphql', express.json({ limit: '10mb' }), expressMiddleware(apollo));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async close() {
      await apollo.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
