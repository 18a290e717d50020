/** Running operations against the real schema in process, counting the Cypher statements they run. */
import { type GraphQLSchema, graphql } from 'graphql';
import { expect } from 'vitest';
import { createContext } from '../../api/schema/context.js';
import type { Database } from '../../core/db/index.js';
import { createLogger } from '../../core/logger.js';

/**
 * Runs one operation with a fresh request context (fresh loaders); returns its data, which must
 * come without errors, and how many statements it ran (set SHOW_STATEMENTS to print their heads).
 */
export async function executeCounted(
  db: Database,
  schema: GraphQLSchema,
  source: string,
): Promise<{ statements: number; data: Record<string, unknown> }> {
  let statements = 0;
  const stop = db.onStatement((event) => {
    statements += 1;
    if (process.env.SHOW_STATEMENTS) console.log(event.cypher.split('\n').slice(0, 3).join(' | '));
  });
  try {
    const result = await graphql({
      schema,
      source,
      contextValue: createContext({ db, logger: createLogger('silent') }),
    });
    expect(result.errors).toBeUndefined();
    return { statements, data: result.data as Record<string, unknown> };
  } finally {
    stop();
  }
}
