/**
 * `npm start`: configuration → local Neo4j (when no NEO4J_URI, supervised) → GraphQL API and
 * explorer on one port → schema and seed. `/readyz` stays 503 with the phase as its reason until
 * the schema and seed are done, and while the supervisor restarts Neo4j. Shutdown runs in
 * reverse: HTTP, drivers, then the local Neo4j (whichever one is current).
 */
import './production-default.js';
import 'reflect-metadata';
import { prewarm, Readiness, STARTUP_HOLD, startServer } from '../api/index.js';
import { type Config, ConfigError, loadConfig } from '../core/config.js';
import { Database, DatabaseUnavailableError } from '../core/db/index.js';
import { onShutdownSignal } from '../core/lifecycle.js';
import { createLogger, type Logger } from '../core/logger.js';
import { projectPath } from '../core/project-root.js';
import { applySchema } from '../core/storage/index.js';
import { seedIfEmpty } from '../graph-seed/index.js';
import { LauncherError, type OpenNeo4j, openNeo4j } from '../neo4j-local/index.js';
import { startupFailureLine, withDeadline } from './startup-failure.js';

const say = (line: string) => process.stderr.write(`${line}\n`);

/**
 * Applies the schema and seeds an empty database on a Database of its own, whose transaction
 * timeout is FAULTLINE_STARTUP_TIMEOUT_MS rather than the API's; each attempt as a whole must also
 * finish within it. Retries while Neo4j is unreachable (the waiting does not count).
 */
async function prepareDatabase(
  config: Config,
  logger: Logger,
  readiness: Readiness,
  onUnreachable: () => void,
): Promise<void> {
  const db = new Database(config.neo4j, { transactionTimeoutMs: config.startupTimeoutMs });
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        // The server's transaction timeout stops one long statement, but Neo4j checks it only every
        // few seconds; the deadline bounds the whole attempt, however its time is spread.
        await withDeadline(config.startupTimeoutMs, async () => {
          readiness.hold(STARTUP_HOLD, 'starting: applying schema');
          say('Applying the schema...');
          await applySchema(db);
          readiness.hold(STARTUP_HOLD, 'starting: seeding');
          const seeded = await seedIfEmpty(db, projectPath('graph-seed', 'data'), {
            seed: config.seedOnStart,
            progress: say,
            schemaApplied: true,
          });
          if (seeded) say('Seeded the graph from graph-seed/data.');
        });
        readiness.release(STARTUP_HOLD);
        return;
      } catch (error) {
        if (!(error instanceof DatabaseUnavailableError)) throw error;
        readiness.hold(STARTUP_HOLD, 'starting: waiting for neo4j');
        if (attempt === 1) {
          say(`Neo4j at ${config.neo4j.uri} is not reachable: ${error.message}`);
          say('Serving anyway: /readyz reports not ready, and Faultline keeps retrying.');
          onUnreachable();
        }
        logger.warn({ attempt, err: error.message }, 'neo4j unavailable, retrying schema and seed');
        await new Promise((r) => setTimeout(r, Math.min(30_000, 1000 * attempt)));
      }
    }
  } finally {
    await db.close();
  }
}

/** Module-level so a failed start still stops the Neo4j it launched. */
let neo4j: OpenNeo4j | undefined;
let config: Config | undefined;

async function main(): Promise<void> {
  const started = Date.now();
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      say(error.message);
      process.exit(2);
    }
    throw error;
  }
  const cfg = config;
  const logger = createLogger(cfg.logLevel);
  const readiness = new Readiness({ key: STARTUP_HOLD, reason: 'starting: neo4j' });

  const db = new Database(cfg.neo4j, { transactionTimeoutMs: cfg.limits.transactionTimeoutMs });
  // Listening before Neo4j starts, so /healthz answers and /readyz says why it is not ready yet.
  const server = await startServer({ config: cfg, db, logger, webDir: projectPath('web', 'dist'), readiness });
  let opening: Promise<OpenNeo4j> | undefined;
  const shutdown = async (code: number): Promise<void> => {
    try {
      await server.close();
      await db.close();
      // Ctrl-C while Neo4j is still starting: wait for it, then stop it too.
      const local = neo4j ?? (await opening?.catch(() => undefined));
      await local?.stop();
    } finally {
      process.exit(code);
    }
  };
  onShutdownSignal(async (signal) => {
    say(`${signal}: shutting down...`);
    await shutdown(0);
  });

  opening = openNeo4j(cfg, {
    progress: say,
    supervise: {
      logger: logger.child({ component: 'neo4j-supervisor' }),
      // Only unavailability counts against a live process: a slow query is not a panic.
      probe: () =>
        db.read({ cypher: 'RETURN 1 AS ok' }).then(
          () => true,
          (error: unknown) => !(error instanceof DatabaseUnavailableError),
        ),
      onState: (state, reason) => {
        if (state === 'restarting') {
          readiness.hold('neo4j', 'neo4j restarting');
          say(`Neo4j failed (${reason}); restarting it.`);
        } else if (state === 'running') {
          readiness.release('neo4j');
          say(reason);
        } else if (state === 'failed') {
          readiness.hold('neo4j', `neo4j stopped: ${reason}`);
          say(`Faultline is stopping: ${reason}. See ${cfg.local.home}/logs/ and FAULTLINE_NEO4J_HEAP.`);
          void shutdown(1);
        }
      },
    },
  });
  neo4j = await opening;

  let unreachable: () => void = () => {};
  const waiting = new Promise<void>((resolve) => {
    unreachable = resolve;
  });
  const ready = prepareDatabase(cfg, logger, readiness, () => unreachable());
  if (!cfg.startLocalNeo4j) {
    // A remote server that is down must not stop the API from serving /healthz and /readyz:
    // up once the schema and seed are in place, or as soon as Neo4j turns out to be unreachable.
    const prepared = ready.catch((error: unknown) => {
      readiness.hold(STARTUP_HOLD, `start-up failed: ${startupFailureLine(error, cfg)}`);
      say(startupFailureLine(error, cfg));
      logger.error({ err: error }, 'database preparation failed');
    });
    await Promise.race([prepared, waiting]);
  } else {
    await ready;
  }
  // One write: a reader of the pipe (a test, a supervisor) that sees "Faultline is up" sees the addresses too.
  say(
    [
      `Faultline is up in ${((Date.now() - started) / 1000).toFixed(1)} s:`,
      `  Explorer  ${server.url}/`,
      `  GraphQL   ${server.url}/graphql`,
      `  Health    ${server.url}/healthz  ${server.url}/readyz`,
      'Ctrl-C stops Faultline (and its local Neo4j).',
    ].join('\n'),
  );
  // After readiness, never before it: a slow aggregation must not delay or fail the start.
  prewarm(db).then(
    (ms) => logger.info({ ms }, 'actor network prewarmed'),
    (error: unknown) => logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'prewarm failed'),
  );
}

main().catch(async (error: unknown) => {
  if (error instanceof LauncherError || error instanceof ConfigError) say(error.message);
  else say(startupFailureLine(error, config));
  await neo4j?.stop();
  process.exit(1);
});
