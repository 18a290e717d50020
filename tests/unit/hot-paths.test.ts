/**
 * Code that runs for every row, node or relationship of an answer or a load builds its objects
 * written out or extended in place, never as `{ ...value, more }` (a spread followed by a key or
 * another spread). On Node 20 such a literal takes about a microsecond where a written-out one
 * takes a few nanoseconds, and once optimised it gives every copy a hidden class of its own, so
 * each later read of those objects misses V8's inline caches (core/domain/values.ts placeValue).
 * A spread that ends the literal (`{ id, ...rest }`) and a plain copy (`{ ...value }`) are fast.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../core/project-root.js';

const ROOT = projectRoot();

/** The per-row code: decoders, property mappings, the database door, the loaders, the bulk path. */
const HOT_FOLDERS = ['core/db', 'core/domain', 'core/storage', 'api/loaders', 'graph-seed/bulk'];
const HOT_FILES = ['core/cypher/rows.ts', 'core/cypher/graph-tail.cypher.ts', 'core/cypher/relationships.cypher.ts'];

/** `file:line: literal` for each object literal of `text` that has a member after a spread. */
function spreadsFollowed(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node)) {
      const members = node.properties;
      const firstSpread = members.findIndex((m) => ts.isSpreadAssignment(m));
      if (firstSpread !== -1 && firstSpread < members.length - 1) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        found.push(`${file}:${line + 1}: ${node.getText(source).replace(/\s+/g, ' ').slice(0, 100)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function hotFiles(): string[] {
  const inFolders = HOT_FOLDERS.flatMap((dir) =>
    readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.ts'))
      .map((name) => path.join(dir, name)),
  );
  return [...inFolders, ...HOT_FILES];
}

describe('objects built on hot paths', () => {
  it('finds a spread followed by a key or by another spread, and nothing else', () => {
    const sample = [
      'const a = { ...x, type: "Place" };',
      'const b = { ...x, ...y };',
      'const c = { id, ...rest };',
      'const d = { ...x };',
      'const e = Object.assign(x, { type: "Place" });',
    ].join('\n');
    const found = spreadsFollowed('sample.ts', sample);
    expect(found.map((f) => f.split(':')[1])).toEqual(['1', '2']);
  });

  it('are written out or extended in place, not spread and then added to', () => {
    const files = hotFiles();
    expect(files.length).toBeGreaterThan(15);
    const found = files.flatMap((file) => spreadsFollowed(file, readFileSync(path.join(ROOT, file), 'utf8')));
    expect(found).toEqual([]);
  });
});
