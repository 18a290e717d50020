/**
 * What every view (actor network, blocs, event-level networks) is given by the explorer, and
 * what it offers back: drawing the state, answering taps, laying out again.
 */
import type { ApiClient } from '../api/client.js';
import type { CyHost } from '../graph/cy-instance.js';
import type { ExplorerState } from '../state/url-state.js';

export type Phase = 'loading' | 'layout' | 'ready' | 'empty' | 'error';

export interface ViewHost {
  readonly client: ApiClient;
  readonly cyHost: CyHost;
  /** The side panel's element, which the current view fills. */
  readonly panel: HTMLElement;
  state(): ExplorerState;
  /** Records the state for Undo, moves to `next`, and draws it. */
  commit(next: ExplorerState, options?: { relayout?: boolean }): Promise<void>;
  setPhase(phase: Phase): void;
  /** False once a newer drawing has started: the older one stops where it is. */
  isCurrent(ticket: number): boolean;
  showError(error: unknown): void;
  hideError(): void;
}

export interface View {
  /** Fetches what the state asks for and draws it; resolves when laid out. */
  render(ticket: number, options: { relayout?: boolean }): Promise<void>;
  tapNode(id: string): void;
  tapEdge(id: string): void;
  dblTapNode(id: string): void;
  tapBackground(): void;
  relayout(): Promise<void>;
  /** After the reader zoomed or panned (debounced): labels are placed for the new zoom. */
  viewportChanged?(): void;
  /** Called when another view takes over, to take down what this one put on the page. */
  leave(): void;
}
