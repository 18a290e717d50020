/**
 * The side panel of the "Alliances and blocs" view. Every number is a button: a bloc lists its
 * parties, a census count or the unbalanced total lists the triangles behind it, the frustration
 * lists the ties that break the blocs; a triangle or tie shows the quotes behind each of its ties.
 */
import type { Analysis, TieQuotes, Triangle } from '../api/analysis-operations.js';
import type { CensusKey } from '../graph/blocs-model.js';
import { triangleKind } from '../graph/blocs-model.js';
import { h } from './dom.js';

export interface BlocsPanelActions {
  selectNode(id: string): void;
  /** Highlights a triangle's parties and ties on the graph. */
  showTriangle(triangle: Triangle | null): void;
  /** Quotes behind the triangles' and the frustrated ties, fetched once per window. */
  quotes(): Promise<Map<string, TieQuotes>>;
  onError(error: unknown): void;
}

const fmt = (n: number) => n.toLocaleString('en-GB');
const score = (x: number | null | undefined) => (x == null ? 'n/a' : x.toFixed(3));
const SIGNS: Record<CensusKey, string> = { ppp: '+++', ppn: '++−', pnn: '+−−', nnn: '−−−' };

export class BlocsPanel {
  private shown = 0;

  constructor(
    private readonly container: HTMLElement,
    private readonly actions: BlocsPanelActions,
    private readonly name: (id: string) => string,
  ) {}

  private render(...children: (Node | string | null | false)[]): number {
    this.container.replaceChildren(...children.filter((c): c is Node | string => !!c));
    return ++this.shown;
  }

  private button(testid: string, text: string, run: () => void, attrs: Record<string, string> = {}): HTMLElement {
    const b = h('button', { type: 'button', 'data-testid': testid, class: 'number', ...attrs }, text);
    b.addEventListener('click', run);
    return b;
  }

  showSummary(a: Analysis, measure: string): void {
    const { census, frustration } = a.balance;
    this.render(
      h('h2', { 'data-testid': 'panel-title' }, 'Alliances and blocs'),
      h(
        'p',
        { class: 'meta', 'data-testid': 'blocs-counts' },
        `${fmt(a.parties)} parties and ${fmt(a.ties)} signed ties in this window; the ${fmt(a.signedTies.length)} strongest drawn.`,
      ),
      h('h3', {}, `Blocs (k = ${a.blocs.k}, criterion ${score(a.blocs.criterion)})`),
      h(
        'ul',
        {},
        a.blocs.blocs.map((bloc, i) =>
          h(
            'li',
            { class: `bloc-swatch bloc-${i % 8}` },
            this.button('bloc-item', `Bloc ${i + 1}: ${fmt(bloc.size)} parties`, () => this.showBloc(a, i), {
              'data-bloc': String(i),
            }),
          ),
        ),
      ),
      h('h3', {}, 'Triangles'),
      h(
        'ul',
        { 'data-testid': 'census' },
        (Object.keys(SIGNS) as CensusKey[]).map((key) =>
          h(
            'li',
            {},
            `${SIGNS[key]} `,
            this.button(`census-${key}`, fmt(census[key]), () => this.showTriangles(a, key)),
            key === 'ppn' || key === 'nnn' ? ' unbalanced' : ' balanced',
          ),
        ),
      ),
      h(
        'p',
        {},
        'Unbalanced triangles: ',
        this.button('unbalanced-total', fmt(a.balance.unbalancedTotal), () => this.showTriangles(a, null)),
      ),
      h(
        'p',
        {},
        `Triangle balance ${score(a.balance.triangleScore)}, walk balance ${score(a.balance.walkScore)}; frustration `,
        this.button('frustration', fmt(frustration.value), () => this.showFrustration(a)),
        frustration.exact ? ' (exact)' : ` (at least ${fmt(frustration.lowerBound)})`,
        `, score ${score(frustration.score)}.`,
      ),
      h('h3', {}, `Most central (${measure.toLowerCase().replaceAll('_', ' ')})`),
      h(
        'ol',
        { 'data-testid': 'centrality-list' },
        a.centrality.slice(0, 10).map((c) =>
          h(
            'li',
            {},
            this.button('party-item', `${this.name(c.partyId)} (${c.value.toFixed(2)})`, () =>
              this.actions.selectNode(c.partyId),
            ),
          ),
        ),
      ),
    );
  }

  private showBloc(a: Analysis, index: number): void {
    const bloc = a.blocs.blocs[index]!;
    this.render(
      h('h2', { 'data-testid': 'panel-title' }, `Bloc ${index + 1}`),
      h('p', { class: 'meta' }, `${fmt(bloc.size)} parties.`),
      h(
        'ul',
        { 'data-testid': 'bloc-members' },
        bloc.partyIds.map((id) =>
          h(
            'li',
            {},
            this.button('party-item', this.name(id), () => this.actions.selectNode(id)),
          ),
        ),
      ),
    );
  }

  private showTriangles(a: Analysis, kind: CensusKey | null): void {
    const all = a.balance.unbalancedTriangles;
    const list = kind ? all.filter((t) => triangleKind(t) === kind) : all;
    const heading = kind ? `${SIGNS[kind]} triangles` : 'Unbalanced triangles';
    const note =
      kind === 'ppp' || kind === 'pnn'
        ? 'Balanced triangles are counted, not listed: the API lists the unbalanced ones, where the enemy of an enemy is not a friend.'
        : `${fmt(list.length)} of ${fmt(kind ? a.balance.census[kind] : a.balance.unbalancedTotal)} listed (the API returns the first ${all.length}).`;
    this.render(
      h('h2', { 'data-testid': 'panel-title' }, heading),
      h('p', { class: 'meta' }, note),
      h(
        'ul',
        { 'data-testid': 'triangle-list' },
        list.map((t) =>
          h(
            'li',
            {},
            this.button('triangle-item', t.partyIds.map((id) => this.name(id)).join(' · '), () => this.showTriangle(t)),
          ),
        ),
      ),
    );
  }

  /** A triangle: highlighted on the graph, its three ties with their signs and quotes. */
  showTriangle(t: Triangle): void {
    this.actions.showTriangle(t);
    const list = h('div', { 'data-testid': 'triangle-ties' });
    const mine = this.render(
      h('h2', { 'data-testid': 'panel-title' }, `${SIGNS[triangleKind(t)]}: ${t.partyIds.map(this.name).join(', ')}`),
      h('p', { class: 'meta' }, 'An unbalanced triangle: its signs do not split into two camps.'),
      list,
    );
    this.tiesWithQuotes(t.ties, list, mine);
  }

  private showFrustration(a: Analysis): void {
    const f = a.balance.frustration;
    const list = h('div', { 'data-testid': 'frustrated-ties' });
    const mine = this.render(
      h('h2', { 'data-testid': 'panel-title' }, 'Ties that break the blocs'),
      h(
        'p',
        { class: 'meta' },
        `Frustration ${fmt(f.value)}${f.exact ? ' (exact)' : `, at least ${fmt(f.lowerBound)}`}: positive ties between blocs and negative ties within them.`,
      ),
      list,
    );
    this.actions.showTriangle(null);
    this.tiesWithQuotes(f.frustratedTies, list, mine);
  }

  private tiesWithQuotes(ties: Triangle['ties'], into: HTMLElement, mine: number): void {
    for (const t of ties) {
      into.append(
        h(
          'section',
          { 'data-testid': 'signed-tie', 'data-tie-id': t.id },
          h('h3', {}, `${t.from.name} ${t.sign >= 0 ? '+' : '−'} ${t.to.name}`),
          h('div', { 'data-quotes-for': t.id }, h('p', { class: 'meta' }, 'Loading the quotes…')),
        ),
      );
    }
    this.actions.quotes().then(
      (found) => {
        if (mine !== this.shown) return;
        for (const t of ties) {
          const slot = into.querySelector<HTMLElement>(`[data-quotes-for="${CSS.escape(t.id)}"]`)!;
          const q = found.get(t.id);
          const quotes = q?.evidence.edges.flatMap(({ node }) =>
            node.evidence.map((e) =>
              h(
                'figure',
                { 'data-testid': 'evidence' },
                h('blockquote', { 'data-testid': 'evidence-quote' }, e.quote),
                h('figcaption', { 'data-testid': 'evidence-source' }, '— ', h('cite', {}, e.source.title)),
              ),
            ),
          );
          slot.replaceChildren(
            ...(quotes?.length ? quotes : [h('p', { class: 'meta' }, 'No quoted evidence.')]),
            q && q.evidence.totalCount > q.evidence.edges.length
              ? h(
                  'p',
                  { class: 'meta' },
                  `${fmt(q.evidence.totalCount)} relationships in all; the first ${q.evidence.edges.length} shown.`,
                )
              : '',
          );
        }
      },
      (error) => this.actions.onError(error),
    );
  }

  showParty(id: string, bloc: number | null, centrality: { value: number; rank: number } | undefined): void {
    this.actions.showTriangle(null);
    this.render(
      h('h2', { 'data-testid': 'panel-title' }, this.name(id)),
      h('p', { 'data-testid': 'party-bloc' }, bloc === null ? 'In no bloc.' : `Bloc ${bloc + 1}.`),
      h(
        'p',
        {},
        centrality
          ? `Centrality ${centrality.value.toFixed(3)}, rank ${centrality.rank}.`
          : 'Not among the most central.',
      ),
    );
  }

  showTie(data: {
    source: string;
    target: string;
    sign: number;
    positive: number | null;
    negative: number | null;
  }): void {
    this.render(
      h(
        'h2',
        { 'data-testid': 'panel-title' },
        `${this.name(data.source)} ${data.sign >= 0 ? '+' : '−'} ${this.name(data.target)}`,
      ),
      h(
        'p',
        {},
        `Sign ${data.sign >= 0 ? 'positive' : 'negative'}`,
        data.positive != null ? `; positive weight ${data.positive}, negative weight ${data.negative}.` : '.',
      ),
    );
  }
}
