import type { GatewayExecutor, GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import {
  execute,
  GraphQLError,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  getOperationAST,
  Kind,
  parse,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { CompiledOperations, compiledExecutionGateway } from '../../api/schema/compiled-executor.js';

class Unavailable extends Error {}

const Item = new GraphQLObjectType({
  name: 'Item',
  fields: {
    id: { type: new GraphQLNonNull(GraphQLString) },
    label: {
      type: GraphQLString,
      resolve: (item: { id: string }, _args, ctx: { prefix: string }) => `${ctx.prefix}${item.id}`,
    },
    plain: {
      type: GraphQLString,
      resolve: async () => {
        throw new Unavailable('the database is down');
      },
    },
    broken: {
      type: GraphQLString,
      resolve: (item: { id: string }) => {
        throw new GraphQLError(`item ${item.id} is broken`, { extensions: { code: 'BAD_ITEM' } });
      },
    },
  },
});

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      items: {
        type: new GraphQLList(Item),
        args: { first: { type: new GraphQLNonNull(GraphQLInt) } },
        resolve: async (_root, args: { first: number }) =>
          Array.from({ length: args.first }, (_, i) => ({ id: String(i) })),
      },
    },
  }),
});

/** Whether graphql-jit had compiled each operation runBoth ran (false: it could not). */
const jitRan: boolean[] = [];

async function runBoth(query: string, variables: Record<string, unknown>, operationName?: string) {
  const document = parse(query);
  const context = { prefix: 'item-' };
  const operations = new CompiledOperations(schema);
  const gateway = compiledExecutionGateway(schema, operations);
  const { executor } = (await gateway.load({
    apollo: { key: undefined, keyHash: undefined, graphRef: undefined },
  })) as {
    executor: GatewayExecutor;
  };
  const request = {
    document,
    operation: getOperationAST(document, operationName),
    operationName: operationName ?? null,
    queryHash: query,
    context,
    request: { variables },
  } as unknown as GatewayGraphQLRequestContext;
  // The first run is graphql-js's (an operation is compiled when it comes back), the second graphql-jit's.
  const first = await executor(request);
  const compiled = await executor(request);
  const reference = await execute({
    schema,
    document,
    contextValue: context,
    variableValues: variables,
    operationName,
  });
  expect(JSON.stringify(first)).toBe(JSON.stringify(reference));
  jitRan.push(operations.get(`${operationName ?? ''}\u0000${query}`, document, operationName) !== null);
  return {
    compiled: JSON.parse(JSON.stringify(compiled)),
    reference: JSON.parse(JSON.stringify(reference)),
    raw: compiled,
  };
}

describe('the compiled executor (graphql-jit behind Apollo Server)', () => {
  it('answers as graphql-js does, resolvers, context and variables included', async () => {
    const { compiled, reference } = await runBoth('query Q($n: Int!) { items(first: $n) { id label } }', { n: 3 });
    expect(compiled).toEqual(reference);
    expect(compiled.data.items).toHaveLength(3);
    expect(compiled.data.items[2]).toEqual({ id: '2', label: 'item-2' });
    expect(jitRan.at(-1)).toBe(true);
  });

  it('reports a field error with the same message, path, locations and extensions, and keeps the rest', async () => {
    const { compiled, reference } = await runBoth('{ items(first: 2) { id broken } }', {});
    expect(compiled).toEqual(reference);
    expect(compiled.errors).toHaveLength(2);
    expect(compiled.errors[1]).toMatchObject({
      message: 'item 1 is broken',
      path: ['items', 1, 'broken'],
      extensions: { code: 'BAD_ITEM' },
    });
  });

  it('keeps a thrown error without extensions as graphql-js does: an empty extensions object and the error itself', async () => {
    const { compiled, reference, raw } = await runBoth('{ items(first: 1) { id plain } }', {});
    expect(compiled).toEqual(reference);
    const error = raw.errors?.[0];
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error?.extensions).toEqual({});
    expect(error?.originalError).toBeInstanceOf(Unavailable);
    expect(error?.locations).toEqual([{ line: 1, column: 24 }]);
    expect(error?.path).toEqual(['items', 0, 'plain']);
  });

  it("refuses a variable of the wrong type as graphql-js does, naming the variable's node (Apollo's 400)", async () => {
    for (const variables of [{ n: 'three' }, {}, { n: null }]) {
      const { compiled, reference, raw } = await runBoth('query Q($n: Int!) { items(first: $n) { id } }', variables);
      expect(compiled).toEqual(reference);
      expect(compiled.data).toBeUndefined();
      expect(raw.errors?.[0]?.nodes?.[0]?.kind).toBe(Kind.VARIABLE_DEFINITION);
    }
  });

  it('leaves an operation it cannot compile to graphql-js (an unknown operation name)', async () => {
    const { compiled, reference } = await runBoth('query A { items(first: 1) { id } }', {}, 'B');
    expect(compiled).toEqual(reference);
    expect(compiled.errors[0].message).toContain('Unknown operation named "B"');
    expect(jitRan.at(-1)).toBe(false);
  });

  it('compiles an operation when it comes back, once, and remembers only the most recently used', () => {
    const operations = new CompiledOperations(schema, 2);
    const a = parse('{ items(first: 1) { id } }');
    expect(operations.get('a', a, undefined)).toBeNull(); // seen once: graphql-js runs it
    const compiled = operations.get('a', a, undefined);
    expect(compiled).not.toBeNull();
    expect(operations.get('a', a, undefined)).toBe(compiled);
    operations.get('b', parse('{ items(first: 2) { id } }'), undefined);
    operations.get('a', a, undefined); // a is now the most recent
    operations.get('c', parse('{ items(first: 3) { id } }'), undefined); // b is dropped
    expect(operations.size).toBe(2);
    expect(operations.get('a', a, undefined)).toBe(compiled);
    expect(operations.get('b', parse('{ items(first: 2) { id } }'), undefined)).toBeNull(); // seen anew
  });
});
