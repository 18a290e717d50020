import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { RelationshipRecord } from '../../../core/domain/records.js';
import { requireWriter } from '../../auth/require-writer.js';
import { RelationshipWriteService, type RetractResult as RetractValue } from '../../services/write/index.js';
import type { FaultlineContext } from '../context.js';
import { Relationship } from '../relationship.type.js';
import { toFuzzyDate } from './fuzzy-date.input.js';
import { RelateInput } from './relate.input.js';
import { RetractResult } from './retract.type.js';
import { validatedInput } from './validate-input.js';

@Resolver()
export class RelationshipMutationResolver {
  @Mutation(() => Relationship, {
    description:
      'States a relationship with verbatim evidence. The id is from:TYPE:to (plus :key), so relating the same triple again adds evidence instead of a duplicate. Needs an API key.',
  })
  async relate(
    @Arg('input', () => RelateInput, validatedInput('The relationship, its endpoints and its evidence.'))
    input: RelateInput,
    @Ctx() ctx: FaultlineContext,
  ): Promise<RelationshipRecord> {
    requireWriter(ctx);
    return new RelationshipWriteService(ctx.db).relate({
      type: input.type,
      from: input.from,
      to: input.to,
      key: input.key ?? null,
      role: input.role,
      date: toFuzzyDate(input.date, 'date'),
      note: input.note,
      evidence: input.evidence.map((e) => ({ source: e.source, quote: e.quote })),
    });
  }

  @Mutation(() => RetractResult, {
    description:
      'Removes a relationship. CONFLICT when derived relationships follow from it, unless cascade: true, which removes them too. Needs an API key.',
  })
  async retract(
    @Arg('id', () => ID, { description: 'Id of the relationship, as `relate` returned it.' }) id: string,
    @Arg('cascade', () => Boolean, {
      defaultValue: false,
      description: 'Also remove relationships derived from this one.',
    })
    cascade: boolean,
    @Ctx() ctx: FaultlineContext,
  ): Promise<RetractValue> {
    requireWriter(ctx);
    return new RelationshipWriteService(ctx.db).retract(id, cascade);
  }
}
