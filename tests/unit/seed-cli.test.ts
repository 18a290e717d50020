/**
 * The seed CLI checks its files before it starts Neo4j: these runs point it at a local Neo4j home
 * and port where nothing runs, so any attempt to start the server would show (and take ~30 s).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../core/project-root.js';

const ROOT = projectRoot();
const tmp = mkdtempSync(path.join(tmpdir(), 'faultline-seed-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function cli(args: string[]): Promise<{ code: number; lines: string[]; seconds: number }> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    FAULTLINE_NEO4J_HOME: path.join(tmp, 'no-neo4j'),
    FAULTLINE_NEO4J_BOLT_PORT: '7699',
  };
  delete env.NEO4J_URI;
  const started = performance.now();
  const done = (code: number, stderr: string) => ({
    code,
    lines: stderr.split('\n').filter((l) => l.trim() !== ''),
    seconds: (performance.now() - started) / 1000,
  });
  try {
    const { stderr } = await promisify(execFile)(
      path.join(ROOT, 'node_modules', '.bin', 'tsx'),
      [path.join(ROOT, 'graph-seed', 'cli.ts'), ...args],
      { env, cwd: ROOT },
    );
    return done(0, stderr);
  } catch (error) {
    const e = error as { code?: number; stderr?: string };
    return done(e.code ?? -1, e.stderr ?? '');
  }
}

function write(name: string, text: string): string {
  const file = path.join(tmp, name);
  writeFileSync(file, text);
  return file;
}

describe('npm run seed with a broken file', { timeout: 60_000 }, () => {
  it('reports broken YAML in one line before starting Neo4j', async () => {
    const seed = readFileSync(path.join(ROOT, 'graph-seed', 'data', '000_35d4d6e122a937a3.yaml'), 'utf8').split('\n');
    const line = seed.findIndex((l) => l.startsWith('    name:'));
    seed[line] = `\t${seed[line]?.trimStart()}`;
    const result = await cli(['load', write('broken.yaml', seed.join('\n'))]);
    expect(result.code).toBe(1);
    expect(result.lines).toHaveLength(2);
    expect(result.lines[0]).toMatch(
      new RegExp(`broken\\.yaml: \\(line ${line + 1}\\): YAML syntax: Tabs are not allowed`),
    );
    expect(result.lines[1]).toBe('1 validation error; nothing was written.');
    expect(result.lines.join('\n')).not.toMatch(/Starting Neo4j/);
  });

  it('reports a CSV missing a column in one line for that file', async () => {
    const nodes = write('nodes.csv', 'id,type\nalpha,Organisation\nbeta,Organisation\n');
    const edges = write('edges.csv', 'type,from,to\nOPPOSES,alpha,beta\n');
    const result = await cli(['import', 'csv', nodes, edges]);
    expect(result.code).toBe(1);
    expect(result.lines[0]).toMatch(/nodes\.csv:1 header "id,type": missing required column "name"/);
    expect(result.lines).toHaveLength(2);
    expect(result.lines.join('\n')).not.toMatch(/Starting Neo4j/);
  });

  it('fails on an ACLED file it cannot read, even with --skip-rejected', async () => {
    const result = await cli(['import', 'acled', path.join(tmp, 'missing.csv'), '--skip-rejected']);
    expect(result.code).toBe(1);
    expect(result.lines).toEqual([`${path.join(tmp, 'missing.csv')}: cannot be read (it does not exist)`]);
  });

  it('lists rejected ACLED rows with value and expectation, counting rows, and writes nothing', async () => {
    const file = write(
      'acled.csv',
      'event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,country,location,notes\nIRQ1,2024-13-01,1,Battles,Armed clash,A,Iraq,Kirkuk,Clash.\nIRQ2,2024-01-01,1,Battles,Armed clash,A,Iraq,Kirkuk,Clash.\n',
    );
    const result = await cli(['import', 'acled', file]);
    expect(result.code).toBe(1);
    expect(result.lines).toEqual([
      `${file}: ACLED current layout, 2 rows.`,
      expect.stringMatching(/acled\.csv:2 event_date "2024-13-01": .+/),
      '1 of 2 rows rejected; nothing was written (--skip-rejected loads the other rows).',
    ]);
  });
});
