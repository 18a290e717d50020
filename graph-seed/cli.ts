/**
 * `npm run seed -- <command>`: load, export, schema, import, synth, bulk. Logs and progress go to
 * stderr; exports go to stdout or --out. Every command checks its files before it starts the local
 * Neo4j (unless one already answers on the configured port, or NEO4J_URI is set) and stops it when done.
 * The commands themselves are in commands/.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../core/config.js';
import { LauncherError } from '../neo4j-local/index.js';
import { bulkCommand } from './commands/bulk.command.js';
import { importCommand } from './commands/import.command.js';
import { exportCommand, loadCommand, schemaCommand } from './commands/load.command.js';
import { log, UsageError } from './commands/shared.js';
import { synthCommand } from './commands/synth.command.js';
import { UnreadableFileError } from './import/text-input.js';
import { formatValidationErrors, SeedValidationError } from './validate/index.js';

const USAGE = `Usage: npm run seed -- <command>

  load [files or folders...] [--reset] [--dry-run]
      Validate seed YAML (default: graph-seed/data/*.yaml) and write it to Neo4j.
      --reset deletes everything first; --dry-run validates and writes nothing.
  export [--out file]
      Write the whole graph as seed YAML to stdout or a file.
  schema
      Apply constraints and indexes.
  import csv <nodes.csv> <edges.csv> [--out file] [--reset] [--dry-run] [--skip-rejected]
  import acled <file.csv> [--out file] [--reset] [--dry-run] [--skip-rejected] [--date-order dmy|mdy]
      Convert and load (or, with --out, write seed YAML). Rows that cannot be imported are
      listed and nothing is written, unless --skip-rejected. ACLED actors and places are
      resolved against the parties and places already in the graph; the report says how.
  synth --parties N --events M --seed S [--out file | --load | --jsonl folder] [--reset]
      Generate a synthetic graph: YAML to stdout or --out, or load it with --load, or stream
      it as bulk JSON Lines into folder/nodes.jsonl and folder/relationships.jsonl.
  bulk <files or folders of .jsonl...> [--reset] [--dry-run] [--batch N] [--concurrency N]
      Check, then stream JSON Lines into Neo4j in large batches with bounded memory.
      An empty database is written with CREATE, one holding data with MERGE.

Connection: NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE. Without NEO4J_URI the
local Neo4j in FAULTLINE_NEO4J_HOME is started for the command and stopped afterwards.`;

/** Runs one command; resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'load':
        return await loadCommand(rest);
      case 'export':
        return await exportCommand(rest);
      case 'schema':
        return await schemaCommand();
      case 'import':
        return await importCommand(rest);
      case 'synth':
        return await synthCommand(rest);
      case 'bulk':
        return await bulkCommand(rest);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        log(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command ${JSON.stringify(command)}`);
    }
  } catch (error) {
    if (error instanceof SeedValidationError) {
      log(formatValidationErrors(error.errors));
      log(`${error.errors.length} validation error${error.errors.length === 1 ? '' : 's'}; nothing was written.`);
      return 1;
    }
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      log(`${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof ConfigError || error instanceof LauncherError || error instanceof UnreadableFileError) {
      log(error.message);
      return 1;
    }
    log(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    return 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
