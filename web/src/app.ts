/**
 * The explorer: holds the URL state, turns it into a graph through the API, draws it with
 * Cytoscape and wires the controls. Every user step goes through `commit`, which records the
 * previous state for Undo and writes the new one to the URL.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { NETWORK_TYPES, type NodeType, type RelationshipType } from '../../core/domain/vocabulary.js';
import { type ApiClient, ApiError } from './api/client.js';
import { DATE_RANGE, type DateSpan, type Edge, type Graph } from './api/operations.js';
import { download } from './export/download.js';
import { toGexf } from './export/gexf.js';
import { visibleGraph } from './export/graph-data.js';
import { toGraphML } from './export/graphml.js';
import { toSvg } from './export/svg.js';
import { runLayout, stopLayout } from './graph/layouts.js';
import { loadEvidence, loadGraph } from './graph/load.js';
import { evidenceData, GraphModel, toElements } from './graph/model.js';
import { stylesheet } from './graph/style.js';
import { activeTypes, type ExplorerState, parseState, serializeState } from './state/url-state.js';
import { byTestId } from './ui/dom.js';
import { DateSlider, renderTypeFilters } from './ui/filters.js';
import { renderLegend } from './ui/legend.js';
import { SidePanel } from './ui/panel.js';
import { bindSearch } from './ui/search.js';

cytoscape.use(fcose);

/** Above this many elements the renderer trades polish for speed (see `createCy`). */
const LARGE_GRAPH_ELEMENTS = 2500;
/** Edge labels are drawn for every edge only while the graph is small enough to read them. */
const LABEL_ALL_EDGES_BELOW = 120;

export type Phase = 'loading' | 'layout' | 'ready' | 'empty' | 'error';

interface Selection {
  group: 'nodes' | 'edges';
  id: string;
}

/**
 * True when the browser has hardware WebGL 2. Software WebGL (SwiftShader, llvmpipe) measured
 * ~20x slower per frame than the canvas renderer on 2,000 nodes (tools/web-bench.ts), so it
 * does not count.
 */
function webglAvailable(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    return !/swiftshader|llvmpipe|software/i.test(renderer);
  } catch {
    return false;
  }
}

export class Explorer {
  cy!: cytoscape.Core;
  private large = false;
  private state: ExplorerState;
  private readonly history: ExplorerState[] = [];
  private model = new GraphModel();
  private pathIds: Set<string> | null = null;
  private dateSpan: DateSpan | null = null;
  private pendingPathFrom: string | null = null;
  private selection: Selection | null = null;
  private renderCount = 0;
  private drawnView: string | null = null;
  private readonly panel: SidePanel;
  private readonly dates: DateSlider;
  /** Which renderer to use: `?renderer=webgl|canvas` overrides the automatic choice. */
  private readonly rendererChoice: string | null;

  constructor(
    private readonly client: ApiClient,
    private readonly container: HTMLElement,
  ) {
    const params = new URLSearchParams(location.search);
    this.rendererChoice = params.get('renderer');
    this.state = parseState(location.search);
    this.createCy(false);
    this.panel = new SidePanel(byTestId('side-panel'), client, this.panelActions(), {
      node: (id) => this.model.nodes.get(id),
      edge: (id) => (this.cy.getElementById(id).nonempty() ? this.model.edges.get(id) : undefined),
      visibleEdges: (nodeId) => this.visibleEdges(nodeId),
      visibleNodeCount: () => this.cy.nodes().not('.hidden').length,
      pendingPathFrom: () => this.pendingPathFrom,
    });
    this.dates = new DateSlider(
      {
        from: byTestId('date-from'),
        to: byTestId('date-to'),
        fromLabel: byTestId('date-from-label'),
        toLabel: byTestId('date-to-label'),
        reset: byTestId('date-reset'),
        fieldset: byTestId('date-filter'),
      },
      (from, to) => this.commit({ ...this.state, from, to }),
    );
    this.bindControls();
  }

  /** Loads the date span and draws what the URL asks for. */
  async start(): Promise<void> {
    this.client.request(DATE_RANGE, {}).then(
      (data) => {
        this.dateSpan = data.dateRange;
        this.dates.set(this.dateSpan, this.state.from, this.state.to);
      },
      (error) => this.showError(error),
    );
    await this.render();
  }

  // ---- state ----------------------------------------------------------------------------------

  /** Records the current state for Undo, moves to `next`, and draws it. */
  commit(next: ExplorerState, options: { relayout?: boolean } = {}): Promise<void> {
    this.history.push(this.state);
    this.state = next;
    return this.render(options);
  }

  undo(): Promise<void> {
    const previous = this.history.pop();
    if (!previous) return Promise.resolve();
    this.state = previous;
    return this.render({ relayout: false });
  }

  private writeUrl(): void {
    const query = serializeState(this.state);
    const renderer = this.rendererChoice ? `&renderer=${encodeURIComponent(this.rendererChoice)}` : '';
    history.replaceState(null, '', `${location.pathname}?${query}${renderer}`);
  }

  private setPhase(phase: Phase): void {
    document.body.dataset.phase = phase;
    byTestId('empty-state').hidden = phase !== 'empty';
  }

  // ---- drawing --------------------------------------------------------------------------------

  private async render(options: { relayout?: boolean } = {}): Promise<void> {
    const mine = ++this.renderCount;
    this.writeUrl();
    this.syncControls();
    this.setPhase('loading');
    try {
      const loaded = await loadGraph(this.client, this.state);
      if (mine !== this.renderCount) return;
      this.hideError();
      byTestId('truncated').hidden = !loaded.truncated;
      await this.draw(loaded.model, loaded.path, options.relayout, mine);
    } catch (error) {
      if (mine !== this.renderCount) return;
      this.showError(error);
      this.setPhase('error');
    }
  }

  /** Shows a graph given directly rather than fetched (used by tools/web-bench.ts). */
  async showGraph(graph: Graph): Promise<{ firstDrawMs: number; layoutMs: number }> {
    const mine = ++this.renderCount;
    const t0 = performance.now();
    let firstDrawMs = 0;
    this.cy.one('render', () => {
      firstDrawMs = performance.now() - t0;
    });
    await this.draw(new GraphModel().merge(graph), null, true, mine);
    return { firstDrawMs, layoutMs: performance.now() - t0 };
  }

  private async draw(
    model: GraphModel,
    pathIds: Set<string> | null,
    relayout: boolean | undefined,
    mine: number,
  ): Promise<void> {
    this.model = model;
    this.pathIds = pathIds;
    const elements = toElements(model);
    const large = elements.length > LARGE_GRAPH_ELEMENTS;
    if (large !== this.large) this.createCy(large);
    const cy = this.cy;
    const wanted = new Set(elements.map((e) => e.data.id!));
    const fresh = elements.filter((e) => cy.getElementById(e.data.id!).empty());
    const hadNodes = cy.nodes().length;
    cy.one('render', () => performance.mark('faultline:drawn'));
    cy.batch(() => {
      cy.elements()
        .filter((e) => !wanted.has(e.id()))
        .remove();
      const added = cy.add(fresh);
      // New nodes start next to a neighbour already placed, so an incremental layout moves little.
      added.nodes().forEach((node) => {
        const anchor = node
          .neighborhood('node')
          .filter((n) => !added.contains(n))
          .nodes()
          .first();
        if (anchor.nonempty()) {
          const p = anchor.position();
          node.position({ x: p.x + (Math.random() - 0.5) * 80, y: p.y + (Math.random() - 0.5) * 80 });
        }
      });
      cy.elements().removeClass('hidden on-path path-end focused faded labelled');
      const hidden = new Set(this.state.hidden);
      // Edges get the class too: Cytoscape can keep an edge's cached visibility after only its
      // endpoint's class changed; lists and layouts read the class, never `:visible`.
      const hiddenNodes = cy.nodes().filter((n) => hidden.has(n.id()));
      hiddenNodes.union(hiddenNodes.connectedEdges()).addClass('hidden');
      if (cy.edges().not('.hidden').length < LABEL_ALL_EDGES_BELOW) cy.edges().addClass('labelled');
    });

    const addedNodes = fresh.filter((e) => e.group === 'nodes').length;
    const viewChanged = this.drawnView !== this.state.view;
    this.drawnView = this.state.view;
    const hierarchy = this.state.view === 'REPRESENTATION';
    if (relayout || viewChanged || hadNodes === 0 || (addedNodes > 0 && (hierarchy || addedNodes > hadNodes))) {
      this.setPhase('layout');
      await runLayout(cy, { name: hierarchy ? 'hierarchy' : 'force' });
    } else if (addedNodes > 0) {
      this.setPhase('layout');
      await runLayout(cy, { name: 'force', incremental: true });
    }
    if (mine !== this.renderCount) return;
    this.applyHighlights();
    this.updateSideControls();
    this.restoreSelection();
    performance.mark('faultline:ready');
    this.setPhase(cy.nodes().not('.hidden').empty() ? 'empty' : 'ready');
  }

  /** Focus and path as classes: the focused node's neighbourhood stays, the rest fades. */
  private applyHighlights(): void {
    const cy = this.cy;
    const focus = (this.state.focus ? cy.getElementById(this.state.focus) : cy.collection()) as cytoscape.NodeSingular;
    cy.batch(() => {
      cy.elements().removeClass('focused faded on-path path-end');
      if (focus.nonempty() && !focus.hasClass('hidden')) {
        const near = focus.closedNeighborhood();
        cy.elements().not(near).addClass('faded');
        focus.addClass('focused');
        focus.connectedEdges().addClass('focused');
      }
      if (this.pathIds?.size) {
        const onPath = cy.elements().filter((e) => this.pathIds!.has(e.id()));
        if (focus.empty()) cy.elements().not(onPath).addClass('faded');
        onPath.removeClass('faded').addClass('on-path');
      }
      if (this.state.path) {
        cy.getElementById(this.state.path.from).addClass('path-end');
        cy.getElementById(this.state.path.to).addClass('path-end');
      }
    });
    if (focus.nonempty() && !focus.hasClass('hidden')) {
      cy.zoom({ level: Math.max(cy.zoom(), 1), position: focus.position() });
      cy.center(focus);
    }
  }

  private restoreSelection(): void {
    const sel = this.selection;
    const element = sel ? this.cy.getElementById(sel.id) : this.cy.collection();
    if (sel && element.nonempty() && !element.hasClass('hidden')) {
      this.cy.getElementById(sel.id).select();
      if (sel.group === 'nodes') this.panel.showNode(sel.id);
      else this.panel.showEdge(sel.id);
    } else {
      this.selection = null;
      this.panel.showSummary();
    }
  }

  private visibleEdges(nodeId?: string): Edge[] {
    // By class, not `:visible`: computed visibility can lag a batch of class changes.
    const source = (nodeId ? this.cy.getElementById(nodeId).connectedEdges() : this.cy.edges()).not('.hidden');
    return source.map((e) => this.model.edges.get(e.id())).filter((e): e is Edge => !!e);
  }

  /**
   * Cytoscape's renderer options are fixed at creation, so crossing the large-graph threshold
   * means a new instance: large graphs skip edges and labels while panning, render at pixel
   * ratio 1 and, where the browser has WebGL 2, use Cytoscape's WebGL renderer.
   */
  private createCy(large: boolean): void {
    stopLayout();
    const old = this.cy as cytoscape.Core | undefined;
    old?.destroy();
    this.large = large;
    // `?renderer=webgl` forces it even on software WebGL (for measuring); otherwise only large graphs on a GPU.
    const webgl = this.rendererChoice === 'webgl' || (large && this.rendererChoice !== 'canvas' && webglAvailable());
    this.cy = cytoscape({
      container: this.container,
      style: stylesheet(),
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      hideEdgesOnViewport: large,
      hideLabelsOnViewport: large,
      textureOnViewport: false,
      motionBlur: false,
      pixelRatio: large ? 1 : 'auto',
      webgl,
    });
    this.container.dataset.renderer = webgl ? 'webgl' : 'canvas';
    (window as unknown as { cy: cytoscape.Core }).cy = this.cy;
    this.bindCy(this.cy);
  }

  private bindCy(cy: cytoscape.Core): void {
    cy.on('tap', 'node', (event) => this.selectNode(event.target.id()));
    cy.on('tap', 'edge', (event) => this.selectEdge(event.target.id()));
    cy.on('dbltap', 'node', (event) => this.expand(event.target.id(), 1));
    cy.on('tap', (event) => {
      if (event.target === cy) {
        this.selection = null;
        this.panel.showSummary();
      }
    });
  }

  // ---- actions --------------------------------------------------------------------------------

  selectNode(id: string, moveFocus = false): void {
    this.selection = { group: 'nodes', id };
    this.cy.elements(':selected').unselect();
    this.cy.getElementById(id).select();
    this.panel.showNode(id, moveFocus);
  }

  selectEdge(id: string, moveFocus = false): void {
    this.selection = { group: 'edges', id };
    this.cy.elements(':selected').unselect();
    const edge = this.cy.getElementById(id);
    if (edge.nonempty()) edge.select();
    this.panel.showEdge(id, moveFocus);
  }

  /** Centres and highlights a node, first fetching its neighbourhood when it is not drawn. */
  focus(id: string): Promise<void> {
    const drawn = this.cy.getElementById(id).nonempty() && !this.state.hidden.includes(id);
    this.selection = { group: 'nodes', id };
    return this.commit({
      ...this.state,
      focus: id,
      hidden: this.state.hidden.filter((h) => h !== id),
      expanded:
        drawn || this.state.expanded.some((e) => e.id === id)
          ? this.state.expanded
          : [...this.state.expanded, { id, depth: 1 }],
    });
  }

  expand(id: string, depth: 1 | 2): Promise<void> {
    const others = this.state.expanded.filter((e) => e.id !== id);
    this.selection = { group: 'nodes', id };
    return this.commit({ ...this.state, expanded: [...others, { id, depth }] });
  }

  hide(id: string): Promise<void> {
    if (this.selection?.id === id) this.selection = null;
    return this.commit({
      ...this.state,
      hidden: [...new Set([...this.state.hidden, id])],
      focus: this.state.focus === id ? null : this.state.focus,
    });
  }

  private panelActions() {
    return {
      expand: (id: string, depth: 1 | 2) => void this.expand(id, depth),
      hide: (id: string) => void this.hide(id),
      focus: (id: string) => void this.focus(id),
      pathFrom: (id: string) => {
        this.pendingPathFrom = id;
        byTestId('path-status').textContent =
          `Path from ${this.model.nodes.get(id)?.label ?? id}: choose the other end, then “Path … to here”.`;
      },
      pathTo: (id: string) => {
        const from = this.pendingPathFrom;
        this.pendingPathFrom = null;
        if (from) void this.commit({ ...this.state, path: { from, to: id } });
      },
      selectNode: (id: string) => this.selectNode(id, true),
      selectEdge: (id: string) => this.selectEdge(id, true),
      onError: (error: unknown) => this.showError(error),
    };
  }

  // ---- controls -------------------------------------------------------------------------------

  private bindControls(): void {
    for (const button of document.querySelectorAll<HTMLButtonElement>('[data-view]')) {
      button.addEventListener('click', () => {
        const view = button.dataset.view as ExplorerState['view'];
        if (view === this.state.view) return;
        this.selection = null;
        void this.commit({ ...this.state, view, types: null, path: null, focus: this.state.focus });
      });
    }
    byTestId('undo').addEventListener('click', () => void this.undo());
    byTestId('relayout').addEventListener(
      'click',
      () =>
        void runLayout(this.cy, { name: this.state.view === 'REPRESENTATION' ? 'hierarchy' : 'force' }).then(() =>
          this.applyHighlights(),
        ),
    );
    byTestId('fit').addEventListener('click', () => this.cy.fit(this.cy.elements().not('.hidden'), 40));
    byTestId('zoom-in').addEventListener('click', () => this.zoomBy(1.25));
    byTestId('zoom-out').addEventListener('click', () => this.zoomBy(0.8));
    byTestId('clear-path').addEventListener('click', () => void this.commit({ ...this.state, path: null }));
    byTestId('clear-focus').addEventListener('click', () => void this.commit({ ...this.state, focus: null }));
    byTestId('export-png').addEventListener('click', () => {
      const blob = this.cy.png({
        output: 'blob',
        full: true,
        scale: 2,
        bg: '#ffffff',
        maxWidth: 8000,
        maxHeight: 8000,
      });
      download(`faultline-${this.state.view.toLowerCase()}.png`, blob);
    });
    byTestId('export-svg').addEventListener('click', () =>
      download(
        `faultline-${this.state.view.toLowerCase()}.svg`,
        toSvg(visibleGraph(this.cy), `Faultline: ${this.state.view}`),
        'image/svg+xml',
      ),
    );
    const name = (ext: string) => `faultline-${this.state.view.toLowerCase()}.${ext}`;
    byTestId('export-cyjs').addEventListener('click', () =>
      this.withEvidence(() => download(name('cyjs'), JSON.stringify(this.cy.json(), null, 1), 'application/json')),
    );
    byTestId('export-graphml').addEventListener('click', () =>
      this.withEvidence(() => download(name('graphml'), toGraphML(visibleGraph(this.cy)), 'application/graphml+xml')),
    );
    byTestId('export-gexf').addEventListener('click', () =>
      this.withEvidence(() => download(name('gexf'), toGexf(visibleGraph(this.cy)), 'application/gexf+xml')),
    );
    bindSearch({
      input: byTestId<HTMLInputElement>('search-input'),
      list: byTestId<HTMLUListElement>('search-results'),
      client: this.client,
      onChoose: (hit) => void this.focus(hit.node.id),
      onError: (error) => this.showError(error),
    });
  }

  /** Fills in the quotes of the visible relationships that lack them, then runs `then`. */
  private async withEvidence(then: () => void): Promise<void> {
    const missing = this.cy
      .edges()
      .not('.hidden')
      .filter((e) => !e.data('evidenceLoaded'))
      .map((e) => e.id());
    try {
      if (missing.length) {
        const found = await loadEvidence(this.client, missing);
        this.cy.batch(() => {
          for (const [id, evidence] of found)
            this.cy.getElementById(id).data({ ...evidenceData(evidence), evidenceLoaded: true });
        });
      }
      then();
    } catch (error) {
      this.showError(error);
    }
  }

  private zoomBy(factor: number): void {
    const cy = this.cy;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  /** Puts buttons, filters and the slider in step with the state. */
  private syncControls(): void {
    for (const button of document.querySelectorAll<HTMLButtonElement>('[data-view]')) {
      button.setAttribute('aria-pressed', String(button.dataset.view === this.state.view));
    }
    byTestId<HTMLButtonElement>('undo').disabled = this.history.length === 0;
    const types = NETWORK_TYPES[this.state.view];
    renderTypeFilters(
      byTestId('type-filters').querySelector('.type-list')!,
      types,
      activeTypes(this.state),
      (checked) =>
        this.commit({ ...this.state, types: checked.length === types.length ? null : (checked as RelationshipType[]) }),
    );
    this.dates.set(this.dateSpan, this.state.from, this.state.to);
    byTestId('clear-path').hidden = !this.state.path;
    byTestId('clear-focus').hidden = !this.state.focus;
  }

  private updateSideControls(): void {
    const visible = this.cy.elements().not('.hidden');
    const nodes = visible.nodes().map((n) => n.data() as { type: NodeType; kind: string | null });
    const edges = visible.edges().map((e) => e.data() as { type: RelationshipType; status: string });
    renderLegend(byTestId('legend'), {
      nodeTypes: new Set(nodes.map((n) => n.type)),
      organisationKinds: new Set(nodes.filter((n) => n.type === 'Organisation' && n.kind).map((n) => n.kind!)),
      edgeTypes: new Set(edges.map((e) => e.type)),
      hasDerived: edges.some((e) => e.status === 'DERIVED'),
    });
    const status = byTestId('path-status');
    if (this.state.path && this.pathIds) {
      const name = (id: string) => this.model.nodes.get(id)?.label ?? id;
      status.textContent = this.pathIds.size
        ? `Path: ${name(this.state.path.from)} → ${name(this.state.path.to)}`
        : `No path between ${name(this.state.path.from)} and ${name(this.state.path.to)} with these relationship types.`;
    } else if (!this.pendingPathFrom) {
      status.textContent = '';
    }
  }

  // ---- errors ---------------------------------------------------------------------------------

  private showError(error: unknown): void {
    const banner = byTestId('error-banner');
    let text: string;
    if (error instanceof ApiError && error.code === 'DATABASE_UNAVAILABLE') {
      text =
        'The graph database is unavailable right now. The explorer will work again once it is back; try again in a moment.';
    } else if (error instanceof ApiError && error.code === 'NETWORK') {
      text = 'The Faultline API cannot be reached. Check that the server is running, then try again.';
    } else if (error instanceof ApiError) {
      text = `The API refused the request: ${error.message}`;
    } else {
      text = `Something went wrong: ${(error as Error)?.message ?? String(error)}`;
    }
    banner.dataset.code = error instanceof ApiError ? error.code : 'CLIENT';
    banner.textContent = text;
    banner.hidden = false;
  }

  private hideError(): void {
    byTestId('error-banner').hidden = true;
  }
}
