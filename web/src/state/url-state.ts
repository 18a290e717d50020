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

export interface Expansion {
  id: string;
  depth: 1 | 2;
}

export interface ExplorerState {
  view: NetworkKind;
  /** Node centred and highlighted; everything else fades. */
  focus: string | null;
  /** Relationship types drawn; null means every type of the view. */
  types: RelationshipType[] | null;
  /** Date range (YYYY-MM-DD), inclusive; null = open. */
  from: string | null;
  to: string | null;
  /** Nodes whose neighbourhood was added, in the order the user asked. */
  expanded: Expansion[];
  hidden: string[];
  path: { from: string; to: string } | null;
}

export const INITIAL_STATE: Readonly<ExplorerState> = Object.freeze({
  view: 'OPPOSITION',
  focus: null,
  types: null,
  from: null,
  to: null,
  expanded: [],
  hidden: [],
  path: null,
});

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const ids = (value: string | null): string[] => (value ? value.split(',').filter((id) => ID.test(id)) : []);

/** The state a query string describes; anything malformed falls back to the initial state's value. */
export function parseState(search: string): ExplorerState {
  const q = new URLSearchParams(search);
  const viewParam = q.get('view');
  const view = (NETWORK_KINDS as readonly string[]).includes(viewParam ?? '')
    ? (viewParam as NetworkKind)
    : INITIAL_STATE.view;
  const allowed = NETWORK_TYPES[view] as readonly string[];
  const typesParam = q.get('types');
  const types =
    typesParam === null ? null : (typesParam.split(',').filter((t) => allowed.includes(t)) as RelationshipType[]);
  const focus = q.get('focus');
  const from = q.get('from');
  const to = q.get('to');
  const expanded: Expansion[] = [];
  for (const part of (q.get('expand') ?? '').split(',')) {
    const [id = '', depth] = part.split('~');
    if (ID.test(id)) expanded.push({ id, depth: depth === '2' ? 2 : 1 });
  }
  const [pathFrom, pathTo] = ids(q.get('path'));
  return {
    view,
    focus: focus && ID.test(focus) ? focus : null,
    types,
    from: from && DAY.test(from) ? from : null,
    to: to && DAY.test(to) ? to : null,
    expanded,
    hidden: ids(q.get('hide')),
    path: pathFrom && pathTo ? { from: pathFrom, to: pathTo } : null,
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
  // Commas and tildes are safe in a query; keeping them readable makes shared links legible.
  return q.toString().replace(/%2C/g, ',').replace(/%7E/g, '~');
}

/** Relationship types the state draws. */
export function activeTypes(state: ExplorerState): RelationshipType[] {
  return state.types ?? [...NETWORK_TYPES[state.view]];
}
