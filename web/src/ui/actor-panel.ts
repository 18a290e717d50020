/**
 * The side panel of the actor view: what is on screen and what is not (counted), a party with
 * its ties and the buttons to expand or collapse it, a group, and a tie with its counts, dates
 * and its evidence, a page of quotes at a time.
 */
import { EVIDENCE_PAGE, TIE_DETAILS, TIE_EVIDENCE, type TieDetails } from '../api/actor-operations.js';
import type { ApiClient } from '../api/client.js';
import { h } from './dom.js';

export interface ActorPanelActions {
  selectNode(id: string): void;
  selectEdge(id: string): void;
  toggleTies(partyId: string): void;
  toggleGroup(parentId: string): void;
  hide(partyId: string): void;
  onError(error: unknown): void;
}

/** What the panel needs to know about a drawn element, read from Cytoscape data. */
export interface DrawnParty {
  id: string;
  label: string;
  type?: string;
  kind?: string | null;
  weight?: number;
  degree?: number;
  parentName?: string | null;
  parentId?: string | null;
  expanded: boolean;
}
export interface DrawnGroup {
  id: string;
  groupOf: string;
  label: string;
  collapsed: boolean;
  /** Parties in the group; `members` lists them when they are drawn (not collapsed). */
  size: number;
  members: { id: string; label: string }[];
}
export interface DrawnTie {
  id: string;
  source: string;
  target: string;
  total: number;
  weight: number;
  ties: string[];
}

const fmt = (n: number) => n.toLocaleString('en-GB');

export class ActorPanel {
  private shown = 0;

  constructor(
    private readonly container: HTMLElement,
    private readonly client: ApiClient,
    private readonly actions: ActorPanelActions,
    private readonly label: (id: string) => string,
  ) {}

  private render(...children: (Node | string | null | false)[]): number {
    this.container.replaceChildren(...children.filter((c): c is Node | string => !!c));
    return ++this.shown;
  }

  private button(testid: string, text: string, run: () => void, attrs: Record<string, string> = {}): HTMLElement {
    const b = h('button', { type: 'button', 'data-testid': testid, ...attrs }, text);
    b.addEventListener('click', run);
    return b;
  }

  private tieList(ties: DrawnTie[], label: string): HTMLElement {
    if (!ties.length) return h('p', { class: 'meta' }, 'No ties drawn.');
    const sorted = [...ties].sort((a, b) => b.weight - a.weight).slice(0, 200);
    return h(
      'ul',
      { 'aria-label': label, 'data-testid': 'tie-list' },
      sorted.map((t) =>
        h(
          'li',
          {},
          this.button(
            'tie-item',
            `${this.label(t.source)} → ${this.label(t.target)}: ${fmt(t.total)} event${t.total === 1 ? '' : 's'}`,
            () => this.actions.selectEdge(t.id),
            { 'data-edge-id': t.id },
          ),
        ),
      ),
    );
  }

  /** Nothing chosen: the counts, the heaviest parties and ties on screen. */
  showSummary(counts: string, parties: DrawnParty[], ties: DrawnTie[]): void {
    const top = [...parties].sort((a, b) => (b.weight ?? 0) - (a.weight ?? 0)).slice(0, 25);
    this.render(
      h('h2', { 'data-testid': 'panel-title' }, 'Who opposes whom: parties'),
      h('p', { class: 'meta', 'data-testid': 'panel-counts' }, counts),
      h('p', { class: 'meta' }, 'Click a party for its ties, a tie for its events and quotes; double-click to expand.'),
      h('h3', {}, 'Heaviest parties on screen'),
      h(
        'ol',
        { 'data-testid': 'party-list' },
        top.map((p) =>
          h(
            'li',
            {},
            this.button('party-item', p.label, () => this.actions.selectNode(p.id), { 'data-node-id': p.id }),
          ),
        ),
      ),
      h('h3', {}, 'Strongest ties on screen'),
      this.tieList(ties.slice(0, 50), 'Ties on screen'),
    );
  }

  showParty(party: DrawnParty, ties: DrawnTie[]): void {
    const facts = [
      party.type,
      party.kind?.toLowerCase().replaceAll('_', ' '),
      party.parentName ? `in ${party.parentName}` : null,
    ].filter(Boolean);
    this.render(
      h('h2', { 'data-testid': 'panel-title', tabindex: '-1' }, party.label),
      h('p', { class: 'meta' }, facts.join(' · ')),
      h(
        'p',
        { 'data-testid': 'party-degree' },
        `${fmt(party.degree ?? 0)} ties in this window, weight ${fmt(party.weight ?? 0)}; ${fmt(ties.length)} drawn.`,
      ),
      h(
        'div',
        { class: 'actions' },
        party.expanded
          ? this.button('collapse-ties', 'Collapse its ties', () => this.actions.toggleTies(party.id))
          : this.button('expand-ties', 'Show its ties', () => this.actions.toggleTies(party.id)),
        party.parentId
          ? this.button('collapse-group', `Collapse ${party.parentName ?? 'group'}`, () =>
              this.actions.toggleGroup(party.parentId!),
            )
          : null,
        this.button('hide-node', 'Hide', () => this.actions.hide(party.id)),
      ),
      h('h3', {}, 'Ties drawn'),
      this.tieList(ties, `Ties of ${party.label}`),
    );
  }

  showGroup(group: DrawnGroup, ties: DrawnTie[]): void {
    this.render(
      h('h2', { 'data-testid': 'panel-title', tabindex: '-1' }, group.label),
      h(
        'p',
        { class: 'meta' },
        `A group of ${fmt(group.size)} parties${group.collapsed ? ', collapsed into one node' : ''}.`,
      ),
      h(
        'div',
        { class: 'actions' },
        this.button('toggle-group', group.collapsed ? 'Expand the group' : 'Collapse the group', () =>
          this.actions.toggleGroup(group.groupOf),
        ),
      ),
      h(
        'ul',
        { 'data-testid': 'group-members' },
        group.members.map((m) => h('li', {}, m.label)),
      ),
      h('h3', {}, 'Ties drawn'),
      this.tieList(ties, `Ties of ${group.label}`),
    );
  }

  /** An aggregate edge between collapsed groups: the ties it adds up. */
  showAggregate(edge: DrawnTie): void {
    this.render(
      h('h2', { 'data-testid': 'panel-title' }, `${this.label(edge.source)} → ${this.label(edge.target)}`),
      h('p', {}, `${fmt(edge.ties.length)} ties, ${fmt(edge.total)} events in all.`),
      h(
        'ul',
        { 'data-testid': 'tie-list' },
        edge.ties.map((id) =>
          h(
            'li',
            {},
            this.button('tie-item', id, () => this.showTie(id), { 'data-edge-id': id }),
          ),
        ),
      ),
    );
  }

  /** A tie: its counts and dates at once from the API, then its quotes page by page. */
  showTie(id: string): void {
    const mine = this.render(h('p', { class: 'meta' }, 'Loading the tie…'));
    this.client.request(TIE_DETAILS, { id }).then(
      (data) => {
        if (mine !== this.shown) return;
        if (!data.tie) this.render(h('p', { class: 'meta' }, `No tie ${id} in this window.`));
        else this.renderTie(data.tie);
      },
      (error) => this.actions.onError(error),
    );
  }

  private renderTie(tie: TieDetails): void {
    const when = tie.firstDate ? `${tie.firstDate} to ${tie.lastDate ?? tie.firstDate}` : 'undated';
    const quotes = h('div', { 'data-testid': 'evidence-list' });
    const more = h('p', {});
    const mine = this.render(
      h('h2', { 'data-testid': 'panel-title', tabindex: '-1' }, `${tie.from.name} → ${tie.to.name}`),
      h(
        'p',
        { 'data-testid': 'tie-summary' },
        `${fmt(tie.total)} events, ${when}`,
        tie.fatalities != null ? `, ${fmt(tie.fatalities)} fatalities` : '',
        `; weight ${fmt(tie.weight)}.`,
      ),
      h(
        'dl',
        { 'data-testid': 'tie-counts' },
        tie.counts.flatMap((c) => [h('dt', {}, c.kind.toLowerCase().replaceAll('_', ' ')), h('dd', {}, fmt(c.count))]),
      ),
      tie.roles.length ? h('p', { class: 'meta' }, `Roles: ${tie.roles.join(', ')}`) : null,
      h('h3', {}, 'Evidence'),
      quotes,
      more,
    );
    const page = (after: string | null, shownSoFar: number) =>
      this.client.request(TIE_EVIDENCE, { id: tie.id, first: EVIDENCE_PAGE, after }).then(
        (data) => {
          if (mine !== this.shown || !data.tie) return;
          const conn = data.tie.evidence;
          for (const { node } of conn.edges) {
            for (const e of node.evidence) {
              quotes.append(
                h(
                  'figure',
                  { 'data-testid': 'evidence' },
                  h('blockquote', { 'data-testid': 'evidence-quote' }, e.quote),
                  h(
                    'figcaption',
                    { 'data-testid': 'evidence-source' },
                    '— ',
                    h('cite', {}, e.source.title),
                    node.date ? `, ${node.date.value}` : '',
                  ),
                ),
              );
            }
          }
          const seen = shownSoFar + conn.edges.length;
          const status = `${fmt(seen)} of ${fmt(conn.totalCount)} relationships behind this tie shown.`;
          more.replaceChildren(
            h('span', { class: 'meta', 'data-testid': 'evidence-count' }, status),
            conn.pageInfo.hasNextPage
              ? this.button('more-evidence', 'More quotes', () => void page(conn.pageInfo.endCursor ?? null, seen))
              : '',
          );
        },
        (error) => this.actions.onError(error),
      );
    void page(null, 0);
  }
}
