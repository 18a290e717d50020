/**
 * The explorer: holds the URL state, hands it to the view that draws it (parties, blocs or
 * events) and wires the controls. Every user step goes through `commit`, which records the
 * previous state for Undo and writes the new one to the URL.
 */
import type { ApiClient } from './api/client.js';
import { DATE_RANGE, type DateSpan } from './api/operations.js';
import { CyHost } from './graph/cy-instance.js';
import { stopLayout } from './graph/layouts.js';
import { type ExplorerState, isEventView, parseState, serializeState } from './state/url-state.js';
import { bindControls, type ControlHost, syncControls, updateLegend } from './ui/controls.js';
import { byTestId } from './ui/dom.js';
import { hideError, showError } from './ui/errors.js';
import { DateSlider } from './ui/filters.js';
import { ActorView } from './views/actor-view.js';
import { BlocsView } from './views/blocs-view.js';
import { EventView } from './views/event-view.js';
import type { Phase, View, ViewHost } from './views/view.js';

export type { Phase };

/** Quiet time after a zoom or pan before labels are placed again. */
const VIEWPORT_SETTLE_MS = 150;

/** URL parameters that are not state but carried along (`?debug`, `?renderer=`). */
const CARRIED = ['debug', 'renderer'] as const;

export class Explorer {
  private state: ExplorerState;
  private readonly history: ExplorerState[] = [];
  private dateSpan: DateSpan | null = null;
  private renderCount = 0;
  private current: View | null = null;
  private readonly cyHost: CyHost;
  private readonly dates: DateSlider;
  private readonly views: { actors: ActorView; blocs: BlocsView; events: EventView };
  private readonly carried: URLSearchParams;

  constructor(
    private readonly client: ApiClient,
    container: HTMLElement,
  ) {
    const params = new URLSearchParams(location.search);
    this.carried = new URLSearchParams();
    for (const name of CARRIED) if (params.has(name)) this.carried.set(name, params.get(name) ?? '');
    this.state = parseState(location.search);
    this.cyHost = new CyHost(container, params.get('renderer'), (cy) => {
      cy.on('tap', 'node', (event) => this.view().tapNode(event.target.id()));
      cy.on('tap', 'edge', (event) => this.view().tapEdge(event.target.id()));
      cy.on('dbltap', 'node', (event) => this.view().dblTapNode(event.target.id()));
      cy.on('tap', (event) => {
        if (event.target === cy) this.view().tapBackground();
      });
      let timer: ReturnType<typeof setTimeout> | undefined;
      cy.on('viewport', () => {
        clearTimeout(timer);
        timer = setTimeout(() => this.view().viewportChanged?.(), VIEWPORT_SETTLE_MS);
      });
    });
    const host: ViewHost = {
      client,
      cyHost: this.cyHost,
      panel: byTestId('side-panel'),
      state: () => this.state,
      commit: (next, options) => this.commit(next, options),
      setPhase: (phase) => this.setPhase(phase),
      isCurrent: (ticket) => ticket === this.renderCount,
      showError,
      hideError,
    };
    this.views = { actors: new ActorView(host), blocs: new BlocsView(host), events: new EventView(host) };
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
    bindControls(this.controlHost());
  }

  get cy() {
    return this.cyHost.cy;
  }

  /** Loads the date span and draws what the URL asks for. */
  async start(): Promise<void> {
    this.client.request(DATE_RANGE, {}).then(
      (data) => {
        this.dateSpan = data.dateRange ?? null;
        this.dates.set(this.dateSpan, this.state.from, this.state.to);
      },
      (error) => showError(error),
    );
    await this.render();
  }

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

  private view(): View {
    if (this.state.view === 'ACTORS') return this.views.actors;
    if (this.state.view === 'BLOCS') return this.views.blocs;
    return this.views.events;
  }

  private writeUrl(): void {
    const carried = this.carried.toString().replace(/=(?=&|$)/g, '');
    history.replaceState(null, '', `${location.pathname}?${serializeState(this.state)}${carried ? `&${carried}` : ''}`);
  }

  private setPhase(phase: Phase): void {
    document.body.dataset.phase = phase;
    byTestId('empty-state').hidden = phase !== 'empty';
    if (phase === 'ready' || phase === 'empty') updateLegend(this.cy, this.state.view);
  }

  private async render(options: { relayout?: boolean } = {}): Promise<void> {
    const ticket = ++this.renderCount;
    const view = this.view();
    if (this.current && this.current !== view) {
      stopLayout();
      this.current.leave();
      this.cy.elements().remove();
    }
    this.current = view;
    this.writeUrl();
    syncControls(this.controlHost());
    this.dates.set(this.dateSpan, this.state.from, this.state.to);
    this.setPhase('loading');
    try {
      await view.render(ticket, options);
    } catch (error) {
      if (ticket !== this.renderCount) return;
      showError(error);
      this.setPhase('error');
    }
  }

  private controlHost(): ControlHost {
    return {
      client: this.client,
      cy: () => this.cy,
      state: () => this.state,
      canUndo: () => this.history.length > 0,
      commit: (next) => this.commit(next),
      undo: () => this.undo(),
      relayout: () => this.view().relayout(),
      choose: (id) => {
        if (isEventView(this.state.view)) void this.views.events.focus(id);
        else if (this.state.view === 'ACTORS') void this.focusParty(id);
        else this.views.blocs.tapNode(id);
      },
      showError,
    };
  }

  /** A search hit in the parties view: its ties are fetched and it is centred and highlighted. */
  private focusParty(id: string): Promise<void> {
    const s = this.state;
    const expanded = s.expanded.some((e) => e.id === id) ? s.expanded : [...s.expanded, { id, depth: 1 as const }];
    return this.commit({ ...s, focus: id, expanded, hidden: s.hidden.filter((h) => h !== id) });
  }
}
