/**
 * ACLED import: each row of an ACLED export becomes one event, its actors parties resolved
 * against those already known, and its notes the evidence. Stages: acled-rows.ts reads and checks
 * the rows (no database needed), acled-document.ts resolves places and actors (acled-actors.ts)
 * and assembles the document. The mapping of event types is in acled-mapping.ts and
 * documented in graph-seed/IMPORT.md.
 */
import { ID_PATTERN } from '../../core/domain/records.js';
import type { DateOrder } from './acled-dates.js';
import { type AcledBuildOptions, type AcledImport, buildAcledDocument } from './acled-document.js';
import { readAcledRows } from './acled-rows.js';
import type { CsvInput } from './csv.js';
import { readTextFile } from './text-input.js';

export type { ActorResolution } from './acled-actors.js';
export type { AcledImport } from './acled-document.js';
export { type AcledRows, readAcledRows } from './acled-rows.js';

export interface AcledOptions extends AcledBuildOptions {
  /** How to read numeric dates such as 05-06-19 when the file itself does not show the order. */
  dateOrder?: DateOrder;
}

function checkOptions(options: AcledOptions): void {
  if (options.sourceId !== undefined && !ID_PATTERN.test(options.sourceId)) {
    throw new Error(`sourceId "${options.sourceId}" is not a slug (lower-case letters, digits and single hyphens)`);
  }
}

/** Imports an ACLED export already read into memory. */
export function importAcledText(input: CsvInput, options: AcledOptions = {}): AcledImport {
  checkOptions(options);
  return buildAcledDocument(input.file, readAcledRows(input, options), options);
}

/**
 * Reads an ACLED export (any layout since 2016, any delimiter, UTF-8 or UTF-16); see IMPORT.md.
 * Throws UnreadableFileError when the file cannot be read at all.
 */
export async function importAcled(path: string, options: AcledOptions = {}): Promise<AcledImport> {
  checkOptions(options);
  const { text } = await readTextFile(path);
  return importAcledText({ file: path, text }, options);
}
