/**
 * The seed validator: reads seed YAML files (or in-memory documents), checks every field and
 * every cross-file rule of FORMAT.md, and returns the merged document with all errors found.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { emptyDocument, type GraphDocument, relationshipId } from '../../core/domain/records.js';
import type { NodeType } from '../../core/domain/vocabulary.js';
import { type Path, type ValidationError, validationError } from './errors.js';
import { checkRules } from './rules.js';
import { documentToSeedObject } from './seed-object.js';
import { isBroken, type Locator, type ShapedFile, shapeFile } from './shape.js';

export {
  formatValidationErrors,
  type Path,
  pathToString,
  SeedValidationError,
  sortErrors,
  type ValidationError,
} from './errors.js';
export { documentToSeedObject, relationshipKey } from './seed-object.js';

export interface ValidationResult {
  /** Every record read, merged in file order; write it only when `errors` is empty. */
  document: GraphDocument;
  errors: ValidationError[];
  /** The YAML files read, in order. */
  files: string[];
}

/** Parses YAML text; the locator maps a path inside it to its line. */
function parseYaml(
  text: string,
  file: string,
  baseDir: string | null,
): { raw: unknown; at: Locator; errors: ValidationError[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const line = (p: Path): number | null => {
    for (let n = p.length; n >= 0; n--) {
      const node = doc.getIn(p.slice(0, n), true) as { range?: [number, number, number] | null } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return null;
  };
  const at: Locator = { file, baseDir, line };
  // Only the first syntax error: the parser's later ones nearly always follow from it.
  const errors = doc.errors.slice(0, 1).map((e) => {
    const l = e.linePos?.[0]?.line ?? null;
    const first = (e.message.split('\n')[0] ?? e.message).replace(/:\s*$/, '');
    const more = doc.errors.length - 1;
    const tail = more > 0 ? ` (and ${more} later syntax error${more === 1 ? '' : 's'} that may follow from it)` : '';
    return { file, path: '', line: l, value: undefined, message: `(line ${l ?? '?'}): YAML syntax: ${first}${tail}` };
  });
  if (errors.length > 0) return { raw: null, at, errors };
  return { raw: doc.toJS({ maxAliasCount: 1000 }), at, errors };
}

function merge(shaped: readonly ShapedFile[]): GraphDocument {
  const doc = emptyDocument();
  for (const f of shaped) {
    for (const key of ['sources', 'places', 'parties', 'events', 'relationships'] as const) {
      for (const item of f[key]) if (!isBroken(item.record)) (doc[key] as unknown[]).push(item.record);
    }
  }
  return doc;
}

function run(
  inputs: { raw: unknown; at: Locator; errors: ValidationError[] }[],
  files: string[],
  existing?: ReadonlyMap<string, NodeType>,
): ValidationResult {
  const errors: ValidationError[] = [];
  const shaped: ShapedFile[] = [];
  for (const input of inputs) {
    errors.push(...input.errors);
    shaped.push(shapeFile(input.raw, input.at, errors));
  }
  errors.push(...checkRules(shaped, existing));
  return { document: merge(shaped), errors, files };
}

/** Expands folders to their *.yaml / *.yml files (sorted); files are kept as given. */
export function collectSeedFiles(paths: readonly string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  for (const p of paths) {
    if (!existsSync(p)) {
      missing.push(p);
    } else if (statSync(p).isDirectory()) {
      const inDir = readdirSync(p)
        .filter((name) => /\.ya?ml$/i.test(name))
        .sort()
        .map((name) => path.join(p, name));
      files.push(...inDir);
    } else {
      files.push(p);
    }
  }
  return { files: [...new Set(files)], missing };
}

/** Validates seed YAML files (and folders of them) together, as one load would. */
export function validateFiles(paths: readonly string[]): ValidationResult {
  const { files, missing } = collectSeedFiles(paths);
  const inputs = files.map((file) => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      const at: Locator = { file, baseDir: null, line: () => null };
      return {
        raw: null,
        at,
        errors: [validationError(file, [], null, undefined, `cannot be read (${(error as Error).message})`)],
      };
    }
    return parseYaml(text, file, path.dirname(path.resolve(file)));
  });
  const result = run(inputs, files);
  for (const p of missing)
    result.errors.unshift(
      validationError(p, [], null, undefined, 'does not exist (expected a seed YAML file or a folder of them)'),
    );
  return result;
}

/** Validates one YAML text; `textFile` paths resolve against `baseDir` (default: none allowed). */
export function validateText(text: string, options: { file?: string; baseDir?: string | null } = {}): ValidationResult {
  const file = options.file ?? '<text>';
  return run([parseYaml(text, file, options.baseDir ?? null)], [file]);
}

/**
 * Validates a document built in memory (by an importer or the synthesiser) by the same rules,
 * so nothing reaches Neo4j that a seed file could not hold. Paths name positions in its lists.
 */
export function validateDocument(
  doc: GraphDocument,
  label = '<document>',
  options: { existing?: ReadonlyMap<string, NodeType> } = {},
): ValidationResult {
  const at: Locator = { file: label, baseDir: null, line: () => null };
  const result = run([{ raw: documentToSeedObject(doc), at, errors: [] }], [label], options.existing);
  doc.relationships.forEach((r, i) => {
    const expected = relationshipId(r.from, r.type, r.to, r.id.split(':').slice(3).join(':') || null);
    if (r.id !== expected) {
      result.errors.push(
        validationError(
          label,
          ['relationships', i, 'id'],
          null,
          r.id,
          `does not match its endpoints and type; expected ${expected}`,
        ),
      );
    }
  });
  return result;
}
