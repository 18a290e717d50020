/**
 * The event-level views (who opposes whom, who represents whom, everything): relationships and
 * events as stated, with neighbourhood expansion, hiding, focus, paths and evidence per edge.
 */
import type cytoscape from 'cytoscape';
import type { Edge } from '../api/operations.js';
import { runLayout } from '../graph/layouts.js';
import { loadGraph } from '../graph/load.js';
import { GraphModel, toElements } from '../graph/model.js';
import { byTestId } from '../ui/dom.js';
import { SidePanel } from '../ui/panel.js';
import type { View, ViewHost } from './view.js';

/** Edge labels are drawn for every edge only while the graph is small enough to read them. */
const LABEL_ALL_EDGES_BELOW = 120;
const fmt = (n: number) => n.toLocaleString('en-GB');

interface Selection {
  group: 'nodes' | 'edges';
  id: string;
}

export class EventView implements View {
  private model = new GraphModel();
  private pathIds: Set<string> | null = null;
  private pendingPathFrom: string | null = null;
  private selection: Selection | null = null;
  private drawnView: string | null = null;
  private readonly sidePanel: SidePanel;

  constructor(private readonly host: ViewHost) {
    this.sidePanel = new SidePanel(host.panel, host.client, this.panelActions(), {
      node: (id) => this.model.nodes.get(id),
      edge: (id) => (this.cy.getElementById(id).nonempty() ? this.model.edges.get(id) : undefined),
      visibleEdges: (nodeId) => this.visibleEdges(nodeId),
      visibleNodeCount: () => this.cy.nodes().not('.hidden').length,
      pendingPathFrom: () => this.pendingPathFrom,
    });
  }

  private get cy(): cytoscape.Core {
    return this.host.cyHost.cy;
  }

  private get state() {
    return this.host.state();
  }

  async render(ticket: number, options: { relayout?: boolean }): Promise<void> {
    const loaded = await loadGraph(this.host.client, this.state);
    if (!this.host.isCurrent(ticket)) return;
    this.host.hideError();
    const notice = byTestId('truncated');
    notice.hidden = !loaded.truncated;
    notice.textContent = loaded.truncated
      ? `Drawing the ${fmt(loaded.drawnEdges)} most recent of ${fmt(loaded.totalEdges)} relationships (${fmt(loaded.totalEdges - loaded.drawnEdges)} not drawn): narrow the types or dates, or use the parties view.`
      : '';
    await this.draw(loaded.model, loaded.path, options.relayout, ticket);
  }

  private async draw(
    model: GraphModel,
    pathIds: Set<string> | null,
    relayout: boolean | undefined,
    ticket: number,
  ): Promise<void> {
    this.model = model;
    this.pathIds = pathIds;
    const elements = toElements(model);
    const cy = this.host.cyHost.ensure(elements.length);
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
      this.host.setPhase('layout');
      cy.resize();
      await runLayout(cy, { name: hierarchy ? 'hierarchy' : 'force' });
    } else if (addedNodes > 0) {
      this.host.setPhase('layout');
      await runLayout(cy, { name: 'force', incremental: true });
    }
    if (!this.host.isCurrent(ticket)) return;
    this.applyHighlights();
    this.updatePathStatus();
    this.restoreSelection();
    performance.mark('faultline:ready');
    this.host.setPhase(cy.nodes().not('.hidden').empty() ? 'empty' : 'ready');
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
      if (sel.group === 'nodes') this.sidePanel.showNode(sel.id);
      else this.sidePanel.showEdge(sel.id);
    } else {
      this.selection = null;
      this.sidePanel.showSummary();
    }
  }

  private visibleEdges(nodeId?: string): Edge[] {
    // By class, not `:visible`: computed visibility can lag a batch of class changes.
    const source = (nodeId ? this.cy.getElementById(nodeId).connectedEdges() : this.cy.edges()).not('.hidden');
    return source.map((e) => this.model.edges.get(e.id())).filter((e): e is Edge => !!e);
  }

  private updatePathStatus(): void {
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

  relayout(): Promise<void> {
    const name = this.state.view === 'REPRESENTATION' ? 'hierarchy' : 'force';
    return runLayout(this.cy, { name }).then(() => this.applyHighlights());
  }

  leave(): void {
    this.selection = null;
    this.drawnView = null;
    byTestId('truncated').hidden = true;
  }

  // ---- taps and panel actions -------------------------------------------------------------------

  tapNode(id: string, moveFocus = false): void {
    this.selection = { group: 'nodes', id };
    this.cy.elements(':selected').unselect();
    this.cy.getElementById(id).select();
    this.sidePanel.showNode(id, moveFocus);
  }

  tapEdge(id: string, moveFocus = false): void {
    this.selection = { group: 'edges', id };
    this.cy.elements(':selected').unselect();
    const edge = this.cy.getElementById(id);
    if (edge.nonempty()) edge.select();
    this.sidePanel.showEdge(id, moveFocus);
  }

  dblTapNode(id: string): void {
    void this.expand(id, 1);
  }

  tapBackground(): void {
    this.selection = null;
    this.sidePanel.showSummary();
  }

  /** Centres and highlights a node, first fetching its neighbourhood when it is not drawn. */
  focus(id: string): Promise<void> {
    const state = this.state;
    const drawn = this.cy.getElementById(id).nonempty() && !state.hidden.includes(id);
    this.selection = { group: 'nodes', id };
    return this.host.commit({
      ...state,
      focus: id,
      hidden: state.hidden.filter((h) => h !== id),
      expanded:
        drawn || state.expanded.some((e) => e.id === id) ? state.expanded : [...state.expanded, { id, depth: 1 }],
    });
  }

  expand(id: string, depth: 1 | 2): Promise<void> {
    const others = this.state.expanded.filter((e) => e.id !== id);
    this.selection = { group: 'nodes', id };
    return this.host.commit({ ...this.state, expanded: [...others, { id, depth }] });
  }

  hide(id: string): Promise<void> {
    if (this.selection?.id === id) this.selection = null;
    const state = this.state;
    return this.host.commit({
      ...state,
      hidden: [...new Set([...state.hidden, id])],
      focus: state.focus === id ? null : state.focus,
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
        if (from) void this.host.commit({ ...this.state, path: { from, to: id } });
      },
      selectNode: (id: string) => this.tapNode(id, true),
      selectEdge: (id: string) => this.tapEdge(id, true),
      onError: (error: unknown) => this.host.showError(error),
    };
  }
}
