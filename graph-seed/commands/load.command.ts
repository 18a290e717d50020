/** `load`, `export` and `schema`: seed YAML in, the graph out, constraints and indexes. */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../core/config.js';
import { projectPath } from '../../core/project-root.js';
import { applySchema } from '../../core/storage/schema.js';
import { exportGraph, serializeDocument } from '../export.js';
import { formatLoadSummary, loadDocument } from '../load.js';
import { SeedValidationError, validateFiles } from '../validate/index.js';
import { countRows, log, withDatabase, writingProgress } from './shared.js';

const DATA_DIR = projectPath('graph-seed', 'data');

export async function loadCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { reset: { type: 'boolean' }, 'dry-run': { type: 'boolean' } },
  });
  const paths = positionals.length > 0 ? positionals : [DATA_DIR];
  const started = performance.now();
  // Validated before Neo4j is started: a broken file is reported in a moment, not after start-up.
  const { document, errors, files } = validateFiles(paths);
  if (errors.length > 0) throw new SeedValidationError(errors);
  if (values['dry-run'] === true) {
    log(formatLoadSummary(await loadDocument(null, document, { dryRun: true, files, startedAt: started })));
    return 0;
  }
  const progress = writingProgress();
  await withDatabase(loadConfig(), async (db) => {
    try {
      const summary = await loadDocument(db, document, {
        reset: values.reset === true,
        files,
        onProgress: progress.onProgress,
      });
      progress.finish();
      log(formatLoadSummary(summary));
    } finally {
      progress.finish();
    }
  });
  return 0;
}

export async function exportCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' } } });
  const doc = await withDatabase(loadConfig(), (db) => exportGraph(db));
  const yaml = serializeDocument(doc);
  if (values.out) {
    writeFileSync(values.out, yaml);
    log(`Exported ${countRows(doc)} to ${values.out}`);
  } else {
    process.stdout.write(yaml);
  }
  return 0;
}

export async function schemaCommand(): Promise<number> {
  await withDatabase(loadConfig(), (db) => applySchema(db));
  log('Schema applied.');
  return 0;
}
