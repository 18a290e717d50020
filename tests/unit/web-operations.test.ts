import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ALL_OPERATIONS } from '../../web/src/api/operations.js';

const schemaFile = fileURLToPath(new URL('../../schema.graphql', import.meta.url));

describe('the explorer’s GraphQL operations', () => {
  it('finds the emitted schema.graphql to check them against', () => {
    expect(existsSync(schemaFile), `${schemaFile} is missing: run the schema emitter`).toBe(true);
  });

  const schema = existsSync(schemaFile) ? buildSchema(readFileSync(schemaFile, 'utf8')) : null;

  for (const [name, doc] of Object.entries(ALL_OPERATIONS)) {
    it(`${name} is valid against schema.graphql`, () => {
      expect(schema).not.toBeNull();
      const errors = validate(schema!, parse(doc.source)).map((e) => e.message);
      expect(errors).toEqual([]);
    });
  }
});
