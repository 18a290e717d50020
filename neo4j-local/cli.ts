/** `npm run neo4j`: runs the local Neo4j in the foreground until Ctrl-C. */
import { ConfigError, loadConfig } from '../api/config.js';
import { LauncherError, startLocalNeo4j } from './launcher.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const server = await startLocalNeo4j({
    home: config.local.home,
    boltPort: config.local.boltPort,
    password: config.neo4j.password,
    heap: config.local.heap,
    pageCache: config.local.pageCache,
    progress: (line) => console.error(line),
  });
  console.error(`Neo4j is running at ${server.uri} (user ${config.neo4j.username}). Ctrl-C stops it.`);
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    console.error('Stopping Neo4j...');
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof LauncherError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
