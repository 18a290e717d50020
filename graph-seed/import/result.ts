/** What an importer hands back: the graph it built, and every row it had to leave out and why. */
import type { GraphDocument } from '../../core/domain/records.js';

/** One rejected row: where it is and what was expected there. */
export interface RejectedRow {
  /** The file the row came from, as given to the importer. */
  file: string;
  /** The column at fault (`date`, `derived_from`), or `row` when the row as a whole is wrong. */
  path: string;
  /** 1-based line on which the row starts. */
  line: number;
  /** The offending value as written. */
  value: unknown;
  /** What is wrong and what was expected. */
  message: string;
}

export interface ImportResult {
  /** Everything from the rows that were accepted; it is self-consistent on its own. */
  document: GraphDocument;
  /** Rows left out, in file order. The CLI writes nothing when this is non-empty unless told to. */
  rejected: RejectedRow[];
}
