/** Types of the signed-network analyses (`analysis`, `changes`). */
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from './scalars.js';

export const CentralityMeasureEnum = {
  SIGNED_DEGREE: 'SIGNED_DEGREE',
  NEGATIVE_DEGREE: 'NEGATIVE_DEGREE',
  POSITIVE_DEGREE: 'POSITIVE_DEGREE',
  PN: 'PN',
  PAGERANK: 'PAGERANK',
  BETWEENNESS: 'BETWEENNESS',
} as const;
registerEnumType(CentralityMeasureEnum, {
  name: 'CentralityMeasure',
  description:
    'SIGNED_DEGREE: friendly minus hostile signed ties; NEGATIVE_DEGREE / POSITIVE_DEGREE: hostile / friendly ties (who is the most opposed); PN: the PN index (Everett & Borgatti); PAGERANK, BETWEENNESS: on all ties, unsigned, weighted by their evidence (who brokers between camps; betweenness is sampled above 2,000 parties).',
});

@InputType({ description: 'A time window; open ends are unbounded.' })
export class WindowInput {
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
}

@ObjectType({
  simpleResolvers: true,
  description:
    'An undirected tie between two parties with its friendly and hostile evidence in the window (see `analysis` for the rule).',
})
export class SignedTie {
  @Field(() => ID, { description: '"<a>|SIGNED|<b>", the two party ids in order.' })
  id!: string;

  @Field(() => ID, { description: 'One party (the smaller id).' })
  fromId!: string;

  @Field(() => ID, { description: 'The other party (the larger id).' })
  toId!: string;

  @Field(() => Int, { description: 'sign(positive − negative): 1, −1, or 0 for a neutral tie.' })
  sign!: number;

  @Field(() => Float, { description: 'Friendly evidence: SUPPORTS, representation, shared coalitions.' })
  positive!: number;

  @Field(() => Float, {
    description: 'Hostile evidence: events against each other, OPPOSES, CONDEMNED, DEMANDS, KILLED.',
  })
  negative!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Signed triangles by type.' })
export class TriangleCensus {
  @Field(() => Int, { description: '+++ (balanced)' })
  ppp!: number;

  @Field(() => Int, { description: '++− (unbalanced)' })
  ppn!: number;

  @Field(() => Int, { description: '+−− (balanced: the enemy of my enemy is my friend)' })
  pnn!: number;

  @Field(() => Int, { description: '−−− (unbalanced)' })
  nnn!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Three parties whose ties break "the enemy of my enemy is my friend".',
})
export class Triangle {
  @Field(() => [ID], { description: 'The three parties.' })
  partyIds!: string[];

  @Field(() => [SignedTie], { description: 'The three ties between them, with their evidence.' })
  ties!: SignedTie[];
}

@ObjectType({
  simpleResolvers: true,
  description:
    'The frustration index: the fewest signed ties whose sign must change for the network to be balanced (exact per component up to 30 parties, else a local search with a proven lower bound).',
})
export class Frustration {
  @Field(() => Float, { description: 'Ties to flip: the minimum when `exact`, else the best found (an upper bound).' })
  value!: number;

  @Field(() => Boolean, { description: 'True when `value` is proven minimal.' })
  exact!: boolean;

  @Field(() => Float, { description: 'A proven lower bound (equals `value` when exact).' })
  lowerBound!: number;

  @Field(() => Float, { description: "signnet's frustration balance score: 1 − value / (signed ties / 2)." })
  score!: number;

  @Field(() => [SignedTie], {
    description: 'The ties the best partition found leaves frustrated (at most 500, strongest first).',
  })
  frustratedTies!: SignedTie[];
}

@ObjectType({ description: 'Structural balance of the signed network.' })
export class Balance {
  @Field(() => TriangleCensus, { description: 'Signed triangles by type.' })
  census!: TriangleCensus;

  @Field(() => Float, { nullable: true, description: 'Balanced triangles / all triangles; null without triangles.' })
  triangleScore!: number | null;

  @Field(() => Frustration, { description: 'The frustration index and the ties behind it.' })
  frustration!: Frustration;

  @Field(() => Int, { description: 'Unbalanced triangles in the whole network.' })
  unbalancedTotal!: number;
}

@ObjectType({ simpleResolvers: true, description: 'One bloc of a signed blockmodel.' })
export class Bloc {
  @Field(() => Int, { description: 'Number of the bloc, from 0 (only meaningful within one answer).' })
  id!: number;

  @Field(() => [ID], { description: 'Its parties.' })
  partyIds!: string[];

  @Field(() => Int, { description: 'How many parties.' })
  size!: number;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'A partition into k blocs minimising alpha × (negative ties within blocs) + (1 − alpha) × (positive ties between blocs), the Doreian–Mrvar criterion (as signnet::signed_blockmodel).',
})
export class Blocs {
  @Field(() => Int, { description: 'Number of blocs asked for.' })
  k!: number;

  @Field(() => Float, {
    description: 'Weight of negative ties within blocs (1 − alpha for positive ties between them).',
  })
  alpha!: number;

  @Field(() => Float, { description: 'The criterion of the partition: lower is better, 0 is a perfect fit.' })
  criterion!: number;

  @Field(() => [Bloc], { description: 'The blocs, non-empty ones only.' })
  blocs!: Bloc[];
}

@ObjectType({ simpleResolvers: true, description: "A party's score on a centrality measure." })
export class CentralityScore {
  @Field(() => ID, { description: "The party's id." })
  partyId!: string;

  @Field(() => Float, { description: 'The score.' })
  value!: number;

  @Field(() => Int, { description: '1 for the highest value.' })
  rank!: number;
}

@ObjectType({ simpleResolvers: true, description: 'A Louvain community of the friendly ties.' })
export class Community {
  @Field(() => Int, { description: 'Number of the community (only meaningful within one answer).' })
  id!: number;

  @Field(() => [ID], { description: 'Its parties.' })
  partyIds!: string[];
}

@ObjectType({
  description:
    "Signed-network analyses of the actor network in a window. Sign rule, between two parties: hostile evidence is each event one carried out that targeted or killed the other and each OPPOSES, CONDEMNED, DEMANDS or KILLED between them; friendly evidence is each SUPPORTS, REPRESENTS, MEMBER_OF or PART_OF between them and each coalition (of at most 200 members) both are MEMBER_OF; a derived relationship counts only when no event of one party targeted or killed the other (it would restate them); the tie's sign is sign(friendly − hostile). Results are cached per graph version.",
})
export class Analysis {
  @Field(() => String, { description: 'The graph version the results were computed on; a write changes it.' })
  graphVersion!: string;

  @Field(() => Int, { description: 'Parties with at least one tie.' })
  parties!: number;

  @Field(() => Int, { description: 'Ties, neutral ones included.' })
  ties!: number;
}

@ObjectType({ simpleResolvers: true, description: 'A party whose bloc changed between two windows.' })
export class BlocChange {
  @Field(() => ID, { description: "The party's id." })
  partyId!: string;

  @Field(() => Int, { nullable: true, description: 'Bloc in the first window; null when the party was not in it.' })
  before!: number | null;

  @Field(() => Int, { nullable: true, description: 'Bloc in the second window; null when the party is not in it.' })
  after!: number | null;
}

@ObjectType({ simpleResolvers: true, description: 'A tie whose sign changed between two windows.' })
export class TieChange {
  @Field(() => SignedTie, { description: 'The tie as it is in the second window.' })
  tie!: SignedTie;

  @Field(() => Int, { description: 'Its sign in the first window (1, −1 or 0).' })
  beforeSign!: number;

  @Field(() => Int, { description: 'Its sign in the second window.' })
  afterSign!: number;
}

@ObjectType({
  description:
    'What changed between two windows. Each list is cut at its `first` (strongest ties first); its total says how long it is.',
})
export class Changes {}
