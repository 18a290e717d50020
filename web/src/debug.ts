/**
 * Debug handles: `window.cy` (the Cytoscape instance) and `window.faultline` (the explorer) are
 * set only when the page is opened with `?debug` (the browser tests and benchmarks do), so the
 * production page keeps its internals to itself.
 */
export const DEBUG = new URLSearchParams(location.search).has('debug');

/** Sets `window[name]` when debugging. */
export function expose(name: 'cy' | 'faultline', value: unknown): void {
  if (DEBUG) (window as unknown as Record<string, unknown>)[name] = value;
}
