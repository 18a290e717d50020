import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  type GraphQLField,
  type GraphQLNamedType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildFaultlineSchema } from '../../api/schema/build-schema.js';
import { relationshipsOf } from '../../api/schema/node.resolver.js';
import { emittedSchema, repositoryRoot } from '../../tools/emit-schema.js';

describe('schema.graphql', () => {
  it('is exactly what the code emits (run `npm run schema:emit` after changing the schema)', async () => {
    const committed = readFileSync(path.join(repositoryRoot(), 'schema.graphql'), 'utf8');
    expect(committed).toBe(await emittedSchema());
  });
});

function undocumented(type: GraphQLNamedType): string[] {
  const missing: string[] = [];
  if (!type.description) missing.push(type.name);
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      if (!field.description) missing.push(`${type.name}.${field.name}`);
      for (const arg of (field as GraphQLField<unknown, unknown>).args ?? []) {
        if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
  }
  return missing;
}

describe('the GraphQL schema', () => {
  it('documents every type, field and argument', async () => {
    const schema = await buildFaultlineSchema();
    // The root types carry no description of their own; their fields and arguments are checked below.
    const builtIn = new Set(['String', 'Int', 'Float', 'Boolean', 'ID', 'Query', 'Mutation']);
    const missing = Object.values(schema.getTypeMap())
      .filter((t) => !t.name.startsWith('__') && !builtIn.has(t.name))
      .flatMap(undocumented);
    const query = schema.getQueryType();
    if (query) missing.push(...undocumented(query).filter((m) => m !== 'Query'));
    const mutation = schema.getMutationType();
    if (mutation) missing.push(...undocumented(mutation).filter((m) => m !== 'Mutation'));
    expect(missing).toEqual([]);
  });

  it('describes each relationship type with its vocabulary doc', async () => {
    const schema = await buildFaultlineSchema();
    const relType = schema.getType('RelationshipType');
    expect(isEnumType(relType)).toBe(true);
    if (!isEnumType(relType)) return;
    expect(relType.getValue('OPPOSES')?.description).toBe(
      'The source party opposes, is hostile to or acts against the target party.',
    );
  });

  it("has the Date scalar and the contract's root fields", async () => {
    const schema = await buildFaultlineSchema();
    expect(isScalarType(schema.getType('Date'))).toBe(true);
    const fields = Object.keys(schema.getQueryType()?.getFields() ?? {});
    expect(fields).toEqual(
      expect.arrayContaining([
        'node',
        'party',
        'event',
        'relationship',
        'search',
        'parties',
        'events',
        'network',
        'neighbourhood',
        'path',
        'dateRange',
      ]),
    );
  });
});

describe('interface values', () => {
  it('resolve their concrete type synchronously, from the value, for every abstract type', async () => {
    const schema = await buildFaultlineSchema();
    const abstract = Object.values(schema.getTypeMap()).filter(isAbstractType);
    expect(abstract.map((t) => t.name).sort()).toEqual(['Event', 'Node', 'Party']);
    for (const type of abstract) {
      const concrete = schema.getPossibleTypes(type)[0];
      const resolved = type.resolveType?.({ type: concrete?.name }, {}, {} as never, type);
      expect(resolved, type.name).toBe(concrete?.name);
    }
  });
});

describe('hot nested fields', () => {
  it('are resolved by graphql-js calling Faultline directly, on every type that has them', async () => {
    const schema = await buildFaultlineSchema();
    const withRelationships = Object.values(schema.getTypeMap()).filter(
      (t) => isObjectType(t) && !t.name.startsWith('__') && 'relationships' in t.getFields(),
    );
    const node = schema.getType('Node');
    if (!node || !isInterfaceType(node)) throw new Error('no Node interface');
    expect(withRelationships.map((t) => t.name).sort()).toEqual(
      schema
        .getPossibleTypes(node)
        .map((t) => t.name)
        .sort(),
    );
    for (const type of withRelationships) {
      if (isObjectType(type)) expect(type.getFields().relationships?.resolve, type.name).toBe(relationshipsOf);
    }
  });
});
