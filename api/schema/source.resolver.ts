import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SourceValue } from '../../core/domain/values.js';
import { wholeSource } from '../loaders/index.js';
import type { FaultlineContext } from './context.js';
import { Source } from './source.type.js';

@Resolver(() => Source)
export class SourceResolver {
  /** A source a statement returned without its text (a cited source, see Loaders.citedSources) reads it here. */
  @FieldResolver(() => String)
  text(@Root() source: SourceValue, @Ctx() ctx: FaultlineContext): string | Promise<string> {
    const whole = wholeSource(ctx.loaders, source);
    return whole instanceof Promise ? whole.then((s) => s.text) : whole.text;
  }
}
