/**
 * Generic CSV import: nodes.csv + edges.csv, and sources.csv when it sits next to nodes.csv.
 * Columns are documented in graph-seed/IMPORT.md.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { emptyDocument, type GraphDocument, type SourceRecord } from '../../core/domain/records.js';
import { readEdges } from './csv-edges.js';
import { readNodes } from './csv-nodes.js';
import { parseCsvTable } from './csv-parse.js';
import { readSources } from './csv-sources.js';
import type { ImportResult } from './result.js';

/** A CSV file's name (as reported in rejections) and its text. */
export interface CsvInput {
  file: string;
  text: string;
}

/** The importer without the file system: what `importCsv` does once the files are read. */
export function importCsvText(input: { nodes: CsvInput; edges: CsvInput; sources?: CsvInput | null }): ImportResult {
  const sourcesRead = input.sources
    ? readSources(input.sources.file, parseCsvTable(input.sources.text))
    : { sources: [], rejected: [], rejectedIds: new Map<string, number>() };
  const nodesRead = readNodes(input.nodes.file, parseCsvTable(input.nodes.text));
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
  const edgesRead = readEdges(input.edges.file, parseCsvTable(input.edges.text), {
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
  return { document, rejected: [...sourcesRead.rejected, ...nodesRead.rejected, ...edgesRead.rejected] };
}

async function readIfPresent(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Imports nodes.csv and edges.csv (and `sources.csv` from the folder of nodes.csv, if present).
 * Rejected rows are reported with file, column and line; the other rows are still imported.
 */
export async function importCsv(nodesPath: string, edgesPath: string): Promise<ImportResult> {
  const sourcesPath = join(dirname(nodesPath), 'sources.csv');
  const [nodes, edges, sources] = await Promise.all([
    readFile(nodesPath, 'utf8'),
    readFile(edgesPath, 'utf8'),
    readIfPresent(sourcesPath),
  ]);
  return importCsvText({
    nodes: { file: nodesPath, text: nodes },
    edges: { file: edgesPath, text: edges },
    sources: sources === null ? null : { file: sourcesPath, text: sources },
  });
}
