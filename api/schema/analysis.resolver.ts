import { Args, Ctx, FieldResolver, Float, Int, Query, Resolver, Root } from 'type-graphql';
import { badInput } from '../errors/index.js';
import {
  type ChangesValue,
  guarded,
  type SignedTieValue,
  signedEvidenceQueries,
  type WindowAnalysis,
  windowAnalysis,
  windowChanges,
} from '../services/analysis.service.js';
import { checkRange, checkWindow } from '../services/limits.js';
import { EvidenceArgs } from './actor-network.args.js';
import { evidencePage } from './actor-network.evidence.js';
import { partyOf } from './actor-network.resolver.js';
import {
  ANALYSIS_CAPS,
  AnalysisArgs,
  BlocsArgs,
  CentralityArgs,
  ChangeListArgs,
  ChangesArgs,
  SignedTiesArgs,
  TrianglesArgs,
} from './analysis.args.js';
import {
  Analysis,
  Balance,
  BlocChange,
  Blocs,
  CentralityScore,
  Changes,
  Community,
  Frustration,
  SignedTie,
  TieChange,
  Triangle,
  TriangleCensus,
} from './analysis.type.js';
import { RelationshipConnection } from './connection.type.js';
import type { FaultlineContext } from './context.js';
import { Party } from './party.type.js';

/** Most frustrated ties listed. */
const FRUSTRATED_MAX = 500;

function tiesOf(a: WindowAnalysis, refs: readonly { a: string; b: string }[]): SignedTieValue[] {
  return refs.flatMap((r) => a.tie(r.a, r.b) ?? []);
}

@Resolver(() => Analysis)
export class AnalysisResolver {
  @Query(() => Analysis, {
    description:
      'Signed-network analyses of the actor network in a time window: balance, blocs, communities, centrality, each with the ties and evidence behind it. Computed once per graph version and window; a repeated question is answered from memory.',
  })
  analysis(@Args(() => AnalysisArgs) args: AnalysisArgs, @Ctx() ctx: FaultlineContext) {
    return guarded(() => windowAnalysis(ctx.db, checkWindow(args.from, args.to)));
  }

  @Query(() => Changes, {
    description:
      'What changed between two windows: ties that formed, dissolved or changed sign, and parties that changed bloc.',
  })
  changes(@Args(() => ChangesArgs) args: ChangesArgs, @Ctx() ctx: FaultlineContext): Promise<ChangesValue> {
    const k = checkRange('k', args.k ?? 2, 1, ANALYSIS_CAPS.changesK);
    const before = checkWindow(args.before.from, args.before.to, 'before.to');
    const after = checkWindow(args.after.from, args.after.to, 'after.to');
    return guarded(() => windowChanges(ctx.db, before, after, k));
  }

  @FieldResolver(() => String, { description: 'The graph version the results were computed on; a write changes it.' })
  graphVersion(@Root() a: WindowAnalysis) {
    return a.version;
  }

  @FieldResolver(() => Int, { description: 'Pairs of parties with any evidence, neutral ones included.' })
  ties(@Root() a: WindowAnalysis) {
    return a.graph.pairCount;
  }

  @FieldResolver(() => [SignedTie], { description: 'The ties, strongest first.' })
  signedTies(@Root() a: WindowAnalysis, @Args(() => SignedTiesArgs) args: SignedTiesArgs) {
    const first = checkRange('first', args.first ?? 100, 0, ANALYSIS_CAPS.signedTies);
    const ranked = a.ranked();
    let start = 0;
    if (args.after) {
      const at = ranked.findIndex((t) => t.id === args.after);
      if (at < 0) throw badInput('after', `"after" (${args.after}) is not a tie of this analysis.`);
      start = at + 1;
    }
    return ranked.slice(start, start + first);
  }

  @FieldResolver(() => Balance, { description: 'Structural balance.' })
  balance(@Root() a: WindowAnalysis) {
    return a;
  }

  @FieldResolver(() => Blocs, { description: 'A signed blockmodel of k blocs (the best of several seeded restarts).' })
  blocs(@Root() a: WindowAnalysis, @Args(() => BlocsArgs) args: BlocsArgs) {
    const k = checkRange('k', args.k ?? 2, 1, ANALYSIS_CAPS.k);
    const alpha = args.alpha ?? 0.5;
    if (!(alpha >= 0 && alpha <= 1)) throw badInput('alpha', `"alpha" must be between 0 and 1, got ${alpha}.`);
    return guarded(() => {
      const r = a.blocs(k, alpha);
      return {
        k: r.k,
        alpha: r.alpha,
        criterion: r.criterion,
        blocs: r.blocs.map((partyIds, id) => ({ id, partyIds, size: partyIds.length })),
      };
    });
  }

  @FieldResolver(() => [Community], {
    description: 'Louvain communities of the friendly ties (weighted by net friendliness).',
  })
  communities(@Root() a: WindowAnalysis) {
    return a.communities().communities.map((partyIds, id) => ({ id, partyIds }));
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Modularity of those communities.' })
  modularity(@Root() a: WindowAnalysis) {
    return a.graph.n === 0 ? null : a.communities().modularity;
  }

  @FieldResolver(() => [CentralityScore], { description: 'Parties ranked by a centrality, highest first.' })
  centrality(@Root() a: WindowAnalysis, @Args(() => CentralityArgs) args: CentralityArgs) {
    const first = checkRange('first', args.first ?? 20, 0, ANALYSIS_CAPS.centrality);
    return a.centrality(args.measure).slice(0, first);
  }
}

@Resolver(() => Balance)
export class BalanceResolver {
  @FieldResolver(() => TriangleCensus, { description: 'Signed triangles by type.' })
  census(@Root() a: WindowAnalysis) {
    return a.census();
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: 'Balanced triangles / all triangles; null without triangles.',
  })
  triangleScore(@Root() a: WindowAnalysis) {
    return a.census().balanceScore;
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'Walk balance tr(exp(A)) / tr(exp(|A|)): exact from the eigenvalues of components up to 500 parties, estimated (stochastic Lanczos quadrature) for larger ones; null for an empty network.',
  })
  walkScore(@Root() a: WindowAnalysis) {
    return a.walk().value;
  }

  @FieldResolver(() => Boolean, { description: 'True when `walkScore` is an estimate (a component over 500 parties).' })
  walkEstimated(@Root() a: WindowAnalysis) {
    return a.walk().estimated;
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: 'Standard error of an estimated `walkScore`; null when exact.',
  })
  walkStandardError(@Root() a: WindowAnalysis) {
    return a.walk().standardError;
  }

  @FieldResolver(() => Frustration, { description: 'The frustration index and the ties behind it.' })
  frustration(@Root() a: WindowAnalysis) {
    const f = a.frustration();
    const frustrated = [...f.frustratedTies].sort((x, y) => y.weight - x.weight).slice(0, FRUSTRATED_MAX);
    return {
      value: f.value,
      exact: f.exact,
      lowerBound: f.lowerBound,
      score: f.balanceScore ?? 1,
      frustratedTies: tiesOf(a, frustrated),
    };
  }

  @FieldResolver(() => [Triangle], {
    description:
      'Unbalanced triangles (++− and −−−), the strongest first (summed tie weight), each with its three ties.',
  })
  unbalancedTriangles(@Root() a: WindowAnalysis, @Args(() => TrianglesArgs) args: TrianglesArgs) {
    const first = checkRange('first', args.first ?? 20, 0, ANALYSIS_CAPS.triangles);
    return a.unbalanced(first).triangles.map((t) => ({ partyIds: [...t.nodes], ties: tiesOf(a, t.ties) }));
  }

  @FieldResolver(() => Int, { description: 'Unbalanced triangles in the whole network.' })
  unbalancedTotal(@Root() a: WindowAnalysis) {
    return a.census().unbalanced;
  }
}

@Resolver(() => SignedTie)
export class SignedTieResolver {
  @FieldResolver(() => Party, { description: 'The party of `fromId`.' })
  from(@Root() t: SignedTieValue, @Ctx() ctx: FaultlineContext) {
    return partyOf(ctx, t.fromId);
  }

  @FieldResolver(() => Party, { description: 'The party of `toId`.' })
  to(@Root() t: SignedTieValue, @Ctx() ctx: FaultlineContext) {
    return partyOf(ctx, t.toId);
  }

  @FieldResolver(() => RelationshipConnection, {
    description:
      'The relationships the tie was computed from (both directions; for events, who carried them out and whom they targeted), most recent first, with their quotes.',
  })
  evidence(@Root() t: SignedTieValue, @Args(() => EvidenceArgs) args: EvidenceArgs, @Ctx() ctx: FaultlineContext) {
    return evidencePage(ctx, signedEvidenceQueries(t), args.first, args.after);
  }
}

@Resolver(() => CentralityScore)
export class CentralityScoreResolver {
  @FieldResolver(() => Party, { description: 'The party with all its fields.' })
  party(@Root() s: { partyId: string }, @Ctx() ctx: FaultlineContext) {
    return partyOf(ctx, s.partyId);
  }
}

/** The first `first` of a list of changes (ChangeListArgs, capped). */
function firstOf<T>(list: readonly T[], args: ChangeListArgs): T[] {
  return list.slice(0, checkRange('first', args.first ?? 100, 0, ANALYSIS_CAPS.changes));
}

@Resolver(() => Changes)
export class ChangesResolver {
  @FieldResolver(() => [SignedTie], {
    description: 'Ties with evidence in the second window and none in the first, strongest first.',
  })
  formed(@Root() c: ChangesValue, @Args(() => ChangeListArgs) args: ChangeListArgs) {
    return firstOf(c.formed, args);
  }

  @FieldResolver(() => Int, { description: 'How many ties formed.' })
  totalFormed(@Root() c: ChangesValue) {
    return c.formed.length;
  }

  @FieldResolver(() => [SignedTie], {
    description: 'Ties with evidence in the first window and none in the second (as they were), strongest first.',
  })
  dissolved(@Root() c: ChangesValue, @Args(() => ChangeListArgs) args: ChangeListArgs) {
    return firstOf(c.dissolved, args);
  }

  @FieldResolver(() => Int, { description: 'How many ties dissolved.' })
  totalDissolved(@Root() c: ChangesValue) {
    return c.dissolved.length;
  }

  @FieldResolver(() => [TieChange], {
    description:
      'Ties in both windows whose sign changed (+ to −, − to +, or to or from neutral 0), strongest (as they are now) first.',
  })
  flipped(@Root() c: ChangesValue, @Args(() => ChangeListArgs) args: ChangeListArgs) {
    return firstOf(c.flipped, args);
  }

  @FieldResolver(() => Int, { description: 'How many ties changed sign.' })
  totalFlipped(@Root() c: ChangesValue) {
    return c.flipped.length;
  }

  @FieldResolver(() => [BlocChange], {
    description:
      "Parties whose bloc changed (blocs of the two windows matched by overlap), entered or left; bloc ids are each window's own.",
  })
  blocChanges(@Root() c: ChangesValue, @Args(() => ChangeListArgs) args: ChangeListArgs) {
    return firstOf(c.blocChanges, args);
  }

  @FieldResolver(() => Int, { description: 'How many parties changed bloc, entered or left.' })
  totalBlocChanges(@Root() c: ChangesValue) {
    return c.blocChanges.length;
  }
}
