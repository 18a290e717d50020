/**
 * Which field resolvers graphql-js calls directly rather than through type-graphql's wrapper
 * (api/schema/direct-resolvers.ts), and that they answer as the wrapper does. The whole API
 * suite runs on the directly called resolvers; this pins down the selection.
 */
import 'reflect-metadata';
import type { GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDecoratedSchema, schemaResolvers } from '../../api/schema/build-schema.js';
import { callFieldResolversDirectly } from '../../api/schema/direct-resolvers.js';
import { parseFuzzyDate } from '../../core/domain/fuzzy-date.js';

const RESOLVERS = schemaResolvers();
const build = () => buildDecoratedSchema(RESOLVERS);

const EVENT_TYPES = ['Attack', 'Strike', 'Conflict', 'Resolution', 'Meeting', 'Statement', 'Transition'];

describe('callFieldResolversDirectly', () => {
  let replaced: string[];
  let wrapped: Awaited<ReturnType<typeof build>>;
  let direct: Awaited<ReturnType<typeof build>>;

  beforeAll(async () => {
    wrapped = await build();
    direct = await build();
    replaced = callFieldResolversDirectly(direct, RESOLVERS);
  });

  it("calls the per-item field resolvers directly: a relationship's ends and bases, evidence, dates, places, countries", () => {
    const expected = [
      'Relationship.fromNode',
      'Relationship.toNode',
      'Relationship.derivedFrom',
      'Evidence.source',
      'Evidence.offset',
      'FuzzyDate.firstDay',
      'FuzzyDate.lastDay',
      'Person.country',
      'Organisation.country',
      'Place.within',
      'Source.text',
      'Tie.from',
      'Tie.to',
      ...EVENT_TYPES.map((t) => `${t}.place`),
      // Node.relationships, with its arguments, through its own function, on every node type.
      'Person.relationships',
      'Place.relationships',
      ...EVENT_TYPES.map((t) => `${t}.relationships`),
    ];
    expect(replaced).toEqual(expect.arrayContaining(expected));
  });

  it('leaves to type-graphql the field resolvers with arguments it converts (events by role, pages, lists of an analysis)', () => {
    for (const field of [
      'Person.events',
      'Person.eventsPage',
      'Analysis.signedTies',
      'Analysis.blocs',
      'Changes.formed',
    ]) {
      expect(replaced).not.toContain(field);
    }
  });

  it('replaces only fields that have a resolver, and only on types of the schema', () => {
    for (const name of replaced) {
      const [type, field] = name.split('.') as [string, string];
      const before = (wrapped.getType(type) as GraphQLObjectType).getFields()[field]?.resolve;
      const after = (direct.getType(type) as GraphQLObjectType).getFields()[field]?.resolve;
      expect(before, name).toBeTypeOf('function');
      expect(after, name).toBeTypeOf('function');
      expect(after, name).not.toBe(before);
    }
  });

  it('answers as the wrapper does', async () => {
    const info = {} as GraphQLResolveInfo;
    const call = (schema: typeof direct, type: string, field: string, root: unknown) =>
      (schema.getType(type) as GraphQLObjectType).getFields()[field]?.resolve?.(root, {}, {}, info);
    for (const written of ['2024-01-27', '2024-02', '2023']) {
      const parsed = parseFuzzyDate(written);
      if (!('date' in parsed)) throw new Error(`${written}: ${parsed.problem}`);
      for (const field of ['firstDay', 'lastDay']) {
        const viaWrapper = await call(wrapped, 'FuzzyDate', field, parsed.date);
        expect(call(direct, 'FuzzyDate', field, parsed.date), `${written} ${field}`).toEqual(viaWrapper);
      }
    }
    const february = parseFuzzyDate('2024-02');
    if (!('date' in february)) throw new Error(february.problem);
    expect(call(direct, 'FuzzyDate', 'lastDay', february.date)).toBe('2024-02-29');
  });
});
