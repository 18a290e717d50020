/**
 * The toolbar, the view buttons, the type filters and the exports: wired once, and put in step
 * with the state after every change.
 */
import type cytoscape from 'cytoscape';
import { NETWORK_TYPES, type NodeType, type RelationshipType } from '../../../core/domain/vocabulary.js';
import type { ApiClient } from '../api/client.js';
import { download } from '../export/download.js';
import { toGexf } from '../export/gexf.js';
import { visibleGraph } from '../export/graph-data.js';
import { toGraphML } from '../export/graphml.js';
import { toSvg } from '../export/svg.js';
import { BLOC_COLOURS, NEGATIVE_COLOUR, POSITIVE_COLOUR, UNBALANCED_COLOUR } from '../graph/actor-style.js';
import { loadEvidence } from '../graph/load.js';
import { evidenceData } from '../graph/model.js';
import { activeTypes, type ExplorerState, isEventView, type View } from '../state/url-state.js';
import { byTestId, h } from './dom.js';
import { renderTypeFilters } from './filters.js';
import { edgeSwatch, renderLegend } from './legend.js';
import { bindSearch } from './search.js';

export interface ControlHost {
  readonly client: ApiClient;
  cy(): cytoscape.Core;
  state(): ExplorerState;
  canUndo(): boolean;
  commit(next: ExplorerState): Promise<void>;
  undo(): Promise<void>;
  relayout(): Promise<void>;
  /** A search hit was chosen. */
  choose(id: string): void;
  showError(error: unknown): void;
}

export function bindControls(host: ControlHost): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-view]')) {
    button.addEventListener('click', () => {
      const view = button.dataset.view as View;
      const state = host.state();
      if (view === state.view) return;
      void host.commit({ ...state, view, types: null, path: null, expanded: [], hidden: [], more: 0 });
    });
  }
  byTestId('undo').addEventListener('click', () => void host.undo());
  byTestId('relayout').addEventListener('click', () => void host.relayout());
  byTestId('fit').addEventListener('click', () => host.cy().fit(host.cy().elements().not('.hidden'), 40));
  byTestId('zoom-in').addEventListener('click', () => zoomBy(host.cy(), 1.25));
  byTestId('zoom-out').addEventListener('click', () => zoomBy(host.cy(), 0.8));
  byTestId('clear-path').addEventListener('click', () => void host.commit({ ...host.state(), path: null }));
  byTestId('clear-focus').addEventListener('click', () => void host.commit({ ...host.state(), focus: null }));
  const name = (ext: string) => `faultline-${host.state().view.toLowerCase()}.${ext}`;
  byTestId('export-png').addEventListener('click', () => {
    const blob = host
      .cy()
      .png({ output: 'blob', full: true, scale: 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 });
    download(name('png'), blob);
  });
  byTestId('export-svg').addEventListener('click', () =>
    download(name('svg'), toSvg(visibleGraph(host.cy()), `Faultline: ${host.state().view}`), 'image/svg+xml'),
  );
  byTestId('export-cyjs').addEventListener('click', () =>
    withEvidence(host, () => download(name('cyjs'), JSON.stringify(host.cy().json(), null, 1), 'application/json')),
  );
  byTestId('export-graphml').addEventListener('click', () =>
    withEvidence(host, () => download(name('graphml'), toGraphML(visibleGraph(host.cy())), 'application/graphml+xml')),
  );
  byTestId('export-gexf').addEventListener('click', () =>
    withEvidence(host, () => download(name('gexf'), toGexf(visibleGraph(host.cy())), 'application/gexf+xml')),
  );
  bindSearch({
    input: byTestId<HTMLInputElement>('search-input'),
    list: byTestId<HTMLUListElement>('search-results'),
    client: host.client,
    onChoose: (hit) => host.choose(hit.node.id),
    onError: (error) => host.showError(error),
  });
}

/** Event views: fills in the quotes of the visible relationships that lack them, then runs `then`. */
async function withEvidence(host: ControlHost, then: () => void): Promise<void> {
  const cy = host.cy();
  if (!isEventView(host.state().view)) return then();
  const missing = cy
    .edges()
    .not('.hidden')
    .filter((e) => !e.data('evidenceLoaded'))
    .map((e) => e.id());
  try {
    if (missing.length) {
      const found = await loadEvidence(host.client, missing);
      cy.batch(() => {
        for (const [id, evidence] of found)
          cy.getElementById(id).data({ ...evidenceData(evidence), evidenceLoaded: true });
      });
    }
    then();
  } catch (error) {
    host.showError(error);
  }
}

function zoomBy(cy: cytoscape.Core, factor: number): void {
  cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

/** Puts buttons and filters in step with the state (before drawing). */
export function syncControls(host: ControlHost): void {
  const state = host.state();
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-view]')) {
    button.setAttribute('aria-pressed', String(button.dataset.view === state.view));
  }
  byTestId<HTMLButtonElement>('undo').disabled = !host.canUndo();
  const event = isEventView(state.view);
  byTestId('type-filters').hidden = !event;
  byTestId('bloc-controls').hidden = state.view !== 'BLOCS';
  if (event) {
    const types = NETWORK_TYPES[state.view as keyof typeof NETWORK_TYPES];
    renderTypeFilters(byTestId('type-filters').querySelector('.type-list')!, types, activeTypes(state), (checked) =>
      host.commit({ ...state, types: checked.length === types.length ? null : (checked as RelationshipType[]) }),
    );
  }
  byTestId('clear-path').hidden = !state.path;
  byTestId('clear-focus').hidden = !state.focus;
}

/** The legend for what is drawn (event views: types and kinds present). */
export function updateLegend(cy: cytoscape.Core, view: View): void {
  const legend = byTestId('legend');
  if (!isEventView(view)) {
    legend.replaceChildren(...aggregateLegend(view));
    return;
  }
  const visible = cy.elements().not('.hidden');
  const nodes = visible.nodes().map((n) => n.data() as { type: NodeType; kind: string | null });
  const edges = visible.edges().map((e) => e.data() as { type: RelationshipType; status: string });
  renderLegend(legend, {
    nodeTypes: new Set(nodes.map((n) => n.type)),
    organisationKinds: new Set(nodes.filter((n) => n.type === 'Organisation' && n.kind).map((n) => n.kind!)),
    edgeTypes: new Set(edges.map((e) => e.type)),
    hasDerived: edges.some((e) => e.status === 'DERIVED'),
  });
}

/** The legend of the parties and blocs views, which draw aggregates rather than typed relationships. */
function aggregateLegend(view: View): HTMLElement[] {
  const dot = (colour: string) => h('span', { class: 'swatch', style: `background:${colour};border-radius:50%` });
  if (view === 'BLOCS') {
    return [
      h('h3', {}, 'Legend'),
      h(
        'ul',
        { 'data-testid': 'legend-blocs' },
        BLOC_COLOURS.slice(0, 4).map((c, i) => h('li', {}, dot(c), `Bloc ${i + 1}`)),
        h('li', {}, edgeSwatch(POSITIVE_COLOUR, 'solid'), 'positive tie (support, alliance)'),
        h('li', {}, edgeSwatch(NEGATIVE_COLOUR, 'dashed'), 'negative tie (hostility, attacks)'),
        h('li', {}, edgeSwatch(UNBALANCED_COLOUR, 'solid'), 'unbalanced triangle (when shown)'),
        h('li', {}, 'Node size: the chosen centrality'),
      ),
    ];
  }
  return [
    h('h3', {}, 'Legend'),
    h(
      'ul',
      { 'data-testid': 'legend-actors' },
      h('li', {}, dot('#8c6d31'), 'organisation'),
      h('li', {}, dot('#4e79a7'), 'person'),
      h('li', {}, edgeSwatch(NEGATIVE_COLOUR, 'solid'), 'tie: events between two parties; width by weight'),
      h('li', {}, edgeSwatch(NEGATIVE_COLOUR, 'dashed'), 'ties added up between collapsed groups'),
      h('li', {}, 'Dashed box: a state or bloc; node size: weight; bigger labels: heavier parties'),
    ),
  ];
}
