import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, type OperationDefinitionNode, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationCost } from '../../api/limits/cost.js';
import { loadConfig } from '../../core/config.js';
import { ALL_OPERATIONS, EVIDENCE_BATCH, NETWORK_EDGE_LIMIT } from '../../web/src/api/operations.js';

const schemaFile = fileURLToPath(new URL('../../schema.graphql', import.meta.url));
const schema = existsSync(schemaFile) ? buildSchema(readFileSync(schemaFile, 'utf8')) : null;

/** Variables as the explorer sends them, at their largest. */
const VARIABLES: Record<keyof typeof ALL_OPERATIONS, Record<string, unknown>> = {
  NETWORK: { kind: 'ALL', limit: NETWORK_EDGE_LIMIT },
  NEIGHBOURHOOD: { id: 'united-states', depth: 2 },
  PATH: { from: 'sabrina-singh', to: 'united-states' },
  SEARCH: { text: 'Singh', first: 10 },
  DATE_RANGE: {},
  NODE_DETAILS: { id: 'united-states' },
  RELATIONSHIP: { id: 'sabrina-singh:REPRESENTS:pentagon' },
  EDGE_EVIDENCE: Object.fromEntries(Array.from({ length: EVIDENCE_BATCH }, (_, i) => [`id${i}`, `x:OPPOSES:y${i}`])),
};

describe('the explorer’s GraphQL operations', () => {
  it('find the emitted schema.graphql to check them against', () => {
    expect(existsSync(schemaFile), `${schemaFile} is missing: run npm run schema:emit`).toBe(true);
  });

  const { maxCost } = loadConfig({}).limits;

  for (const [name, doc] of Object.entries(ALL_OPERATIONS) as [keyof typeof ALL_OPERATIONS, { source: string }][]) {
    it(`${name} is valid against schema.graphql`, () => {
      expect(schema).not.toBeNull();
      expect(validate(schema!, parse(doc.source)).map((e) => e.message)).toEqual([]);
    });

    it(`${name} stays within the API's default query cost (${maxCost})`, () => {
      const document = parse(doc.source);
      const operation = document.definitions.find(
        (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
      )!;
      expect(operationCost(schema!, document, operation, VARIABLES[name])).toBeLessThanOrEqual(maxCost);
    });
  }
});
