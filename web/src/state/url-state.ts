/**
 * What the explorer shows, as plain data that round-trips through the URL's query string, so
 * a reload or a shared link restores the same picture.
 */
import {
  NETWORK_KINDS,
  NETWORK_TYPES,
  type NetworkKind,
  type RelationshipType,
} from '../../../core/domain/vocabulary.js';
import { CENTRALITY_MEASURES, type CentralityMeasure } from '../api/analysis-operations.js';

/**
 * ACTORS: party-to-party ties (the default); BLOCS: the signed network's blocs and balance;
 * the network kinds: every event and relationship, as stated.
 */
export type View = 'ACTORS' | 'BLOCS' | NetworkKind;
export const VIEWS: readonly View[] = Object.freeze(['ACTORS', 'BLOCS', ...NETWORK_KINDS]);

export interface Expansion {
  id: string;
  depth: 1 | 2;
}

export interface ExplorerState {
  view: View;
  /** Node centred and highlighted; everything else fades. */
  focus: string | null;
  /** Relationship types drawn (event views); null means every type of the view. */
  types: RelationshipType[] | null;
  /** Date range (YYYY-MM-DD), inclusive; null = open. */
  from: string | null;
  to: string | null;
  /** Nodes whose neighbourhood (event views) or ties (actor view) were added, in order. */
  expanded: Expansion[];
  hidden: string[];
  path: { from: string; to: string } | null;
  /** Actor view: pages of ties drawn beyond the first ("show more"). */
  more: number;
  /** Actor view: groups (parent parties) drawn as one node. */
  collapsed: string[];
  /** Blocs view: how many blocs, which centrality sizes the nodes, unbalanced triangles shown. */
  k: number;
  measure: CentralityMeasure;
  triangles: boolean;
}

export const INITIAL_STATE: Readonly<ExplorerState> = Object.freeze({
  view: 'ACTORS',
  focus: null,
  types: null,
  from: null,
  to: null,
  expanded: [],
  hidden: [],
  path: null,
  more: 0,
  collapsed: [],
  k: 2,
  measure: 'SIGNED_DEGREE',
  triangles: false,
});

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Most "show more" pages a link may ask for. */
export const MAX_MORE = 50;

const ids = (value: string | null): string[] => (value ? value.split(',').filter((id) => ID.test(id)) : []);
const int = (value: string | null, min: number, max: number, fallback: number): number => {
  const n = Number(value);
  return value !== null && Number.isInteger(n) && n >= min && n <= max ? n : fallback;
};

/** True for the views that draw events and relationships as stated (not aggregated). */
export function isEventView(view: View): view is NetworkKind {
  return (NETWORK_KINDS as readonly string[]).includes(view);
}

/** The state a query string describes; anything malformed falls back to the initial state's value. */
export function parseState(search: string): ExplorerState {
  const q = new URLSearchParams(search);
  const viewParam = q.get('view') ?? '';
  const view = (VIEWS as readonly string[]).includes(viewParam) ? (viewParam as View) : INITIAL_STATE.view;
  const allowed = (isEventView(view) ? NETWORK_TYPES[view] : []) as readonly string[];
  const typesParam = q.get('types');
  const types =
    typesParam === null || !isEventView(view)
      ? null
      : (typesParam.split(',').filter((t) => allowed.includes(t)) as RelationshipType[]);
  const focus = q.get('focus');
  const from = q.get('from');
  const to = q.get('to');
  const expanded: Expansion[] = [];
  for (const part of (q.get('expand') ?? '').split(',')) {
    const [id = '', depth] = part.split('~');
    if (ID.test(id)) expanded.push({ id, depth: depth === '2' ? 2 : 1 });
  }
  const [pathFrom, pathTo] = ids(q.get('path'));
  const measure = q.get('measure') ?? '';
  return {
    view,
    focus: focus && ID.test(focus) ? focus : null,
    types,
    from: from && DAY.test(from) ? from : null,
    to: to && DAY.test(to) ? to : null,
    expanded,
    hidden: ids(q.get('hide')),
    path: pathFrom && pathTo ? { from: pathFrom, to: pathTo } : null,
    more: int(q.get('more'), 0, MAX_MORE, 0),
    collapsed: ids(q.get('collapse')),
    k: int(q.get('k'), 2, 8, INITIAL_STATE.k),
    measure: (CENTRALITY_MEASURES as readonly string[]).includes(measure)
      ? (measure as CentralityMeasure)
      : INITIAL_STATE.measure,
    triangles: q.get('triangles') === '1',
  };
}

/** The query string (without `?`) for a state; defaults are left out to keep links short. */
export function serializeState(state: ExplorerState): string {
  const q = new URLSearchParams();
  q.set('view', state.view);
  if (state.focus) q.set('focus', state.focus);
  if (state.types) q.set('types', state.types.join(','));
  if (state.from) q.set('from', state.from);
  if (state.to) q.set('to', state.to);
  if (state.expanded.length) q.set('expand', state.expanded.map((e) => `${e.id}~${e.depth}`).join(','));
  if (state.hidden.length) q.set('hide', state.hidden.join(','));
  if (state.path) q.set('path', `${state.path.from},${state.path.to}`);
  if (state.more) q.set('more', String(state.more));
  if (state.collapsed.length) q.set('collapse', state.collapsed.join(','));
  if (state.k !== INITIAL_STATE.k) q.set('k', String(state.k));
  if (state.measure !== INITIAL_STATE.measure) q.set('measure', state.measure);
  if (state.triangles) q.set('triangles', '1');
  // Commas and tildes are safe in a query; keeping them readable makes shared links legible.
  return q.toString().replace(/%2C/g, ',').replace(/%7E/g, '~');
}

/** Relationship types the state draws (event views; the actor views aggregate their own). */
export function activeTypes(state: ExplorerState): RelationshipType[] {
  return state.types ?? [...NETWORK_TYPES[isEventView(state.view) ? state.view : 'OPPOSITION']];
}
