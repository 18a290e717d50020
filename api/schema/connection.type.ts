import { Field, Int, ObjectType } from 'type-graphql';
import { Event } from './event.type.js';
import { Party } from './party.type.js';
import { Relationship } from './relationship.type.js';

@ObjectType({ simpleResolvers: true, description: 'Where a page sits in a connection (Relay cursor connections).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more items follow `endCursor`.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'True when this page was asked for with `after` (items come before it).' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item on the page.' })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item on the page; pass it as `after` for the next page.',
  })
  endCursor!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A party in a page of parties.' })
export class PartyEdge {
  @Field(() => String, { description: 'Opaque cursor of this item.' })
  cursor!: string;

  @Field(() => Party, { description: 'The party.' })
  node!: Party;
}

@ObjectType({ simpleResolvers: true, description: 'A page of parties.' })
export class PartyConnection {
  @Field(() => [PartyEdge], { description: 'The parties on this page, in the requested order.' })
  edges!: PartyEdge[];

  @Field(() => PageInfo, { description: 'Where this page sits.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many parties match the filter, on all pages.' })
  totalCount!: number;
}

@ObjectType({ simpleResolvers: true, description: 'An event in a page of events.' })
export class EventEdge {
  @Field(() => String, { description: 'Opaque cursor of this item.' })
  cursor!: string;

  @Field(() => Event, { description: 'The event.' })
  node!: Event;
}

@ObjectType({ simpleResolvers: true, description: 'A page of events.' })
export class EventConnection {
  @Field(() => [EventEdge], { description: 'The events on this page, in the requested order.' })
  edges!: EventEdge[];

  @Field(() => PageInfo, { description: 'Where this page sits.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many events match the filter, on all pages.' })
  totalCount!: number;
}

@ObjectType({ simpleResolvers: true, description: "A relationship in a page of a node's relationships." })
export class RelationshipEdge {
  @Field(() => String, { description: 'Opaque cursor of this item.' })
  cursor!: string;

  @Field(() => Relationship, { description: 'The relationship.' })
  node!: Relationship;
}

@ObjectType({ simpleResolvers: true, description: "A page of a node's relationships, most recent first." })
export class RelationshipConnection {
  @Field(() => [RelationshipEdge], { description: 'The relationships on this page.' })
  edges!: RelationshipEdge[];

  @Field(() => PageInfo, { description: 'Where this page sits.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many relationships match, on all pages.' })
  totalCount!: number;
}
