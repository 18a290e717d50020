import { readFileSync } from 'node:fs';
import { buildSchema, type OperationDefinitionNode, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationCost } from '../../api/limits/cost.js';
import { SCHEMA } from '../../codegen.js';
import { loadConfig } from '../../core/config.js';
import { TIE_PAGE } from '../../web/src/api/actor-operations.js';
import { BLOC_TIES } from '../../web/src/api/analysis-operations.js';
import * as generated from '../../web/src/api/generated/graphql.js';
import { EVIDENCE_BATCH, edgeEvidenceQuery, NETWORK_EDGE_LIMIT } from '../../web/src/api/operations.js';

const schema = buildSchema(readFileSync(SCHEMA, 'utf8'));

/** Every operation the explorer sends, with its variables at their largest. */
const OPERATIONS: Record<string, { source: string; variables: Record<string, unknown> }> = {};
for (const [name, value] of Object.entries(generated)) {
  if (name.endsWith('Document') && value instanceof generated.TypedDocumentString)
    OPERATIONS[name.replace(/Document$/, '')] = { source: value.toString(), variables: {} };
}
OPERATIONS.EdgeEvidence = { source: edgeEvidenceQuery(EVIDENCE_BATCH).toString(), variables: {} };
const VARIABLES: Record<string, Record<string, unknown>> = {
  Network: { kind: 'ALL', limit: NETWORK_EDGE_LIMIT },
  Neighbourhood: { id: 'united-states', depth: 2 },
  Path: { from: 'sabrina-singh', to: 'united-states' },
  Search: { text: 'Singh', first: 10 },
  NodeDetails: { id: 'united-states' },
  Relationship: { id: 'sabrina-singh:REPRESENTS:pentagon' },
  EdgeEvidence: Object.fromEntries(Array.from({ length: EVIDENCE_BATCH }, (_, i) => [`id${i}`, `x:OPPOSES:y${i}`])),
  ActorNetwork: { first: TIE_PAGE, focus: ['united-states'] },
  TieDetails: { id: 't' },
  TieEvidence: { id: 't', first: 10 },
  Analysis: { k: 2, measure: 'PAGERANK', ties: BLOC_TIES, top: 500 },
  SignedTieEvidence: {},
};

describe('the explorer’s GraphQL operations', () => {
  it('are all found, event-level and actor-level alike', () => {
    expect(Object.keys(OPERATIONS)).toEqual(
      expect.arrayContaining(['Network', 'Relationship', 'EdgeEvidence', 'ActorNetwork', 'TieEvidence', 'Analysis']),
    );
  });

  const { maxCost } = loadConfig({}).limits;

  for (const [name, { source }] of Object.entries(OPERATIONS)) {
    it(`${name} is valid against schema.graphql`, () => {
      expect(validate(schema, parse(source)).map((e) => e.message)).toEqual([]);
    });

    it(`${name} stays within the API's default query cost (${maxCost})`, () => {
      const document = parse(source);
      const operation = document.definitions.find(
        (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
      )!;
      expect(operationCost(schema, document, operation, VARIABLES[name] ?? {})).toBeLessThanOrEqual(maxCost);
    });
  }
});
