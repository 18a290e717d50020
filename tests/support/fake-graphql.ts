/**
 * The stand-in `/graphql` for the explorer's scale and blocs browser tests: a synthetic world
 * (no Neo4j) answering the agreed actor-network and analysis contract. It lives in
 * tools/fake-graphql.ts, where the benchmark and the screenshot script share it (tools may not
 * import tests); behaviour on the real seed graph is tested against the real server.
 */
export { makeWorld, type StandIn, startStandIn, type World } from '../../tools/fake-graphql.js';
