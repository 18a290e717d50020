/** Arguments of `network` and `neighbourhood`. */
import { ArgsType, Field, ID, Int } from 'type-graphql';
import type { NetworkKind, RelationshipType } from '../../core/domain/vocabulary.js';
import { LIMITS } from '../services/limits.js';
import { type NetworkLevel, NetworkLevelEnum } from './actor-network.type.js';
import { NetworkKindEnum, RelationshipTypeEnum } from './enums.js';
import { DateScalar } from './scalars.js';

@ArgsType()
export class NetworkArgs {
  @Field(() => NetworkKindEnum, { nullable: true, defaultValue: 'ALL', description: 'Which named network to draw.' })
  kind?: NetworkKind | null;

  @Field(() => NetworkLevelEnum, {
    nullable: true,
    defaultValue: 'EVENT',
    description:
      'EVENT (every relationship, events as nodes). The ACTOR level, party-to-party ties, is `actorNetwork`; asking it here is BAD_USER_INPUT.',
  })
  level?: NetworkLevel | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only relationships whose time reaches this day or later.' })
  from?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Only relationships whose time begins on or before this day.',
  })
  to?: string | null;

  @Field(() => [RelationshipTypeEnum], {
    nullable: true,
    description: "Narrows the network's relationship types to those also in this list.",
  })
  types?: RelationshipType[] | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: 2000,
    description: `Most relationships on this page, most recent first; at most ${LIMITS.networkEdges}. \`totalEdges\` and \`truncated\` say what the page leaves out.`,
  })
  limit?: number | null;

  @Field(() => String, {
    nullable: true,
    description: '`endCursor` of the previous page: pages through the whole network, each relationship exactly once.',
  })
  after?: string | null;
}

@ArgsType()
export class NeighbourhoodArgs {
  @Field(() => ID, { description: 'The node at the centre.' })
  id!: string;

  @Field(() => Int, {
    nullable: true,
    defaultValue: 1,
    description: `How many steps out to go, 1 to ${LIMITS.neighbourhoodDepth}.`,
  })
  depth?: number | null;

  @Field(() => [RelationshipTypeEnum], {
    nullable: true,
    description: 'Only follow and return relationships of these types (all types when omitted).',
  })
  types?: RelationshipType[] | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: 200,
    description: `Most nodes besides the centre, nearest first, then the best connected; at most ${LIMITS.neighbourhoodNodes}.`,
  })
  limit?: number | null;
}
