/** Types of the actor-level network: party-to-party ties aggregated from events and relationships. */
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { NetworkKind, PartyType } from '../../core/domain/vocabulary.js';
import { NetworkKindEnum, PartyTypeEnum } from './enums.js';
import { DateScalar } from './scalars.js';

export const NetworkLevelEnum = { ACTOR: 'ACTOR', EVENT: 'EVENT' } as const;
export type NetworkLevel = keyof typeof NetworkLevelEnum;
registerEnumType(NetworkLevelEnum, {
  name: 'NetworkLevel',
  description: 'ACTOR: party-to-party ties (`actorNetwork`); EVENT: every relationship with its events (`network`).',
});

export const TieOrderEnum = { WEIGHT_DESC: 'WEIGHT_DESC', RECENT_FIRST: 'RECENT_FIRST' } as const;
registerEnumType(TieOrderEnum, {
  name: 'TieOrder',
  description:
    'WEIGHT_DESC: heaviest ties first, then most recent; RECENT_FIRST: latest last date first, then heaviest.',
});

@ObjectType({
  simpleResolvers: true,
  description: 'How many events of one type, or relationships of one type, are behind a tie.',
})
export class TieCount {
  @Field(() => String, {
    description:
      'An event type (Attack, Strike, Conflict, …) or a relationship type (OPPOSES, CONDEMNED, REPRESENTS, …).',
  })
  kind!: string;

  @Field(() => Int, { description: 'How many events or relationships of that kind.' })
  count!: number;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'A directed tie between two parties, aggregated from the events and stated relationships between them (OPPOSITION: events the first carried out that targeted or killed the second, and OPPOSES/CONDEMNED/DEMANDS/KILLED; REPRESENTATION: REPRESENTS/MEMBER_OF/PART_OF and chains of them collapsed to the party represented). A derived relationship counts only when no event of the first party targeted or killed the second (it would restate them).',
})
export class Tie {
  @Field(() => ID, { description: 'Stable: "<fromId>|<kind>|<toId>", kind OPPOSITION or REPRESENTATION.' })
  id!: string;

  @Field(() => NetworkKindEnum, { description: 'OPPOSITION or REPRESENTATION.' })
  kind!: NetworkKind;

  @Field(() => ID, { description: 'Id of the party the tie starts from (the perpetrator, the representative).' })
  fromId!: string;

  @Field(() => ID, { description: 'Id of the party the tie points to (the target, the party represented).' })
  toId!: string;

  @Field(() => [TieCount], { description: 'Events by type and relationships by type, largest first.' })
  counts!: TieCount[];

  @Field(() => Int, { description: 'Number of events and relationships behind the tie.' })
  total!: number;

  @Field(() => Float, { description: 'The weight the network is ordered by: every event and relationship counts one.' })
  weight!: number;

  @Field(() => DateScalar, { nullable: true, description: 'First day of what is behind the tie (null when undated).' })
  firstDate!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of what is behind the tie (null when undated).' })
  lastDate!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "Sum of the events' fatalities, over the events that give a figure; null when none does.",
  })
  fatalities!: number | null;

  @Field(() => [String], { description: 'Roles of the REPRESENTS relationships behind a representation tie.' })
  roles!: string[];
}

@ObjectType({
  simpleResolvers: true,
  description: 'A party in the actor network, with its figures over the whole window.',
})
export class ActorParty {
  @Field(() => ID, { description: "The party's id." })
  id!: string;

  @Field(() => String, { description: 'Display name.' })
  name!: string;

  @Field(() => PartyTypeEnum, { description: 'Person or Organisation.' })
  type!: PartyType;

  @Field(() => String, { nullable: true, description: 'Organisation kind, when known.' })
  kind!: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The state or bloc the party belongs to: the nearest STATE or COALITION organisation reached by 1 to 3 PART_OF/MEMBER_OF steps (nearest, then by id); null for none.',
  })
  parentId!: string | null;

  @Field(() => String, { nullable: true, description: 'Name of that state or bloc.' })
  parentName!: string | null;

  @Field(() => Int, { description: 'Ties touching the party in the whole network of the window (not only this page).' })
  degree!: number;

  @Field(() => Float, { description: 'Summed weight of those ties.' })
  weight!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A page of the actor network and the size of the whole. Pass `endCursor` as `after` for the next page.',
})
export class ActorNetwork {
  @Field(() => [Tie], { description: 'The ties of this page, in the requested order.' })
  ties!: Tie[];

  @Field(() => [ActorParty], { description: 'The parties the ties of this page touch.' })
  parties!: ActorParty[];

  @Field(() => Int, { description: 'Ties in the whole matching network (after `focus` and `minWeight`).' })
  totalTies!: number;

  @Field(() => Int, { description: 'Parties touched by the whole matching network.' })
  totalParties!: number;

  @Field(() => Boolean, { description: 'True when this page leaves out ties of the matching network.' })
  truncated!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on an empty page.' })
  endCursor!: string | null;

  @Field(() => Boolean, { description: 'True when another page follows this one.' })
  hasNextPage!: boolean;
}
