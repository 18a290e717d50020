import { Field, Int, InterfaceType, ObjectType } from 'type-graphql';
import type { ResolutionKind } from '../../core/domain/vocabulary.js';
import { ResolutionKindEnum } from './enums.js';
import { FuzzyDate } from './fuzzy-date.type.js';
import { Node, resolveNodeType } from './node.type.js';
import { Place } from './place.type.js';

@InterfaceType({
  implements: Node,
  description: 'Something that happened: an attack, a strike, a resolution, a meeting, a statement or a transition.',
  resolveType: resolveNodeType,
})
export abstract class Event extends Node {
  @Field(() => String, { nullable: true, description: 'What happened, in a sentence or two.' })
  summary!: string | null;

  @Field(() => FuzzyDate, { nullable: true, description: 'When it happened, as precisely as the sources say.' })
  date!: FuzzyDate | null;

  @Field(() => Place, { nullable: true, description: 'Where it happened, when the sources say.' })
  place!: Place | null;
}

@ObjectType({
  simpleResolvers: true,
  implements: [Node, Event],
  description: 'An attack by a party (rocket, drone, bombing ...).',
})
export class Attack extends Event {
  @Field(() => String, { nullable: true, description: 'The means ("rocket", "drone"), when stated.' })
  method!: string | null;

  @Field(() => Int, { nullable: true, description: 'Deaths, when the sources give a number.' })
  fatalities!: number | null;
}

@ObjectType({
  simpleResolvers: true,
  implements: [Node, Event],
  description: "A military strike, typically by a state's forces.",
})
export class Strike extends Event {
  @Field(() => String, { nullable: true, description: 'The means ("airstrike", "drone"), when stated.' })
  method!: string | null;

  @Field(() => Int, { nullable: true, description: 'Deaths, when the sources give a number.' })
  fatalities!: number | null;
}

@ObjectType({ simpleResolvers: true, implements: [Node, Event], description: 'A resolution, petition or motion.' })
export class Resolution extends Event {
  @Field(() => ResolutionKindEnum, { nullable: true, description: 'Resolution, petition or motion.' })
  resolutionKind!: ResolutionKind | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True when binding, false when non-binding, null when not stated.',
  })
  binding!: boolean | null;
}

@ObjectType({
  simpleResolvers: true,
  implements: [Node, Event],
  description: 'An armed conflict or war as a whole, as opposed to a single attack or strike within it.',
})
export class Conflict extends Event {}

@ObjectType({ simpleResolvers: true, implements: [Node, Event], description: 'A meeting, talks or a session.' })
export class Meeting extends Event {}

@ObjectType({ simpleResolvers: true, implements: [Node, Event], description: 'A public statement by a party.' })
export class Statement extends Event {}

@ObjectType({
  simpleResolvers: true,
  implements: [Node, Event],
  description: 'A change of status, such as a mission moving to an advisory role.',
})
export class Transition extends Event {}
