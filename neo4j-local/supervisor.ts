/**
 * Keeps the local Neo4j running for `npm start`: notices the process ending or the database
 * panicking (an OutOfMemoryError or a panic in its console, or Neo4j refusing every transaction
 * while its process lives), logs it, restarts the server with backoff, and gives up loudly after
 * repeated failures. Stopping the supervisor stops whichever server is current, a restarted one
 * included, and any start still in progress.
 */
import type { Logger } from '../core/logger.js';
import type { RunningNeo4j } from './launcher.js';

/** `running`: the server answers; `restarting`: it died and a new one is on its way; `failed`: given up. */
export type SupervisorState = 'running' | 'restarting' | 'failed' | 'stopped';

export interface SupervisorOptions {
  /** Starts a server (the first and every restart); throws when it cannot. */
  start: () => Promise<RunningNeo4j>;
  logger: Logger;
  /** Told about every change of state, with a one-line reason. */
  onState?: (state: SupervisorState, reason: string) => void;
  /**
   * Whether the database answers. A server whose process lives but that fails `probeFailures`
   * probes in a row (a panicked database refuses every transaction) is killed and restarted.
   */
  probe?: () => Promise<boolean>;
  probeIntervalMs?: number;
  probeFailures?: number;
  /** Restarts allowed before a server stays up for `stableMs`; then the supervisor gives up. */
  maxRestarts?: number;
  stableMs?: number;
  /** Wait before restart number `attempt` (1, 2, …). */
  backoffMs?: (attempt: number) => number;
}

/** Console lines that mean the database cannot go on and its process must be restarted. */
export const PANIC_LINE = /OutOfMemoryError|critical error, and needs to be restarted|database panic|DatabasePanic/i;

const defaultBackoff = (attempt: number) => Math.min(30_000, 1000 * 2 ** (attempt - 1));

/** Supervises the local Neo4j; create it with `Neo4jSupervisor.start`. */
export class Neo4jSupervisor {
  private server: RunningNeo4j;
  private state: SupervisorState = 'running';
  private restarts = 0;
  private stopping = false;
  private restarting: Promise<void> | undefined;
  private probeTimer: NodeJS.Timeout | undefined;
  private stableTimer: NodeJS.Timeout | undefined;
  private wake: (() => void) | undefined;
  private unwatch: () => void = () => {};

  private constructor(
    first: RunningNeo4j,
    private readonly options: SupervisorOptions,
  ) {
    this.server = first;
    this.watch(first);
  }

  /** Starts the first server (its failure is the caller's, as without supervision) and watches it. */
  static async start(options: SupervisorOptions): Promise<Neo4jSupervisor> {
    const first = await options.start();
    return new Neo4jSupervisor(first, options);
  }

  /** The server running now (after a restart, the new one). */
  get current(): RunningNeo4j {
    return this.server;
  }

  get currentState(): SupervisorState {
    return this.state;
  }

  private get log(): Logger {
    return this.options.logger;
  }

  private setState(state: SupervisorState, reason: string): void {
    this.state = state;
    this.options.onState?.(state, reason);
  }

  private watch(server: RunningNeo4j): void {
    const offOutput = server.onOutput((line) => {
      if (PANIC_LINE.test(line)) this.failed(server, `the database panicked: ${line.trim().slice(0, 200)}`, true);
    });
    void server.exited.then((exit) => {
      this.failed(
        server,
        `the Neo4j process (pid ${server.pid}) ended (${exit.signal ?? `exit code ${exit.code}`})`,
        false,
      );
    });
    let failures = 0;
    const probe = this.options.probe;
    if (probe) {
      const limit = this.options.probeFailures ?? 6;
      this.probeTimer = setInterval(async () => {
        if (this.server !== server || this.state !== 'running') return;
        failures = (await probe().catch(() => false)) ? 0 : failures + 1;
        if (failures >= limit) {
          this.failed(server, `Neo4j refused ${failures} probes in a row while its process ran`, true);
        }
      }, this.options.probeIntervalMs ?? 5_000);
      this.probeTimer.unref();
    }
    this.stableTimer = setTimeout(() => {
      this.restarts = 0;
    }, this.options.stableMs ?? 120_000);
    this.stableTimer.unref();
    this.unwatch = () => {
      offOutput();
      clearInterval(this.probeTimer);
      clearTimeout(this.stableTimer);
    };
  }

  /** The current server has failed: restart it unless it is being stopped or already replaced. */
  private failed(server: RunningNeo4j, reason: string, kill: boolean): void {
    if (this.stopping || server !== this.server || this.restarting) return;
    this.unwatch();
    this.log.error(
      { event: 'neo4j-failed', pid: server.pid, reason, restarts: this.restarts },
      `Neo4j failed: ${reason}`,
    );
    this.restarting = this.restart(server, reason, kill).finally(() => {
      this.restarting = undefined;
    });
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  private async restart(dead: RunningNeo4j, reason: string, kill: boolean): Promise<void> {
    this.setState('restarting', reason);
    if (kill) await dead.stop({ discard: true });
    else await dead.stop(); // closes its log; the process is gone already
    const max = this.options.maxRestarts ?? 5;
    let lastError = reason;
    while (!this.stopping) {
      if (this.restarts >= max) {
        const message = `gave up restarting Neo4j after ${max} restarts in a row; last failure: ${lastError}`;
        this.log.fatal({ event: 'neo4j-gave-up', restarts: this.restarts, reason: lastError }, message);
        this.setState('failed', message);
        return;
      }
      this.restarts += 1;
      const wait = (this.options.backoffMs ?? defaultBackoff)(this.restarts);
      this.log.warn({ event: 'neo4j-restarting', attempt: this.restarts, inMs: wait }, 'restarting Neo4j');
      await this.sleep(wait);
      if (this.stopping) return;
      const started = Date.now();
      try {
        const next = await this.options.start();
        if (this.stopping) {
          await next.stop();
          return;
        }
        this.server = next;
        this.watch(next);
        this.log.warn(
          { event: 'neo4j-restarted', pid: next.pid, attempt: this.restarts, ms: Date.now() - started },
          'Neo4j restarted',
        );
        this.setState('running', `Neo4j restarted (pid ${next.pid})`);
        return;
      } catch (error) {
        lastError = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
        this.log.error(
          { event: 'neo4j-restart-failed', attempt: this.restarts, err: lastError },
          'Neo4j did not restart',
        );
      }
    }
  }

  /** Stops supervising and stops the current server (waiting for a restart in progress). */
  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    this.unwatch();
    this.wake?.();
    await this.restarting;
    await this.server.stop();
    this.setState('stopped', 'stopped');
  }
}
