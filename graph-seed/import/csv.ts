/**
 * Generic CSV import: nodes.csv + edges.csv, and sources.csv when it sits next to nodes.csv.
 * Columns are documented in graph-seed/IMPORT.md.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { emptyDocument, type GraphDocument, type SourceRecord } from '../../core/domain/records.js';
import { readEdges } from './csv-edges.js';
import { readNodes } from './csv-nodes.js';
import { detectDelimiter, parseCsvTable } from './csv-parse.js';
import { readSources } from './csv-sources.js';
import type { ImportResult } from './result.js';
import { readTextFile } from './text-input.js';

/** A CSV file's name (as reported in rejections) and its text. */
export interface CsvInput {
  file: string;
  text: string;
}

/** The importer without the file system: what `importCsv` does once the files are read. */
export function importCsvText(input: { nodes: CsvInput; edges: CsvInput; sources?: CsvInput | null }): ImportResult {
  const table = (i: CsvInput) => parseCsvTable(i.text, detectDelimiter(i.text));
  const sourcesRead = input.sources
    ? readSources(input.sources.file, table(input.sources))
    : { sources: [], rejected: [], rejectedIds: new Map<string, number>() };
  const nodesRead = readNodes(input.nodes.file, table(input.nodes));
  const sources = new Map<string, SourceRecord>(sourcesRead.sources.map((s) => [s.id, s]));
  // One id space covers every node, sources included.
  for (const [id, entry] of nodesRead.nodes) {
    const source = sources.get(id);
    if (!source) continue;
    nodesRead.rejected.push({
      file: input.nodes.file,
      path: 'id',
      line: entry.line,
      value: id,
      message: `id "${id}" is already used by a source in sources.csv; ids are unique across nodes and sources`,
    });
    nodesRead.nodes.delete(id);
    nodesRead.rejectedIds.set(id, entry.line);
  }
  const edgesRead = readEdges(input.edges.file, table(input.edges), {
    nodes: nodesRead.nodes,
    rejectedNodes: nodesRead.rejectedIds,
    sources,
    rejectedSources: sourcesRead.rejectedIds,
    haveSourcesFile: input.sources != null,
    nodesFile: input.nodes.file,
  });

  const document: GraphDocument = emptyDocument();
  document.sources = sourcesRead.sources;
  for (const entry of nodesRead.nodes.values()) {
    if (entry.family === 'party') document.parties.push(entry.record);
    else if (entry.family === 'event') document.events.push(entry.record);
    else document.places.push(entry.record);
  }
  document.relationships = edgesRead.relationships;
  const rejected = [...sourcesRead.rejected, ...nodesRead.rejected, ...edgesRead.rejected];
  // A file without a required column fails as a whole: its header line says why, and the rows
  // (and rows of other files that depend on them) would only repeat it.
  const header = rejected.filter((r) => r.path === 'header');
  if (header.some((r) => /missing required column|the file is empty/.test(r.message))) {
    return { document: emptyDocument(), rejected: header };
  }
  return { document, rejected };
}

async function readIfPresent(path: string): Promise<string | null> {
  if (!existsSync(path)) return null;
  return (await readTextFile(path)).text;
}

/**
 * Imports nodes.csv and edges.csv (and `sources.csv` from the folder of nodes.csv, if present).
 * Rejected rows are reported with file, column and line; the other rows are still imported.
 */
export async function importCsv(nodesPath: string, edgesPath: string): Promise<ImportResult> {
  const sourcesPath = join(dirname(nodesPath), 'sources.csv');
  const [nodes, edges, sources] = await Promise.all([
    readTextFile(nodesPath).then((t) => t.text),
    readTextFile(edgesPath).then((t) => t.text),
    readIfPresent(sourcesPath),
  ]);
  return importCsvText({
    nodes: { file: nodesPath, text: nodes },
    edges: { file: edgesPath, text: edges },
    sources: sources === null ? null : { file: sourcesPath, text: sources },
  });
}
