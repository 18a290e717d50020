/**
 * Shared fixtures for integration and end-to-end tests: one Database per test file on the
 * project's throwaway Neo4j, closed after the file's tests.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, inject } from 'vitest';
import { Database } from '../../core/db/index.js';
import { resetGraph } from '../../core/storage/graph-writer.js';
import { applySchema } from '../../core/storage/schema.js';
import { loadFiles } from '../../graph-seed/load.js';
import './context.js';
import { projectRoot } from '../../core/project-root.js';

const ROOT = projectRoot();
export const SEED_DIR = path.join(ROOT, 'graph-seed', 'data');

let shared: Database | undefined;

/** The connection settings of the test Neo4j. */
export function testConnection() {
  return inject('neo4j');
}

/** A Database on the test Neo4j, shared by the tests of one file and closed after them. */
export function testDatabase(): Database {
  if (shared) return shared;
  const db = new Database(testConnection(), { transactionTimeoutMs: 60_000 });
  shared = db;
  afterAll(async () => {
    shared = undefined;
    await db.close();
  });
  return db;
}

/** Empties the database and applies Faultline's schema. */
export async function resetDatabase(db: Database): Promise<void> {
  await resetGraph(db);
  await applySchema(db);
}

/** The seed files shipped in graph-seed/data. */
export function seedFiles(): string[] {
  return readdirSync(SEED_DIR)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => path.join(SEED_DIR, f));
}

/** Empties the database, applies the schema and loads the article's seed graph. */
export async function loadSeedGraph(db: Database): Promise<void> {
  await resetDatabase(db);
  await loadFiles(db, seedFiles(), {});
}

/**
 * Operator names of the plan Neo4j would run for `cypher` (EXPLAIN: nothing runs), in tree order.
 * A statement with CYPHER options keeps them in front.
 */
export async function planOperators(
  db: Database,
  cypher: string,
  params: Record<string, unknown>,
  { details = false }: { details?: boolean } = {},
): Promise<string[]> {
  const session = db.driver.session({ database: db.connection.database });
  try {
    const explain = /^CYPHER [^\n]*/.test(cypher)
      ? cypher.replace(/^(CYPHER [^\n]*)/, '$1 EXPLAIN')
      : `EXPLAIN ${cypher}`;
    const result = await session.run(explain, params);
    const names: string[] = [];
    type Plan = { operatorType: string; arguments?: { Details?: unknown }; children: unknown[] };
    const walk = (plan: Plan) => {
      const name = plan.operatorType.replace(/@.*$/, '');
      names.push(details && plan.arguments?.Details ? `${name} ${String(plan.arguments.Details)}` : name);
      for (const child of plan.children) walk(child as Plan);
    };
    const plan = result.summary.plan;
    if (plan) walk(plan as unknown as Plan);
    return names;
  } finally {
    await session.close();
  }
}
