/** Arguments of `actorNetwork`, `tie` and a tie's evidence. */
import { ArgsType, Field, Float, ID, Int } from 'type-graphql';
import type { NetworkKind } from '../../core/domain/vocabulary.js';
import type { TieOrder } from '../services/actor-network-ties.js';
import { LIMITS } from '../services/limits.js';
import { TieOrderEnum } from './actor-network.type.js';
import { NetworkKindEnum } from './enums.js';
import { DateScalar } from './scalars.js';

/** Most ties on one page of `actorNetwork`. */
export const ACTOR_PAGE_MAX = 5000;

@ArgsType()
export class ActorNetworkArgs {
  @Field(() => NetworkKindEnum, {
    nullable: true,
    defaultValue: 'OPPOSITION',
    description: 'OPPOSITION, REPRESENTATION, or ALL (both kinds of ties).',
  })
  kind?: NetworkKind | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Only events and relationships whose time reaches this day or later.',
  })
  from?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Only events and relationships whose time begins on or before this day.',
  })
  to?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Only ties that touch one of these parties (expand on demand).' })
  focus?: string[] | null;

  @Field(() => Float, { nullable: true, defaultValue: 0, description: 'Only ties of at least this weight.' })
  minWeight?: number | null;

  @Field(() => Int, { nullable: true, defaultValue: 200, description: `Ties on this page, at most ${ACTOR_PAGE_MAX}.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: '`endCursor` of the previous page.' })
  after?: string | null;

  @Field(() => TieOrderEnum, { nullable: true, defaultValue: 'WEIGHT_DESC', description: 'Order of the ties.' })
  orderBy?: TieOrder | null;
}

@ArgsType()
export class TieArgs {
  @Field(() => ID, { description: 'A tie id: "<fromId>|OPPOSITION|<toId>" or "<fromId>|REPRESENTATION|<toId>".' })
  id!: string;
}

@ArgsType()
export class EvidenceArgs {
  @Field(() => Int, { nullable: true, defaultValue: 10, description: `Page size, at most ${LIMITS.pageSize}.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: '`pageInfo.endCursor` of the previous page.' })
  after?: string | null;
}
