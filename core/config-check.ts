/**
 * `npm start` runs this before the build: it reads the configuration as app/main.ts will and
 * stops at once (exit 2, one line per problem) instead of after a 30 s build.
 */
import { ConfigError, loadConfig } from './config.js';

try {
  loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\nSee the configuration table in README.md, or .env.example.\n`);
  process.exit(2);
}
