/**
 * The side panel: details of the chosen node or relationship, relationships as a readable list
 * (the graph's text alternative), and every relationship's evidence — verbatim quote, source
 * title and date — or, for a derived one, the relationships it was derived from.
 */
import type { ApiClient } from '../api/client.js';
import {
  type Edge,
  type EdgeBase,
  type Evidence,
  type FuzzyDate,
  type GraphNode,
  NODE_DETAILS,
  type NodeDetails,
  RELATIONSHIP,
  type RelationshipDetails,
} from '../api/operations.js';
import { EDGE_LOOKS, NODE_LOOKS, ORGANISATION_KIND_COLOURS } from '../graph/style.js';
import { h } from './dom.js';

export interface PanelActions {
  expand(id: string, depth: 1 | 2): void;
  hide(id: string): void;
  focus(id: string): void;
  pathFrom(id: string): void;
  pathTo(id: string): void;
  selectNode(id: string): void;
  selectEdge(id: string): void;
  onError(error: unknown): void;
}

export interface PanelLookup {
  node(id: string): GraphNode | undefined;
  edge(id: string): Edge | undefined;
  /** Relationships drawn on screen, optionally only those touching one node. */
  visibleEdges(nodeId?: string): Edge[];
  visibleNodeCount(): number;
  pendingPathFrom(): string | null;
}

const dateText = (date: FuzzyDate | null | undefined): string | null => date?.value ?? null;
const typeLabel = (type: string): string => EDGE_LOOKS[type as keyof typeof EDGE_LOOKS]?.label ?? type;
const LIST_LIMIT = 400;

export class SidePanel {
  private shown = 0;

  constructor(
    private readonly container: HTMLElement,
    private readonly client: ApiClient,
    private readonly actions: PanelActions,
    private readonly lookup: PanelLookup,
  ) {}

  private label(id: string, fallback?: string): string {
    return this.lookup.node(id)?.label ?? fallback ?? id;
  }

  /** "Sabrina Singh represents Pentagon", for lists and headings. */
  sentence(edge: {
    from: string;
    to: string;
    type: string;
    fromNode?: { name: string };
    toNode?: { name: string };
  }): string {
    return `${this.label(edge.from, edge.fromNode?.name)} ${typeLabel(edge.type)} ${this.label(edge.to, edge.toNode?.name)}`;
  }

  private edgeButton(edge: Edge | EdgeBase): HTMLElement {
    const when = dateText(edge.date);
    const button = h(
      'button',
      { type: 'button', 'data-testid': 'relationship-item', 'data-edge-id': edge.id },
      this.sentence(edge),
      when ? ` (${when})` : '',
      edge.status === 'DERIVED' ? ' — derived' : '',
    );
    button.addEventListener('click', () => this.actions.selectEdge(edge.id));
    return h('li', {}, button);
  }

  private edgeList(edges: Edge[], label: string): HTMLElement {
    if (!edges.length) return h('p', { class: 'meta' }, 'No relationships drawn.');
    const list = h(
      'ul',
      { 'aria-label': label, 'data-testid': 'relationship-list' },
      edges.slice(0, LIST_LIMIT).map((e) => this.edgeButton(e)),
    );
    if (edges.length <= LIST_LIMIT) return list;
    return h(
      'div',
      {},
      list,
      h('p', { class: 'meta' }, `…and ${edges.length - LIST_LIMIT} more; filter or search to narrow the graph.`),
    );
  }

  private render(...children: (Node | string | null | false)[]): number {
    this.container.replaceChildren(...children.filter((c): c is Node | string => !!c));
    return ++this.shown;
  }

  /** Nothing chosen: what is on screen, and every relationship as text. */
  showSummary(): void {
    const edges = this.lookup.visibleEdges();
    this.render(
      h('h2', { 'data-testid': 'panel-title' }, 'On screen'),
      h(
        'p',
        { class: 'meta' },
        `${this.lookup.visibleNodeCount()} nodes, ${edges.length} relationships. Choose one to see its evidence.`,
      ),
      h('h3', {}, 'Relationships'),
      this.edgeList(edges, 'Relationships on screen'),
    );
  }

  showNode(id: string, moveFocus = false): void {
    const node = this.lookup.node(id);
    if (!node) {
      this.showSummary();
      return;
    }
    const look = NODE_LOOKS[node.type];
    const kind = node.kind ? (ORGANISATION_KIND_COLOURS[node.kind]?.label ?? node.kind.toLowerCase()) : null;
    const details = h('div', { 'data-testid': 'node-details' });
    const pending = this.lookup.pendingPathFrom();
    const action = (testid: string, text: string, run: () => void) => {
      const b = h('button', { type: 'button', 'data-testid': testid }, text);
      b.addEventListener('click', run);
      return b;
    };
    const title = h('h2', { 'data-testid': 'panel-title', tabindex: '-1' }, node.label);
    const mine = this.render(
      title,
      h(
        'p',
        { class: 'meta', 'data-testid': 'panel-type' },
        [look.label, kind, dateText(node.date)].filter(Boolean).join(' · '),
      ),
      details,
      h(
        'div',
        { class: 'actions' },
        action('expand-1', 'Expand neighbours', () => this.actions.expand(id, 1)),
        action('expand-2', 'Expand 2 steps', () => this.actions.expand(id, 2)),
        action('focus-node', 'Focus', () => this.actions.focus(id)),
        action('hide-node', 'Hide', () => this.actions.hide(id)),
        action('path-from', 'Path from here', () => this.actions.pathFrom(id)),
        pending && pending !== id
          ? action('path-to', `Path from ${this.label(pending)} to here`, () => this.actions.pathTo(id))
          : null,
      ),
      h('h3', {}, 'Relationships'),
      this.edgeList(this.lookup.visibleEdges(id), `Relationships of ${node.label}`),
    );
    if (moveFocus) title.focus();
    this.client.request(NODE_DETAILS, { id }).then(
      (data) => {
        if (mine === this.shown && data.node) details.replaceChildren(...this.nodeFacts(data.node));
      },
      (error) => this.actions.onError(error),
    );
  }

  private nodeFacts(node: NodeDetails): HTMLElement[] {
    const facts: [string, string | Node | null | undefined][] = [
      ['Also called', node.aliases?.length ? node.aliases.join(', ') : null],
      ['Description', node.description],
      ['Summary', node.summary],
      ['Date', dateText(node.date)],
      ['Country', node.country ? this.nodeLink(node.country.id, node.country.name) : null],
      ['Place', node.place ? this.nodeLink(node.place.id, node.place.name) : null],
      ['Within', node.within ? this.nodeLink(node.within.id, node.within.name) : null],
      ['Identity', node.unknown ? 'not identified by the source' : null],
    ];
    const rows = facts.filter(([, v]) => v);
    if (!rows.length) return [];
    return [
      h(
        'dl',
        {},
        rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v!)]),
      ),
    ];
  }

  private nodeLink(id: string, name: string): Node {
    if (!this.lookup.node(id)) return document.createTextNode(name);
    const b = h('button', { type: 'button', class: 'link' }, name);
    b.addEventListener('click', () => this.actions.selectNode(id));
    return b;
  }

  private evidence(items: Evidence[]): HTMLElement {
    if (!items.length) return h('p', { class: 'meta' }, 'No quoted evidence.');
    return h(
      'div',
      { 'data-testid': 'evidence-list' },
      items.map((e) =>
        h(
          'figure',
          { 'data-testid': 'evidence' },
          h('blockquote', { 'data-testid': 'evidence-quote', cite: e.source.url ?? undefined }, e.quote),
          h(
            'figcaption',
            { 'data-testid': 'evidence-source' },
            '— ',
            h('cite', {}, e.source.title),
            e.source.outlet ? `, ${e.source.outlet}` : '',
            e.source.published ? `, published ${e.source.published.value}` : '',
          ),
        ),
      ),
    );
  }

  /**
   * A relationship: what the graph knows at once, then its evidence (or derivation chain)
   * from the API. Works for relationships not drawn too (the bases of a derived one).
   */
  showEdge(id: string, moveFocus = false): void {
    const edge = this.lookup.edge(id);
    const mine = edge
      ? this.renderEdge(edge, null, moveFocus)
      : this.render(h('p', { class: 'meta' }, 'Loading the relationship…'));
    this.client.request(RELATIONSHIP, { id }).then(
      (data) => {
        if (mine !== this.shown) return;
        if (!data.relationship) this.render(h('p', { class: 'meta' }, `No relationship ${id}.`));
        else this.renderEdge(data.relationship, data.relationship, moveFocus && !edge);
      },
      (error) => this.actions.onError(error),
    );
  }

  /** Draws a relationship; `details` is null until its evidence has arrived. */
  private renderEdge(edge: Edge | EdgeBase, details: RelationshipDetails | null, moveFocus: boolean): number {
    const derived = edge.status === 'DERIVED';
    const endpoint = (nodeId: string, name: string | undefined) => {
      const b = h('button', { type: 'button', 'data-testid': 'edge-endpoint' }, this.label(nodeId, name));
      b.addEventListener('click', () => (this.lookup.node(nodeId) ? this.actions.selectNode(nodeId) : undefined));
      return b;
    };
    const fromName = 'fromNode' in edge ? edge.fromNode.name : undefined;
    const toName = 'toNode' in edge ? edge.toNode.name : undefined;
    const title = h('h2', { 'data-testid': 'panel-title', tabindex: '-1' }, this.sentence(edge as EdgeBase));
    const shown = this.render(
      title,
      h(
        'p',
        { class: 'meta' },
        h(
          'span',
          { class: derived ? 'badge derived' : 'badge', 'data-testid': 'edge-status' },
          derived ? 'derived' : 'stated',
        ),
        ' ',
        typeLabel(edge.type),
        edge.role ? ` · role: ${edge.role}` : '',
        edge.date ? ` · ${edge.date.value}` : '',
      ),
      h('p', {}, endpoint(edge.from, fromName), ` ${typeLabel(edge.type)} → `, endpoint(edge.to, toName)),
      edge.note ? h('p', { 'data-testid': 'edge-note' }, edge.note) : null,
      derived ? null : h('h3', {}, 'Evidence'),
      derived ? null : details ? this.evidence(details.evidence) : h('p', { class: 'meta' }, 'Loading the evidence…'),
      derived ? h('h3', {}, 'Derived from') : null,
      derived && !details ? h('p', { class: 'meta' }, 'Loading the chain…') : null,
      derived && details
        ? h(
            'ul',
            { 'aria-label': 'Relationships it was derived from', 'data-testid': 'derived-from' },
            details.derivedFrom.map((base) => {
              const b = h(
                'button',
                { type: 'button', 'data-testid': 'derived-from-item', 'data-edge-id': base.id },
                this.sentence(base),
              );
              b.addEventListener('click', () => this.actions.selectEdge(base.id));
              return h(
                'li',
                { class: 'derivation' },
                b,
                base.status === 'DERIVED'
                  ? h('p', { class: 'meta' }, 'itself derived: open it for its chain')
                  : this.evidence(base.evidence),
              );
            }),
          )
        : null,
    );
    if (moveFocus) title.focus();
    return shown;
  }
}
