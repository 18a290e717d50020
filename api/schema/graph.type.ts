import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { NodeType } from '../../core/domain/vocabulary.js';
import { NodeTypeEnum } from './enums.js';
import { FuzzyDate } from './fuzzy-date.type.js';
import { Node } from './node.type.js';
import { Relationship } from './relationship.type.js';

@ObjectType({
  simpleResolvers: true,
  description: 'A node as the explorer draws it: the few fields a graph view needs, plus the full node.',
})
export class GraphNode {
  @Field(() => ID, { description: "The node's id." })
  id!: string;

  @Field(() => NodeTypeEnum, { description: "The node's concrete type." })
  type!: NodeType;

  @Field(() => String, { description: 'Display name.' })
  label!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Organisation kind, place kind or resolution kind, when the node has one.',
  })
  kind!: string | null;

  @Field(() => FuzzyDate, { nullable: true, description: 'Events: when they happened.' })
  date!: FuzzyDate | null;

  @Field(() => Node, { description: 'The node with all its fields.' })
  node!: Node;
}

@ObjectType({ simpleResolvers: true, description: "A subgraph: every edge's `from` and `to` are among its nodes." })
export class Graph {
  @Field(() => [GraphNode], { description: 'The nodes, each once.' })
  nodes!: GraphNode[];

  @Field(() => [Relationship], { description: 'The relationships, each once, most relevant first.' })
  edges!: Relationship[];

  @Field(() => Int, {
    description:
      'Relationships in the whole answer before any limit: the whole network (all pages), or every relationship among all the nodes within `depth` of a neighbourhood.',
  })
  totalEdges!: number;

  @Field(() => Boolean, {
    description: 'True when this answer leaves out relationships (or, for a neighbourhood, nodes) of the whole.',
  })
  truncated!: boolean;

  @Field(() => String, {
    nullable: true,
    description: '`network` only: pass as `after` for the next page; null on an empty page and elsewhere.',
  })
  endCursor!: string | null;

  @Field(() => Boolean, { description: '`network` only: true when another page follows this one.' })
  hasNextPage!: boolean;
}

@ObjectType({ simpleResolvers: true, description: 'One full-text search result.' })
export class SearchHit {
  @Field(() => Node, { description: 'The node that matched.' })
  node!: Node;

  @Field(() => Float, { description: 'Relevance; higher is better. Only comparable within one search.' })
  score!: number;
}
