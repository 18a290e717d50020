/** Argument classes of the read fields; defaults and caps are in each description. */
import { ArgsType, Field, ID, Int } from 'type-graphql';
import type { Direction, EventRole, EventSort, PartySort } from '../../core/domain/index.js';
import type { NodeType, RelationshipType } from '../../core/domain/vocabulary.js';
import { LIMITS } from '../services/limits.js';
import {
  DirectionEnum,
  EventRoleEnum,
  EventSortEnum,
  NodeTypeEnum,
  PartySortEnum,
  RelationshipTypeEnum,
} from './enums.js';
import { EventFilter, PartyFilter } from './filters.input.js';

const PAGE = `Page size, at most ${LIMITS.pageSize}.`;
const AFTER = 'Cursor of the item after which the page starts (`pageInfo.endCursor` of the previous page).';
const TYPES = 'Only relationships of these types (all types when omitted).';

@ArgsType()
export class PartiesArgs {
  @Field(() => PartyFilter, { nullable: true, description: 'Conditions the parties must meet.' })
  filter?: PartyFilter | null;

  @Field(() => PartySortEnum, { nullable: true, defaultValue: 'NAME_ASC', description: 'Order of the parties.' })
  sort?: PartySort | null;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: PAGE })
  first?: number | null;

  @Field(() => String, { nullable: true, description: AFTER })
  after?: string | null;
}

@ArgsType()
export class EventsArgs {
  @Field(() => EventFilter, { nullable: true, description: 'Conditions the events must meet.' })
  filter?: EventFilter | null;

  @Field(() => EventSortEnum, { nullable: true, defaultValue: 'DATE_DESC', description: 'Order of the events.' })
  sort?: EventSort | null;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: PAGE })
  first?: number | null;

  @Field(() => String, { nullable: true, description: AFTER })
  after?: string | null;
}

@ArgsType()
export class RelationshipsArgs {
  @Field(() => [RelationshipTypeEnum], { nullable: true, description: TYPES })
  types?: RelationshipType[] | null;

  @Field(() => DirectionEnum, {
    nullable: true,
    defaultValue: 'BOTH',
    description: 'Relationships leaving the node (OUT), arriving (IN) or both.',
  })
  direction?: Direction | null;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: PAGE })
  first?: number | null;

  @Field(() => String, { nullable: true, description: AFTER })
  after?: string | null;
}

@ArgsType()
export class PartyEventsArgs {
  @Field(() => EventRoleEnum, { nullable: true, description: 'Only events in which the party played this part.' })
  role?: EventRole | null;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: PAGE })
  first?: number | null;

  @Field(() => String, { nullable: true, description: AFTER })
  after?: string | null;
}

@ArgsType()
export class SearchArgs {
  @Field(() => String, {
    description:
      'Words to look for in names, aliases, descriptions and summaries; each also matches as a prefix. At most 100 words of at most 200 characters; Lucene query syntax is not interpreted (its characters match as themselves).',
  })
  text!: string;

  @Field(() => [NodeTypeEnum], { nullable: true, description: 'Only nodes of these types.' })
  kinds?: NodeType[] | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: 10,
    description: `How many hits, best first; at most ${LIMITS.search}.`,
  })
  first?: number | null;
}

@ArgsType()
export class PathArgs {
  @Field(() => ID, { description: 'Id of the node to start from.' })
  from!: string;

  @Field(() => ID, { description: 'Id of the node to reach.' })
  to!: string;

  @Field(() => [RelationshipTypeEnum], {
    nullable: true,
    description: 'Only follow relationships of these types (all types when omitted).',
  })
  types?: RelationshipType[] | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: 6,
    description: `Longest path considered, in relationships; 1 to ${LIMITS.pathLength}.`,
  })
  maxLength?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: true,
    description: `Every shortest path (at most ${LIMITS.paths}) rather than one.`,
  })
  all?: boolean | null;
}
