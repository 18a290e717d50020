/** `npm run neo4j`: runs the local Neo4j in the foreground until Ctrl-C. */
import { ConfigError, loadConfig } from '../core/config.js';
import { onShutdownSignal } from '../core/lifecycle.js';
import { LauncherError } from './launcher.js';
import { openNeo4j } from './open.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const neo4j = await openNeo4j(config, { progress: (line) => console.error(line) });
  console.error(`Neo4j is running at ${neo4j.uri} (user ${config.neo4j.username}). Ctrl-C stops it.`);
  onShutdownSignal(async () => {
    console.error('Stopping Neo4j...');
    await neo4j.stop();
    process.exit(0);
  });
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof LauncherError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
