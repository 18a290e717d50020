/** Capturing the statements the API runs, and replaying them as the API ran them (the baseline). */
import neo4j from 'neo4j-driver';
import { Database, type Run, type Statement, toPlain } from '../../core/db/index.js';
import type { BenchQuery } from './queries.js';

export interface Captured {
  statement: Statement;
  started: number;
  ended: number;
}

/**
 * The server's Database, which also records every statement with its parameters while a capture
 * is on. `onStatement` reports the Cypher but not the parameters, and a replay needs both.
 */
export class RecordingDatabase extends Database {
  private capture: Captured[] | null = null;

  startCapture(): void {
    this.capture = [];
  }

  stopCapture(): Captured[] {
    const captured = this.capture ?? [];
    this.capture = null;
    return captured;
  }

  private async recorded<R>(statement: Statement<R>, run: () => Promise<R[]>): Promise<R[]> {
    const sink = this.capture;
    const started = performance.now();
    const rows = await run();
    sink?.push({ statement: statement as Statement, started, ended: performance.now() });
    return rows;
  }

  override read<R>(statement: Statement<R>): Promise<R[]> {
    return this.recorded(statement, () => super.read(statement));
  }

  override readTransaction<T>(work: (run: Run) => Promise<T>): Promise<T> {
    return super.readTransaction((run) => work(<R>(s: Statement<R>) => this.recorded(s, () => run(s))));
  }
}

/**
 * The captured statements as a replay plan: each statement waits for those that had finished
 * before it started in the API, so statements the API ran side by side run side by side again.
 */
export interface Plan {
  statements: Statement[];
  after: number[][];
  /** Longest chain of statements that waited on each other: the round trips a request makes. */
  trips: number;
}

export function planOf(captured: Captured[]): Plan {
  const sorted = [...captured].sort((a, b) => a.started - b.started);
  const after = sorted.map((c) => sorted.flatMap((d, j) => (d.ended <= c.started ? [j] : [])));
  const depth: number[] = [];
  sorted.forEach((_, i) => {
    depth[i] = 1 + Math.max(0, ...(after[i] ?? []).map((j) => depth[j] ?? 0));
  });
  return { statements: sorted.map((c) => c.statement), after, trips: Math.max(0, ...depth) };
}

/**
 * Runs one statement on the driver, in a read transaction, and returns its rows as plain values.
 * It goes through the driver's executeQuery, awaited to the end, as an expert's code would: a
 * managed read transaction whose BEGIN travels with the statement, and whose COMMIT is
 * acknowledged before the rows are used. (Faultline's own reads are auto-commit transactions:
 * runReadAutoCommit.)
 */
export async function runRead(db: Database, cypher: string, params: Record<string, unknown> = {}): Promise<unknown[]> {
  const result = await db.driver.executeQuery(cypher, params, {
    routing: neo4j.routing.READ,
    database: db.connection.database,
    bookmarkManager: null,
  });
  return result.records.map((r) => toPlain(r.toObject()));
}

/**
 * Runs one statement as Faultline's own reads run (Database.read): an auto-commit transaction in a
 * read session, the statement and its pull in one message, no BEGIN and no COMMIT.
 */
export function runReadAutoCommit(
  db: Database,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<unknown[]> {
  return db.read({ cypher, params });
}

/** Runs the hand-written statement of `query` (runRead). */
export function runHand(db: Database, query: BenchQuery): Promise<unknown[]> {
  return runRead(db, query.hand.cypher, query.hand.params);
}

/** Runs the hand-written statement of `query` as Faultline runs its reads (runReadAutoCommit). */
export function runHandAutoCommit(db: Database, query: BenchQuery): Promise<unknown[]> {
  return runReadAutoCommit(db, query.hand.cypher, query.hand.params);
}

/**
 * Runs the captured statements on the driver as the API ran them (each after those it waited for,
 * side by side otherwise), each as Faultline runs it (runReadAutoCommit), rows reduced
 * to plain values: the database's share of a request, without HTTP, GraphQL or the resolvers.
 */
export async function replay(db: Database, plan: Plan): Promise<void> {
  const done: Promise<void>[] = [];
  plan.statements.forEach((statement, i) => {
    const waits = (plan.after[i] ?? []).map((j) => done[j]);
    done[i] = Promise.all(waits).then(async () => {
      await runReadAutoCommit(db, statement.cypher, statement.params ?? {});
    });
  });
  await Promise.all(done);
}
