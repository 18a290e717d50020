import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config, { GENERATED_DIR } from '../../codegen.js';

const ROOT = path.resolve(GENERATED_DIR, '..', '..', '..', '..');

/** Formats like the codegen hook does, with the project's Biome settings. */
function biomeFormat(file: string, text: string): string {
  return execFileSync(
    path.join(ROOT, 'node_modules', '.bin', 'biome'),
    ['format', `--stdin-file-path=${path.relative(ROOT, file)}`],
    {
      cwd: ROOT,
      input: text,
      encoding: 'utf8',
    },
  );
}

describe('the explorer’s generated GraphQL types', () => {
  it('are what `npm run codegen` makes from schema.graphql and the operations today', async () => {
    const outputs = await generate({ ...config, silent: true, hooks: {} }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      const committed = readFileSync(output.filename, 'utf8');
      expect(committed, `${path.relative(ROOT, output.filename)} is stale: run npm run codegen`).toBe(
        biomeFormat(output.filename, output.content),
      );
    }
  }, 60_000);
});
