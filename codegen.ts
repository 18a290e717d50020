/**
 * GraphQL Code Generator: the explorer's operation and result types, from schema.graphql and
 * the `graphql(...)` documents under web/src (client preset, documents as typed strings, so the
 * page ships no GraphQL parser). `npm run codegen` writes web/src/api/generated/;
 * tests/unit/web-codegen.test.ts fails when what is there is stale.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

const ROOT = path.dirname(fileURLToPath(import.meta.url));
/** The schema the explorer is typed against: the one the API emits. */
export const SCHEMA = path.join(ROOT, 'schema.graphql');

export const GENERATED_DIR = path.join(ROOT, 'web', 'src', 'api', 'generated');

const config: CodegenConfig = {
  schema: SCHEMA,
  documents: [path.join(ROOT, 'web', 'src', '**', '*.ts'), `!${path.join(GENERATED_DIR, '**')}`],
  ignoreNoDocuments: false,
  generates: {
    [`${GENERATED_DIR}/`]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        documentMode: 'string',
        emitLegacyCommonJSImports: false,
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        scalars: { Date: 'string' },
        defaultScalarType: 'unknown',
      },
    },
  },
  // Formatted like the rest of the code, so `biome ci` passes and diffs stay readable.
  hooks: { afterOneFileWrite: ['biome format --write'] },
};

export default config;
