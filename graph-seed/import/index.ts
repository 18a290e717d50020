/** Importers: CSV (nodes/edges/sources) and ACLED exports into a GraphDocument, with rejected rows. */
export { type AcledOptions, importAcled, importAcledText } from './acled.js';
export { type CsvInput, importCsv, importCsvText } from './csv.js';
export { type CsvRecord, type CsvRow, parseCsv, parseCsvTable } from './csv-parse.js';
export type { ImportResult, RejectedRow } from './result.js';
export { slugify } from './slug.js';
