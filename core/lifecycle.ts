/** Process lifecycle shared by every entry point: one handler for SIGINT and SIGTERM, run once. */

/** Runs `stop` on the first SIGINT or SIGTERM; returns a function that removes the handlers. */
export function onShutdownSignal(stop: (signal: NodeJS.Signals) => void | Promise<void>): () => void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    void stop(signal);
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}
