/**
 * `npm start`: configuration → local Neo4j (when no NEO4J_URI) → schema and seed → GraphQL API
 * and explorer on one port. Shutdown runs in reverse: HTTP, driver, then the local Neo4j.
 */
import 'reflect-metadata';
import { startServer } from '../api/index.js';
import { type Config, ConfigError, loadConfig } from '../core/config.js';
import { Database, DatabaseUnavailableError } from '../core/db/index.js';
import { onShutdownSignal } from '../core/lifecycle.js';
import { createLogger, type Logger } from '../core/logger.js';
import { projectPath } from '../core/project-root.js';
import { seedIfEmpty } from '../graph-seed/index.js';
import { LauncherError, type OpenNeo4j, openNeo4j } from '../neo4j-local/index.js';

const say = (line: string) => process.stderr.write(`${line}\n`);

/** Applies the schema and seeds an empty database, retrying until Neo4j answers. */
async function prepareDatabase(db: Database, config: Config, logger: Logger): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      const seeded = await seedIfEmpty(db, projectPath('graph-seed', 'data'), {
        seed: config.seedOnStart,
        progress: say,
      });
      if (seeded) say('Seeded the graph from graph-seed/data.');
      return;
    } catch (error) {
      if (!(error instanceof DatabaseUnavailableError)) throw error;
      if (attempt === 1) {
        say(`Neo4j at ${config.neo4j.uri} is not reachable: ${error.message}`);
        say('Serving anyway: /readyz reports not ready, and Faultline keeps retrying.');
      }
      logger.warn({ attempt, err: error.message }, 'neo4j unavailable, retrying schema and seed');
      await new Promise((r) => setTimeout(r, Math.min(30_000, 1000 * attempt)));
    }
  }
}

/** Module-level so a failed start still stops the Neo4j it launched. */
let neo4j: OpenNeo4j | undefined;

async function main(): Promise<void> {
  const started = Date.now();
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      say(error.message);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  neo4j = await openNeo4j(config, { progress: say });

  const db = new Database(config.neo4j, { transactionTimeoutMs: config.limits.transactionTimeoutMs });
  const server = await startServer({ config, db, logger, webDir: projectPath('web', 'dist') });

  onShutdownSignal(async (signal) => {
    say(`${signal}: shutting down...`);
    try {
      await server.close();
      await db.close();
      await neo4j?.stop();
    } finally {
      process.exit(0);
    }
  });

  const ready = prepareDatabase(db, config, logger);
  if (!config.startLocalNeo4j) {
    // A remote server that is down must not stop the API from serving /healthz and /readyz.
    ready.catch((error: unknown) => logger.error({ err: error }, 'database preparation failed'));
  } else {
    await ready;
  }
  say(`Faultline is up in ${((Date.now() - started) / 1000).toFixed(1)} s:`);
  say(`  Explorer  ${server.url}/`);
  say(`  GraphQL   ${server.url}/graphql`);
  say(`  Health    ${server.url}/healthz  ${server.url}/readyz`);
  say('Ctrl-C stops Faultline (and its local Neo4j).');
}

main().catch(async (error: unknown) => {
  if (error instanceof LauncherError || error instanceof ConfigError) say(error.message);
  else say(`Faultline could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  await neo4j?.stop();
  process.exit(1);
});
