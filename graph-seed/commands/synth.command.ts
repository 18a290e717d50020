/** `synth`: a deterministic synthetic graph as YAML, loaded directly, or streamed as bulk JSON Lines. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../core/config.js';
import { serializeDocument } from '../export.js';
import { formatLoadSummary, loadDocument } from '../load.js';
import { formatValidationErrors, validateDocument } from '../validate/index.js';
import { countRows, log, positiveInt, UsageError, withDatabase, writingProgress } from './shared.js';

export async function synthCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      parties: { type: 'string' },
      events: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      load: { type: 'boolean' },
      jsonl: { type: 'string' },
      reset: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
    },
  });
  if ([values.out, values.load, values.jsonl].filter((v) => v !== undefined).length > 1)
    throw new UsageError('synth: give one of --out, --load and --jsonl');
  const parties = positiveInt('parties', values.parties, 1);
  const events = positiveInt('events', values.events, 0);
  const seed = positiveInt('seed', values.seed ?? '1', 0);
  const started = performance.now();
  if (values.jsonl !== undefined) {
    // Streamed: records are written as they are generated, never held as one document.
    const { synthesizeTo } = await import('../synth/synth.js');
    const { JsonlFolderSink } = await import('../bulk/jsonl.js');
    mkdirSync(values.jsonl, { recursive: true });
    const sink = new JsonlFolderSink(values.jsonl);
    synthesizeTo({ parties, events, seed }, sink);
    const written = sink.close();
    const seconds = (performance.now() - started) / 1000;
    log(
      `Wrote ${written.nodes} nodes and ${written.relationships} relationships to ${written.files.join(' and ')} in ${seconds.toFixed(1)} s`,
    );
    return 0;
  }
  const { synthesize } = await import('../synth/synth.js');
  const doc = synthesize({ parties, events, seed });
  const seconds = (performance.now() - started) / 1000;
  if (seconds >= 1) log(`Generated ${countRows(doc)} in ${seconds.toFixed(1)} s`);
  const { errors } = validateDocument(doc, `<synth seed ${seed}>`);
  if (errors.length > 0) {
    log(formatValidationErrors(errors));
    log(
      `${errors.length} validation error${errors.length === 1 ? '' : 's'} in the generated document; nothing was written.`,
    );
    return 1;
  }
  if (values.load !== true) {
    const yaml = serializeDocument(doc);
    if (values.out) {
      writeFileSync(values.out, yaml);
      log(`Wrote ${countRows(doc)} to ${values.out}`);
    } else {
      process.stdout.write(yaml);
    }
    return 0;
  }
  if (values['dry-run'] === true) {
    log(formatLoadSummary(await loadDocument(null, doc, { dryRun: true })));
    return 0;
  }
  const progress = writingProgress();
  await withDatabase(loadConfig(), async (db) => {
    try {
      const summary = await loadDocument(db, doc, { reset: values.reset === true, onProgress: progress.onProgress });
      progress.finish();
      log(formatLoadSummary(summary));
    } finally {
      progress.finish();
    }
  });
  return 0;
}
