import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { it } from 'vitest';
import { buildFaultlineSchema } from '../../api/schema/build-schema.js';
import { MUTATION_RESOLVERS } from '../../api/schema/mutation/index.js';

it('prints', async () => {
  writeFileSync('/tmp/fl-api/schema.graphql', printSchema(await buildFaultlineSchema({ extraResolvers: [...MUTATION_RESOLVERS] })));
});
