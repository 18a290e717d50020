/**
 * The evidence of a tie as a page of relationships: every tie (actor or signed) lists the
 * relationships it was computed from, most recent first, through one batched statement per
 * request level (a DataLoader per request), however many ties ask.
 */
import DataLoader from 'dataloader';
import type { RelationshipValue } from '../../core/domain/values.js';
import { badInput } from '../errors/index.js';
import { type EvidenceQuery, tieEvidence } from '../services/actor-network-evidence.js';
import { decodeCursor, encodeCursor } from '../services/cursor.js';
import { checkRange, LIMITS } from '../services/limits.js';
import type { FaultlineContext } from './context.js';

const loaders = new WeakMap<object, DataLoader<EvidenceQuery[], string[], string>>();

function loaderOf(ctx: FaultlineContext): DataLoader<EvidenceQuery[], string[], string> {
  let loader = loaders.get(ctx.loaders);
  if (!loader) {
    const db = ctx.db;
    loader = new DataLoader<EvidenceQuery[], string[], string>(
      async (groups) => {
        const flat = groups.flat();
        const found = await tieEvidence(db, flat);
        let i = 0;
        return groups.map((g) => {
          const ids = new Set<string>();
          const rows: { id: string; order: number }[] = [];
          for (let k = 0; k < g.length; k++) {
            for (const [order, id] of (found[i + k] ?? []).entries()) {
              if (!ids.has(id)) {
                ids.add(id);
                rows.push({ id, order });
              }
            }
          }
          i += g.length;
          // Several directions merge by their own recency ranks, so the most recent of each come first.
          return rows.sort((x, y) => x.order - y.order).map((r) => r.id);
        });
      },
      { cacheKeyFn: (g) => JSON.stringify(g) },
    );
    loaders.set(ctx.loaders, loader);
  }
  return loader;
}

export interface EvidencePage {
  edges: { cursor: string; node: RelationshipValue }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/** A page of the relationships behind a tie (`first` at most the page-size limit). */
export async function evidencePage(
  ctx: FaultlineContext,
  queries: EvidenceQuery[],
  firstArg: number | null | undefined,
  after: string | null | undefined,
): Promise<EvidencePage> {
  const first = checkRange('first', firstArg ?? 10, 0, LIMITS.pageSize);
  const ids = await loaderOf(ctx).load(queries);
  let start = 0;
  if (after) {
    const { id } = decodeCursor(after);
    const at = ids.indexOf(id);
    if (at < 0) throw badInput('after', '"after" names no relationship behind this tie (the graph may have changed).');
    start = at + 1;
  }
  const pageIds = ids.slice(start, start + first);
  const found = await ctx.loaders.relationshipById.loadMany(pageIds);
  const edges = found.flatMap((r) =>
    r && !(r instanceof Error) ? [{ cursor: encodeCursor({ key: 'evidence', id: r.id }), node: r }] : [],
  );
  return {
    edges,
    pageInfo: {
      hasNextPage: start + pageIds.length < ids.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: ids.length,
  };
}
