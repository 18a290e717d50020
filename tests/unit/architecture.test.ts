/**
 * The shape of the house, checked from the code's own imports: every arrow between top-level
 * folders points down to the ground floor (core/), the tools on top of it never reach into each
 * other's insides, and all Cypher lives in core/cypher/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../core/project-root.js';

const ROOT = projectRoot();
const SOURCE_FOLDERS = ['core', 'analysis', 'api', 'graph-seed', 'neo4j-local', 'web/src', 'app', 'tools'] as const;

/** Which top-level folders each folder may import from (besides itself). */
const MAY_IMPORT: Record<string, readonly string[]> = {
  core: [],
  analysis: [],
  'neo4j-local': ['core'],
  api: ['core', 'analysis'],
  'graph-seed': ['core', 'neo4j-local'],
  web: ['core'],
  app: ['core', 'api', 'graph-seed', 'neo4j-local'],
  // Measurement scripts may reuse the tests' shared fixtures and the explorer's generated operations.
  tools: ['core', 'analysis', 'api', 'graph-seed', 'neo4j-local', 'web', 'tests'],
};

/** Folders other folders may only enter through their index.ts. core/ is the ground floor and open. */
const ENTER_BY_INDEX = new Set(['api', 'graph-seed', 'neo4j-local', 'analysis']);

function sourceFiles(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  let entries: string[];
  try {
    entries = readdirSync(abs);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    if (name === 'node_modules' || name === 'dist' || name === 'lib') return [];
    const rel = path.join(dir, name);
    if (statSync(path.join(ROOT, rel)).isDirectory()) return sourceFiles(rel);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [rel] : [];
  });
}

function topFolder(rel: string): string {
  return rel.split(path.sep)[0] ?? rel;
}

interface ImportEdge {
  file: string;
  spec: string;
  target: string;
}

function relativeImports(file: string): ImportEdge[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const out: ImportEdge[] = [];
  for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
    const spec = m[1] ?? '';
    const target = path.relative(ROOT, path.resolve(path.dirname(path.join(ROOT, file)), spec));
    out.push({ file, spec, target });
  }
  return out;
}

const files = SOURCE_FOLDERS.flatMap(sourceFiles);
const edges = files.flatMap(relativeImports);

describe('the layout of the house', () => {
  it('finds the source it checks', () => {
    expect(files.some((f) => f.startsWith(`core${path.sep}`))).toBe(true);
    expect(files.some((f) => f.startsWith(`api${path.sep}`))).toBe(true);
    expect(edges.length).toBeGreaterThan(100);
  });

  it('has every import between top-level folders point down', () => {
    const wrong = edges
      .filter((e) => {
        const from = topFolder(e.file);
        const to = topFolder(e.target);
        return from !== to && !(MAY_IMPORT[from] ?? []).includes(to);
      })
      .map((e) => `${e.file} imports ${e.spec}`);
    expect(wrong).toEqual([]);
  });

  it('enters the seed tool, the API, the launcher and the analyses only through their index.ts', () => {
    const deep = edges
      .filter((e) => {
        const to = topFolder(e.target);
        return topFolder(e.file) !== to && ENTER_BY_INDEX.has(to) && e.target !== path.join(to, 'index.js');
      })
      .map((e) => `${e.file} imports ${e.spec}`);
    expect(deep).toEqual([]);
  });

  it('keeps all Cypher in core/cypher', () => {
    const cypher = /\b(MATCH|MERGE|DETACH DELETE|UNWIND \$)\s*[(\s$]/;
    const outside = files
      .filter((f) => !f.startsWith(path.join('core', 'cypher')))
      .filter((f) => {
        const code = readFileSync(path.join(ROOT, f), 'utf8')
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\/\/.*$/gm, '');
        return cypher.test(code);
      });
    expect(outside).toEqual([]);
  });

  it('catches a wrong-way import when one is there (the rule can fail)', () => {
    const bad: ImportEdge = { file: path.join('core', 'x.ts'), spec: '../api/index.js', target: 'api/index.js' };
    const from = topFolder(bad.file);
    expect((MAY_IMPORT[from] ?? []).includes(topFolder(bad.target))).toBe(false);
  });
});
