/** Arguments of `analysis`, `changes` and their fields. */
import { ArgsType, Field, Float, Int } from 'type-graphql';
import type { CentralityMeasure } from '../services/analysis.service.js';
import { CentralityMeasureEnum, WindowInput } from './analysis.type.js';
import { DateScalar } from './scalars.js';

/** Caps of the list fields of `analysis`. */
export const ANALYSIS_CAPS = {
  signedTies: 5000,
  triangles: 500,
  centrality: 1000,
  k: 10,
  changesK: 10,
  changes: 5000,
} as const;

@ArgsType()
export class AnalysisArgs {
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

@ArgsType()
export class ChangesArgs {
  @Field(() => WindowInput, { description: 'The first window.' })
  before!: WindowInput;

  @Field(() => WindowInput, { description: 'The second window.' })
  after!: WindowInput;

  @Field(() => Int, { nullable: true, defaultValue: 2, description: `Blocs compared, 1 to ${ANALYSIS_CAPS.changesK}.` })
  k?: number | null;
}

@ArgsType()
export class SignedTiesArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: 100,
    description: `How many, strongest first (|positive − negative|, then all evidence); at most ${ANALYSIS_CAPS.signedTies}.`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Id of the last tie of the previous page.' })
  after?: string | null;
}

@ArgsType()
export class TrianglesArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: 20,
    description: `How many, the strongest first (summed tie weight); at most ${ANALYSIS_CAPS.triangles}.`,
  })
  first?: number | null;
}

@ArgsType()
export class BlocsArgs {
  @Field(() => Int, { nullable: true, defaultValue: 2, description: `Number of blocs, 1 to ${ANALYSIS_CAPS.k}.` })
  k?: number | null;

  @Field(() => Float, {
    nullable: true,
    defaultValue: 0.5,
    description: 'Weight of negative ties within blocs against positive ties between them, 0 to 1.',
  })
  alpha?: number | null;
}

@ArgsType()
export class CentralityArgs {
  @Field(() => CentralityMeasureEnum, { description: 'Which centrality.' })
  measure!: CentralityMeasure;

  @Field(() => Int, {
    nullable: true,
    defaultValue: 20,
    description: `How many, highest first; at most ${ANALYSIS_CAPS.centrality}.`,
  })
  first?: number | null;
}

@ArgsType()
export class ChangeListArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: 100,
    description: `How many, the strongest ties first (parties in id order); at most ${ANALYSIS_CAPS.changes}.`,
  })
  first?: number | null;
}
