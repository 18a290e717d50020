/**
 * The "Alliances and blocs" graph: the signed ties of one analysis window as Cytoscape
 * elements, parties coloured by bloc and sized by the chosen centrality, ties by sign, and
 * the unbalanced triangles marked when asked.
 */
import type { ElementDefinition } from 'cytoscape';
import type { Analysis, SignedTie, Triangle } from '../api/analysis-operations.js';

export type CensusKey = 'ppp' | 'ppn' | 'pnn' | 'nnn';

/** A triangle's census type from its ties' signs (+++, ++−, +−−, −−−). */
export function triangleKind(triangle: Pick<Triangle, 'ties'>): CensusKey {
  const negatives = triangle.ties.filter((t) => t.sign < 0).length;
  return (['ppp', 'ppn', 'pnn', 'nnn'] as const)[Math.min(3, negatives)]!;
}

export interface BlocElements {
  elements: ElementDefinition[];
  /** Bloc index (0-based, the API's order) of each drawn party. */
  blocOf: Map<string, number>;
  names: Map<string, string>;
  centrality: Map<string, { value: number; rank: number }>;
}

const MIN_SIZE = 16;
const MAX_SIZE = 64;

export function blocElements(analysis: Analysis, options: { triangles: boolean }): BlocElements {
  const { signedTies, balance, blocs, centrality } = analysis;
  const blocOf = new Map<string, number>();
  blocs.blocs.forEach((bloc, i) => {
    for (const id of bloc.partyIds) blocOf.set(id, i);
  });
  const scores = new Map(centrality.map((c) => [c.partyId, { value: c.value, rank: c.rank }]));
  const ties = new Map<string, SignedTie | Triangle['ties'][number]>();
  for (const t of signedTies) ties.set(t.id, t);
  const triangleTies = new Set<string>();
  const triangleParties = new Set<string>();
  for (const triangle of balance.unbalancedTriangles) {
    for (const t of triangle.ties) {
      if (!ties.has(t.id)) ties.set(t.id, t);
      triangleTies.add(t.id);
    }
    for (const id of triangle.partyIds) triangleParties.add(id);
  }
  const names = new Map<string, string>();
  for (const t of ties.values()) {
    names.set(t.fromId, t.from.name);
    names.set(t.toId, t.to.name);
  }
  const maxScore = Math.max(1e-9, ...centrality.map((c) => Math.abs(c.value)));
  const elements: ElementDefinition[] = [];
  for (const [id, name] of names) {
    const score = scores.get(id);
    const bloc = blocOf.get(id);
    const rank = score?.rank ?? Number.POSITIVE_INFINITY;
    const tier = rank <= 15 ? 1 : rank <= 60 ? 2 : 3;
    const classes = ['signed', `tier-${tier}`];
    if (bloc !== undefined) classes.push(`bloc-${bloc % 8}`);
    if (options.triangles && triangleParties.has(id)) classes.push('unbalanced');
    elements.push({
      group: 'nodes',
      classes: classes.join(' '),
      data: {
        id,
        label: name,
        bloc: bloc ?? null,
        centrality: score?.value ?? null,
        rank: score?.rank ?? null,
        size: Math.round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(Math.abs(score?.value ?? 0) / maxScore)),
      },
    });
  }
  const strength = (t: { sign: number } & Partial<SignedTie>) => (t.positive ?? 0) + (t.negative ?? 0) || 1;
  const maxStrength = Math.max(1, ...[...ties.values()].map(strength));
  for (const t of ties.values()) {
    const classes = ['signed', t.sign >= 0 ? 'positive' : 'negative'];
    if (options.triangles && triangleTies.has(t.id)) classes.push('unbalanced');
    elements.push({
      group: 'edges',
      classes: classes.join(' '),
      data: {
        id: t.id,
        source: t.fromId,
        target: t.toId,
        sign: t.sign,
        positive: 'positive' in t ? t.positive : null,
        negative: 'negative' in t ? t.negative : null,
        width: 1 + 5 * Math.sqrt(strength(t) / maxStrength),
      },
    });
  }
  return { elements, blocOf, names, centrality: scores };
}
