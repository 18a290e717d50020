/**
 * Starts a throwaway real Neo4j for a test project (temp data dir, free port), unless
 * NEO4J_TEST_URI points at one, and stops it afterwards even when tests fail.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, startLocalNeo4j } from '../../neo4j-local/launcher.js';
import type { TestNeo4j } from './context.js';

const PASSWORD = 'faultline-test';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const uri = process.env.NEO4J_TEST_URI;
  if (uri) {
    const given: TestNeo4j = {
      uri,
      username: process.env.NEO4J_TEST_USERNAME ?? 'neo4j',
      password: process.env.NEO4J_TEST_PASSWORD ?? '',
      database: process.env.NEO4J_TEST_DATABASE,
    };
    project.provide('neo4j', given);
    return async () => {};
  }
  const home = mkdtempSync(path.join(tmpdir(), `faultline-${project.name}-neo4j-`));
  const boltPort = await freePort();
  let server: Awaited<ReturnType<typeof startLocalNeo4j>>;
  try {
    server = await startLocalNeo4j({
      home,
      boltPort,
      password: PASSWORD,
      heap: '768m',
      pageCache: '128m',
      progress: (line) => console.error(`[${project.name}] ${line}`),
    });
  } catch (error) {
    rmSync(home, { recursive: true, force: true });
    throw new Error(`The test Neo4j could not start: ${(error as Error).message}`);
  }
  const provided: TestNeo4j = { uri: server.uri, username: 'neo4j', password: PASSWORD, database: undefined };
  project.provide('neo4j', provided);
  return async () => {
    await server.stop({ discard: true });
    rmSync(home, { recursive: true, force: true });
  };
}
