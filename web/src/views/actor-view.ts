/**
 * The actor-level opposition view, the explorer's default: the strongest party-to-party ties
 * first, "show more" a page at a time, a party's own ties on demand, parties grouped under their
 * state or bloc, laid out so that no two parties or labels overlap at the first zoom.
 */
import type cytoscape from 'cytoscape';
import { TIE_PAGE } from '../api/actor-operations.js';
import { loadActorGraph } from '../graph/actor-load.js';
import { type ActorCounts, actorElements, countsText, groupId } from '../graph/actor-model.js';
import { settle } from '../graph/declutter-cy.js';
import { placeLabels } from '../graph/labels.js';
import { runLayout } from '../graph/layouts.js';
import { MAX_MORE } from '../state/url-state.js';
import { ActorPanel, type DrawnParty, type DrawnTie } from '../ui/actor-panel.js';
import { byTestId } from '../ui/dom.js';
import type { View, ViewHost } from './view.js';

const fmt = (n: number) => n.toLocaleString('en-GB');

export class ActorView implements View {
  private counts: ActorCounts | null = null;
  private hasNextPage = false;
  private selected: string | null = null;
  private readonly panel: ActorPanel;

  constructor(private readonly host: ViewHost) {
    this.panel = new ActorPanel(
      host.panel,
      host.client,
      {
        selectNode: (id) => this.tapNode(id),
        selectEdge: (id) => this.tapEdge(id),
        toggleTies: (id) => void this.toggleTies(id),
        toggleGroup: (id) => void this.toggleGroup(id),
        hide: (id) => void this.hide(id),
        onError: (error) => host.showError(error),
      },
      (id) => this.label(id),
    );
    byTestId('show-more').addEventListener('click', () => {
      const state = host.state();
      if (state.view === 'ACTORS' && this.hasNextPage)
        void host.commit({ ...state, more: Math.min(MAX_MORE, state.more + 1) });
    });
  }

  private get cy(): cytoscape.Core {
    return this.host.cyHost.cy;
  }

  private label(id: string): string {
    const n = this.cy.getElementById(id);
    return n.nonempty() ? String(n.data('label')) : id;
  }

  async render(ticket: number, options: { relayout?: boolean }): Promise<void> {
    const state = this.host.state();
    const graph = await loadActorGraph(this.host.client, state);
    if (!this.host.isCurrent(ticket)) return;
    performance.mark('faultline:loaded');
    this.host.hideError();
    const { elements, counts } = actorElements(graph, { collapsed: state.collapsed, hidden: state.hidden });
    this.counts = counts;
    this.hasNextPage = graph.hasNextPage;
    const cy = this.host.cyHost.ensure(elements.length);
    const before = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
    cy.one('render', () => performance.mark('faultline:drawn'));
    cy.batch(() => {
      cy.elements().remove();
      cy.add(elements);
    });
    const kept = cy.nodes().filter((n) => before.has(n.id()));
    const incremental = !options.relayout && kept.length > 0 && kept.length >= cy.nodes().length / 2;
    if (incremental) {
      cy.batch(() => {
        cy.nodes()
          .filter((n) => !n.isParent())
          .forEach((n) => {
            const p = before.get(n.id()) ?? this.nearNeighbour(n, before);
            if (p) n.position(p);
          });
      });
    }
    byTestId('counts-bar').hidden = false;
    this.host.setPhase('layout');
    await runLayout(cy, { name: 'actors', incremental });
    if (!this.host.isCurrent(ticket)) return;
    performance.mark('faultline:laid-out');
    settle(cy);
    this.showCounts();
    this.highlightFocus();
    this.restoreSelection();
    performance.mark('faultline:ready');
    this.host.setPhase(cy.nodes().empty() ? 'empty' : 'ready');
  }

  /** A new node starts beside a neighbour that was already placed, so the layout moves little. */
  private nearNeighbour(node: cytoscape.NodeSingular, before: Map<string, { x: number; y: number }>) {
    const anchor = node
      .neighborhood('node')
      .filter((n) => before.has(n.id()))
      .first();
    if (anchor.empty()) return null;
    const p = before.get(anchor.id())!;
    return { x: p.x + (Math.random() - 0.5) * 120, y: p.y + (Math.random() - 0.5) * 120 };
  }

  private showCounts(): void {
    const c = this.counts!;
    byTestId('counts-bar').hidden = false;
    const line = byTestId('counts');
    line.hidden = false;
    line.textContent = countsText(c);
    line.dataset.parties = String(c.parties);
    line.dataset.totalParties = String(c.totalParties);
    line.dataset.ties = String(c.ties);
    line.dataset.totalTies = String(c.totalTies);
    const more = byTestId<HTMLButtonElement>('show-more');
    more.hidden = false;
    more.disabled = !this.hasNextPage || this.host.state().more >= MAX_MORE;
    more.textContent = this.hasNextPage
      ? `Show ${fmt(Math.min(TIE_PAGE, c.notDrawnTies))} more ties (${fmt(c.notDrawnTies)} not drawn)`
      : 'Every tie is drawn';
  }

  private highlightFocus(): void {
    const focus = this.host.state().focus;
    const cy = this.cy;
    cy.batch(() => {
      cy.elements().removeClass('focused faded');
      const node = focus ? cy.getElementById(focus) : cy.collection();
      if (node.nonempty()) {
        cy.elements().not(node.closedNeighborhood()).not(node.ancestors()).addClass('faded');
        node.addClass('focused');
      }
    });
  }

  private restoreSelection(): void {
    const id = this.selected;
    if (id && this.cy.getElementById(id).nonempty()) {
      if (this.cy.getElementById(id).isNode()) this.tapNode(id);
      else this.tapEdge(id);
    } else {
      this.tapBackground();
    }
  }

  private drawnTies(of?: cytoscape.NodeSingular): DrawnTie[] {
    const edges = of ? of.connectedEdges().union(of.descendants().connectedEdges()) : this.cy.edges();
    return edges.map((e) => e.data() as DrawnTie);
  }

  private party(node: cytoscape.NodeSingular): DrawnParty {
    const d = node.data();
    return {
      id: d.id,
      label: d.label,
      type: d.type,
      kind: d.kind,
      weight: d.weight,
      degree: d.degree,
      parentName: d.parentName,
      parentId: d.groupKey,
      expanded: this.host.state().expanded.some((e) => e.id === d.id),
    };
  }

  tapNode(id: string): void {
    const node = this.cy.getElementById(id) as cytoscape.NodeSingular;
    if (node.empty()) return;
    this.selected = id;
    this.cy.elements(':selected').unselect();
    node.select();
    if (node.hasClass('group')) {
      const members = node.children().map((m) => ({ id: m.id(), label: String(m.data('label')) }));
      this.panel.showGroup(
        {
          id,
          groupOf: node.data('groupOf'),
          label: String(node.data('label')),
          collapsed: node.hasClass('collapsed'),
          size: Number(node.data('members')),
          members,
        },
        this.drawnTies(node),
      );
    } else {
      this.panel.showParty(this.party(node), this.drawnTies(node));
    }
  }

  tapEdge(id: string): void {
    const edge = this.cy.getElementById(id);
    this.selected = id;
    this.cy.elements(':selected').unselect();
    if (edge.nonempty()) edge.select();
    if (edge.nonempty() && edge.hasClass('aggregate')) this.panel.showAggregate(edge.data() as DrawnTie);
    else this.panel.showTie(id);
  }

  dblTapNode(id: string): void {
    const node = this.cy.getElementById(id);
    if (node.hasClass('group')) void this.toggleGroup(String(node.data('groupOf')));
    else void this.toggleTies(id);
  }

  tapBackground(): void {
    this.selected = null;
    const parties = this.cy.nodes('.party').map((n) => this.party(n));
    this.panel.showSummary(this.counts ? countsText(this.counts) : '', parties, this.drawnTies());
  }

  relayout(): Promise<void> {
    return runLayout(this.cy, { name: 'actors' }).then(() => settle(this.cy));
  }

  viewportChanged(): void {
    if (document.body.dataset.phase === 'ready') placeLabels(this.cy);
  }

  leave(): void {
    this.selected = null;
    byTestId('counts-bar').hidden = true;
  }

  /** Adds a party's own ties (the focus request), or takes them away again. */
  toggleTies(id: string): Promise<void> {
    const state = this.host.state();
    const expanded = state.expanded.some((e) => e.id === id);
    this.selected = id;
    return this.host.commit({
      ...state,
      expanded: expanded ? state.expanded.filter((e) => e.id !== id) : [...state.expanded, { id, depth: 1 }],
    });
  }

  toggleGroup(parentId: string): Promise<void> {
    const state = this.host.state();
    const collapsed = state.collapsed.includes(parentId);
    this.selected = groupId(parentId);
    return this.host.commit({
      ...state,
      collapsed: collapsed ? state.collapsed.filter((c) => c !== parentId) : [...state.collapsed, parentId],
    });
  }

  hide(id: string): Promise<void> {
    const state = this.host.state();
    if (this.selected === id) this.selected = null;
    return this.host.commit({ ...state, hidden: [...new Set([...state.hidden, id])] });
  }
}
