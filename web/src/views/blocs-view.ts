/**
 * "Alliances and blocs": the signed actor network of one time window (the slider re-runs the
 * analysis), parties coloured by bloc and sized by a chosen centrality, ties by sign, the
 * unbalanced triangles highlighted on demand, every number leading to its ties and quotes.
 */
import type cytoscape from 'cytoscape';
import {
  ANALYSIS,
  type Analysis,
  BLOC_TIES,
  type CentralityMeasure,
  SIGNED_TIE_EVIDENCE,
  type TieQuotes,
  type Triangle,
} from '../api/analysis-operations.js';
import { blocElements } from '../graph/blocs-model.js';
import { settle } from '../graph/declutter-cy.js';
import { placeLabels } from '../graph/labels.js';
import { runLayout } from '../graph/layouts.js';
import { BlocsPanel } from '../ui/blocs-panel.js';
import { byTestId } from '../ui/dom.js';
import type { View, ViewHost } from './view.js';

/** Parties given a centrality score (and so a size); the rest are drawn smallest. */
const CENTRALITY_TOP = 500;

export class BlocsView implements View {
  private analysis: Analysis | null = null;
  private blocOf = new Map<string, number>();
  private centrality = new Map<string, { value: number; rank: number }>();
  private names = new Map<string, string>();
  private quotes: { key: string; found: Promise<Map<string, TieQuotes>> } | null = null;
  private readonly panel: BlocsPanel;

  constructor(private readonly host: ViewHost) {
    this.panel = new BlocsPanel(
      host.panel,
      {
        selectNode: (id) => this.tapNode(id),
        showTriangle: (t) => this.markTriangle(t),
        quotes: () => this.loadQuotes(),
        onError: (error) => host.showError(error),
      },
      (id) => this.names.get(id) ?? id,
    );
    const k = byTestId<HTMLSelectElement>('bloc-k');
    const measure = byTestId<HTMLSelectElement>('bloc-measure');
    const triangles = byTestId<HTMLInputElement>('bloc-triangles');
    k.addEventListener('change', () => void host.commit({ ...host.state(), k: Number(k.value) }));
    measure.addEventListener(
      'change',
      () => void host.commit({ ...host.state(), measure: measure.value as CentralityMeasure }),
    );
    triangles.addEventListener('change', () => void host.commit({ ...host.state(), triangles: triangles.checked }));
  }

  private get cy(): cytoscape.Core {
    return this.host.cyHost.cy;
  }

  async render(ticket: number): Promise<void> {
    const state = this.host.state();
    byTestId('bloc-controls').hidden = false;
    byTestId<HTMLSelectElement>('bloc-k').value = String(state.k);
    byTestId<HTMLSelectElement>('bloc-measure').value = state.measure;
    byTestId<HTMLInputElement>('bloc-triangles').checked = state.triangles;
    const data = await this.host.client.request(ANALYSIS, {
      from: state.from,
      to: state.to,
      k: state.k,
      measure: state.measure,
      ties: BLOC_TIES,
      top: CENTRALITY_TOP,
    });
    if (!this.host.isCurrent(ticket)) return;
    this.host.hideError();
    const analysis = data.analysis;
    const { elements, blocOf, names, centrality } = blocElements(analysis, { triangles: state.triangles });
    this.analysis = analysis;
    this.blocOf = blocOf;
    this.names = names;
    this.centrality = centrality;
    const cy = this.host.cyHost.ensure(elements.length);
    const before = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
    cy.one('render', () => performance.mark('faultline:drawn'));
    cy.batch(() => {
      cy.elements().remove();
      cy.add(elements);
    });
    const kept = cy.nodes().filter((n) => before.has(n.id()));
    const incremental = kept.length > 0 && kept.length >= cy.nodes().length * 0.8;
    if (incremental) cy.batch(() => kept.forEach((n) => void n.position(before.get(n.id())!)));
    this.host.setPhase('layout');
    await runLayout(cy, { name: 'actors', incremental });
    if (!this.host.isCurrent(ticket)) return;
    settle(cy);
    this.panel.showSummary(analysis, state.measure);
    performance.mark('faultline:ready');
    this.host.setPhase(cy.nodes().empty() ? 'empty' : 'ready');
  }

  /** Quotes for every triangle and frustrated tie of this window, asked for once. */
  private loadQuotes(): Promise<Map<string, TieQuotes>> {
    const state = this.host.state();
    const key = `${state.from}|${state.to}`;
    if (this.quotes?.key !== key) {
      const found = this.host.client.request(SIGNED_TIE_EVIDENCE, { from: state.from, to: state.to }).then((d) => {
        const map = new Map<string, TieQuotes>();
        for (const t of d.analysis.balance.unbalancedTriangles.flatMap((tri) => tri.ties)) map.set(t.id, t);
        for (const t of d.analysis.balance.frustration.frustratedTies) map.set(t.id, t);
        return map;
      });
      this.quotes = { key, found };
    }
    return this.quotes.found;
  }

  private markTriangle(triangle: Triangle | null): void {
    const cy = this.cy;
    cy.batch(() => {
      cy.elements('.on-triangle').removeClass('on-triangle');
      if (!triangle) return;
      for (const id of triangle.partyIds) cy.getElementById(id).addClass('on-triangle');
      for (const t of triangle.ties) cy.getElementById(t.id).addClass('on-triangle');
    });
  }

  tapNode(id: string): void {
    this.cy.elements(':selected').unselect();
    this.cy.getElementById(id).select();
    this.panel.showParty(id, this.blocOf.get(id) ?? null, this.centrality.get(id));
  }

  tapEdge(id: string): void {
    const edge = this.cy.getElementById(id);
    if (edge.empty()) return;
    this.cy.elements(':selected').unselect();
    edge.select();
    this.panel.showTie(edge.data());
  }

  dblTapNode(id: string): void {
    this.tapNode(id);
  }

  tapBackground(): void {
    this.markTriangle(null);
    if (this.analysis) this.panel.showSummary(this.analysis, this.host.state().measure);
  }

  relayout(): Promise<void> {
    return runLayout(this.cy, { name: 'actors' }).then(() => settle(this.cy));
  }

  viewportChanged(): void {
    if (document.body.dataset.phase === 'ready') placeLabels(this.cy);
  }

  leave(): void {
    byTestId('bloc-controls').hidden = true;
    this.quotes = null;
  }
}
