import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { bearerKey, checkAccess, credentialsOf, keyMatches } from '../../api/auth/index.js';
import { firstValidationProblem } from '../../api/errors/index.js';
import {
  aliasLimitRule,
  DEFAULT_LIST_SIZE,
  depthLimitRule,
  operationCost,
  sizeProblem,
} from '../../api/limits/index.js';

const schema = buildSchema(`
  type Place { id: ID! name: String! within: Place }
  type Party { id: ID! name: String! country: Place allies(first: Int = 5): [Party!]! }
  type Edge { node: Party! }
  type Connection { edges: [Edge!]! total: Int! }
  type Graph { nodes: [Party!]! }
  type Query {
    party(id: ID!): Party
    parties(first: Int = 20): Connection!
    neighbourhood(id: ID!, limit: Int = 200): Graph!
    everyone: [Party!]!
  }
`);

function cost(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === 'OperationDefinition');
  if (operation?.kind !== 'OperationDefinition') throw new Error('no operation');
  return operationCost(schema, document, operation, variables);
}

function parsed(query: string) {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === 'OperationDefinition');
  if (operation?.kind !== 'OperationDefinition') throw new Error('no operation');
  return { document, operation };
}

describe("page sizes over a field's cap", () => {
  const caps = { allies: 10, parties: 100 };

  it('are found with the field, the argument and the cap, literal or variable', () => {
    const { document, operation } = parsed('query($n: Int) { party(id: "a") { allies(first: $n) { id } } }');
    expect(sizeProblem(schema, document, operation, { n: 1e10 }, caps)).toEqual({
      field: 'allies',
      argument: 'first',
      value: 1e10,
      max: 10,
    });
    expect(sizeProblem(schema, document, operation, { n: 10 }, caps)).toBeUndefined();
  });

  it('count at their cap in the cost, so a huge first is an input error and not a query too complex', () => {
    const { document, operation } = parsed('{ party(id: "a") { allies(first: 2000000000) { country { id } } } }');
    expect(operationCost(schema, document, operation, {}, caps)).toBe(1 + 1 + 10);
    expect(operationCost(schema, document, operation, {})).toBe(1 + 1 + 2_000_000_000);
  });

  it('are found behind fragments and below lists', () => {
    const { document, operation } = parsed(
      '{ parties { edges { node { ...F } } } } fragment F on Party { allies(first: -1) { id } }',
    );
    expect(sizeProblem(schema, document, operation, {}, caps)?.value).toBe(-1);
  });
});

describe('operationCost', () => {
  it('charges one per object field and nothing for scalars', () => {
    expect(cost('{ party(id: "a") { id name country { id name } } }')).toBe(2);
  });

  it('multiplies what is below a list by its first argument, literal or variable', () => {
    expect(cost('{ party(id: "a") { allies(first: 50) { country { id } } } }')).toBe(1 + 1 + 50);
    expect(cost('query($n: Int) { party(id: "a") { allies(first: $n) { country { id } } } }', { n: 7 })).toBe(
      1 + 1 + 7,
    );
  });

  it("uses the argument's default when the query leaves it out", () => {
    expect(cost('{ party(id: "a") { allies { country { id } } } }')).toBe(1 + 1 + 5);
  });

  it('lets first on a connection bound the list below it', () => {
    expect(cost('{ parties(first: 10) { edges { node { country { id } } } } }')).toBe(1 + 1 + 10 + 10);
    expect(cost('{ neighbourhood(id: "a") { nodes { country { id } } } }')).toBe(1 + 1 + 200);
  });

  it('assumes DEFAULT_LIST_SIZE for a list nothing bounds, and multiplies nested lists', () => {
    expect(cost('{ everyone { country { id } } }')).toBe(1 + DEFAULT_LIST_SIZE);
    expect(cost('{ everyone { allies(first: 3) { country { id } } } }')).toBe(
      1 + DEFAULT_LIST_SIZE + DEFAULT_LIST_SIZE * 3,
    );
  });

  it('counts fragments where they are spread', () => {
    expect(cost('{ party(id: "a") { ...P } } fragment P on Party { country { within { id } } }')).toBe(3);
  });
});

describe('depth and alias rules', () => {
  const errors = (query: string) =>
    validate(schema, parse(query), [...specifiedRules, depthLimitRule(3), aliasLimitRule(2)]).map((e) => ({
      message: e.message,
      code: e.extensions.code,
    }));

  it('accept a query at the limits', () => {
    expect(errors('{ a: party(id: "a") { country { id } } b: party(id: "b") { id } }')).toEqual([]);
  });

  it('reject a query one level too deep, also through fragments', () => {
    expect(errors('{ party(id: "a") { country { within { id } } } }')).toEqual([
      { message: 'The query is nested 4 fields deep; the limit is 3 (maxDepth).', code: 'QUERY_TOO_COMPLEX' },
    ]);
    expect(errors('{ party(id: "a") { ...P } } fragment P on Party { country { within { id } } }')[0]?.code).toBe(
      'QUERY_TOO_COMPLEX',
    );
  });

  it('reject one alias too many', () => {
    expect(errors('{ a: party(id: "a") { id } b: party(id: "b") { id } c: party(id: "c") { id } }')).toEqual([
      { message: 'The query uses 3 aliases; the limit is 2 (maxAliases).', code: 'QUERY_TOO_COMPLEX' },
    ]);
  });

  it('survive a fragment cycle, which graphql-js reports itself', () => {
    const found = errors(
      '{ party(id: "a") { ...A } } fragment A on Party { country { id } ...B } fragment B on Party { ...A }',
    );
    expect(found.some((e) => /Cannot spread fragment/.test(e.message))).toBe(true);
  });
});

describe('API keys', () => {
  const keys = ['first-key-0123456789', 'second-key-0123456789'];

  it('reads the key of a Bearer header only', () => {
    expect(bearerKey('Bearer abc')).toBe('abc');
    expect(bearerKey('bearer   abc ')).toBe('abc');
    expect(bearerKey('Basic abc')).toBeNull();
    expect(bearerKey(undefined)).toBeNull();
  });

  it('matches any configured key exactly', () => {
    expect(keyMatches('second-key-0123456789', keys)).toBe(true);
    expect(keyMatches('second-key-012345678', keys)).toBe(false);
    expect(keyMatches('', keys)).toBe(false);
    expect(keyMatches('anything', [])).toBe(false);
  });

  it('lets reads through, and mutations only with a key', () => {
    const options = { apiKeys: keys, requireKeyForReads: false };
    expect(checkAccess('query', credentialsOf(undefined, keys), options).ok).toBe(true);
    expect(checkAccess('mutation', credentialsOf(`Bearer ${keys[0]}`, keys), options).ok).toBe(true);
    const refused = checkAccess('mutation', credentialsOf(undefined, keys), options);
    expect(refused.ok || refused.error.message).toMatch(/Authorization: Bearer/);
    const none = checkAccess('mutation', credentialsOf(`Bearer ${keys[0]}`, []), {
      apiKeys: [],
      requireKeyForReads: false,
    });
    expect(none.ok || none.error.message).toMatch(/FAULTLINE_API_KEYS/);
  });
});

describe('firstValidationProblem', () => {
  it('names nested array items as a path', () => {
    const problem = firstValidationProblem([
      {
        property: 'evidence',
        children: [
          { property: '1', children: [{ property: 'quote', constraints: { isNotEmpty: 'must not be empty' } }] },
        ],
      },
    ]);
    expect(problem).toEqual({ field: 'evidence[1].quote', message: 'must not be empty' });
  });
});
