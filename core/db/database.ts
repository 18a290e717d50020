/**
 * The one door to Neo4j: one driver per process, reads in read sessions and writes in write
 * transactions (so `neo4j://` routing URIs spread reads over a cluster's readers), sessions closed,
 * values converted once, driver errors mapped to Faultline's own. One read statement alone runs as
 * an auto-commit transaction (its statement and its pull in one message, no BEGIN or COMMIT) and is
 * retried as a managed read (executeQuery) when the driver calls its failure retryable; one write
 * alone runs through executeQuery, which sends its BEGIN with the statement; several statements run
 * in one managed transaction (executeRead, executeWrite).
 */
import neo4j, { type Driver, type ManagedTransaction, Neo4jError, type Record as Neo4jRecord } from 'neo4j-driver';
import type { Neo4jConnection } from '../config.js';
import type { Row } from './decode.js';
import { DatabaseUnavailableError, mapDriverError, withCallerStack, withoutDriverStacks } from './errors.js';
import { type AheadRead, type Ran, statementKey, takeAhead } from './read-ahead.js';
import { toPlain } from './values.js';

/**
 * A Cypher statement, its parameters and the row it returns. Every value goes in `params`, never
 * into `cypher`. `decode` is the statement's one decoder from the driver's plain row to `R`;
 * a statement without one returns plain rows.
 */
export interface Statement<R = Row> {
  cypher: string;
  params?: Record<string, unknown>;
  decode?: (row: Row) => R;
}

/** Runs one statement inside a transaction and returns its decoded rows. */
export type Run = <R = Row>(statement: Statement<R>) => Promise<R[]>;

/** What happened to one statement; used to count statements per request and time spent in Neo4j. */
export interface StatementEvent {
  cypher: string;
  mode: 'READ' | 'WRITE';
  ms: number;
  rows: number;
  /** The read was started before it was asked for (readingAhead); `ms` counts from that start. */
  ahead: boolean;
}

export type StatementListener = (event: StatementEvent) => void;

/**
 * Told as each unit of work starts on a door (observedBy): a single read with its statement, or
 * anything else (a write, a transaction, a stream, the graph's version) with none.
 */
export type StartListener = (kind: 'read' | 'other', statement: Statement<unknown> | null) => void;

export interface DatabaseOptions {
  /** Per-transaction timeout sent to the server. */
  transactionTimeoutMs?: number;
  /** How long a request waits for a connection before failing as unavailable. */
  acquisitionTimeoutMs?: number;
  /** How long the driver retries transient failures (executeQuery, executeRead, executeWrite). */
  maxRetryTimeMs?: number;
}

/** A record as a row of plain values (see toPlain), keyed by column. */
function plainRow(record: Neo4jRecord): Row {
  const row: Row = {};
  record.keys.forEach((key, i) => {
    row[String(key)] = toPlain(record.get(i));
  });
  return row;
}

/** Runs statements against Neo4j; create one per process and close it on shutdown. */
export class Database {
  readonly driver: Driver;
  private readonly listeners = new Set<StatementListener>();
  /** Told of each statement run through this door only (observedBy), after the process-wide listeners. */
  private readonly observer: StatementListener | null = null;
  /** Told as each unit of work starts through this door only (observedBy). */
  private readonly starts: StartListener | null = null;
  /** Reads started before they were asked for (readingAhead), each taken once by read(). */
  private readonly ahead: AheadRead[] | null = null;
  private readonly txTimeout: number;

  constructor(
    readonly connection: Neo4jConnection,
    options: DatabaseOptions = {},
  ) {
    this.txTimeout = options.transactionTimeoutMs ?? 15_000;
    this.driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password), {
      userAgent: 'faultline/0.1',
      connectionTimeout: 3_000,
      connectionAcquisitionTimeout: options.acquisitionTimeoutMs ?? 5_000,
      maxTransactionRetryTime: options.maxRetryTimeMs ?? 2_000,
      // Numbers, not Integer objects: every integer stored is a small count or id, and toPlain made numbers of them anyway.
      disableLosslessIntegers: true,
      logging: { level: 'error', logger: () => {} },
    });
  }

  /** Subscribes to every statement run; returns the unsubscribe function. */
  onStatement(listener: StatementListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * The process-wide door this one belongs to: itself, or the door an observedBy door was made
   * from. What is kept per database (caches of results) is kept under this one.
   */
  get shared(): Database {
    return this;
  }

  /**
   * This door, sharing its driver and listeners, that also tells `observer` of every statement run
   * through it: one request's own accounting (the API hands each request such a door), with nothing
   * kept per request in the process-wide door.
   */
  observedBy(observer: StatementListener, starts?: StartListener): Database {
    const view: Database = Object.create(this);
    Object.defineProperties(view, {
      observer: { value: observer },
      starts: { value: starts ?? null },
      shared: { value: this.shared },
    });
    return view;
  }

  /**
   * This door, with `statements` started now as reads: a read() through it (or a door made from
   * it) of one of them, the same Cypher with the same parameters, takes the answer already under
   * way instead of running it again, and is converted, decoded and told to the listeners then, as
   * any read. One that fails is run again as asked (retried as read() retries); one never asked
   * for is dropped. The API starts the reads a request made the last time it was sent, while
   * Apollo is still reading it (api/http/read-ahead.ts).
   */
  readingAhead(statements: readonly Statement<unknown>[]): Database {
    const ahead = statements.map((statement): AheadRead => {
      const result = this.autoCommit(statement);
      // Not asked for after all: its failure is nobody's to report.
      result.catch(() => {});
      return { cypher: statement.cypher, key: statementKey(statement), result };
    });
    const view: Database = Object.create(this);
    Object.defineProperties(view, { ahead: { value: ahead }, shared: { value: this.shared } });
    return view;
  }

  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({
      database: this.connection.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }

  private async runIn<R>(tx: ManagedTransaction, mode: 'READ' | 'WRITE', statement: Statement<R>): Promise<R[]> {
    const started = performance.now();
    // The driver's own stack capture is kept here (see withoutDriverStacks): inside a transaction, the
    // code that ran a failed statement is found only by the synchronous stack the driver captures.
    const result = await tx.run(statement.cypher, statement.params ?? {});
    // Timed before the conversion, so `ms` is the time spent waiting for Neo4j and its records.
    return this.finish(mode, statement, result.records, performance.now() - started);
  }

  /** Converts and decodes a statement's records, and tells the listeners of it. */
  private finish<R>(
    mode: 'READ' | 'WRITE',
    statement: Statement<R>,
    records: Neo4jRecord[],
    ms: number,
    ahead = false,
  ): R[] {
    const rows = records.map(plainRow);
    const event: StatementEvent = { cypher: statement.cypher, mode, ms, rows: rows.length, ahead };
    for (const listener of this.listeners) listener(event);
    this.observer?.(event);
    const decode = statement.decode;
    return decode ? rows.map(decode) : (rows as R[]);
  }

  /**
   * One write statement in its own managed transaction, through the driver's executeQuery: that is
   * session.executeWrite (routed, retried on transient errors, committed) with the BEGIN sent
   * together with the statement instead of waiting for Neo4j's answer to it first. No bookmark
   * manager, as for the sessions of `execute`. The rows are decoded inside the transaction, as in
   * `execute`: a write whose rows do not decode is rolled back. It is answered once committed.
   */
  private async singleWrite<R>(statement: Statement<R>): Promise<R[]> {
    try {
      return await this.runSingle('WRITE', statement);
    } catch (error) {
      throw mapDriverError(withCallerStack(error, this.singleWrite));
    }
  }

  /** Runs one statement through executeQuery (a managed transaction, retried) and decodes its rows. */
  private runSingle<R>(mode: 'READ' | 'WRITE', statement: Statement<R>): Promise<R[]> {
    return withoutDriverStacks(() =>
      this.driver.executeQuery(statement.cypher, statement.params ?? {}, {
        routing: mode === 'READ' ? neo4j.routing.READ : neo4j.routing.WRITE,
        database: this.connection.database,
        bookmarkManager: null,
        transactionConfig: { timeout: this.txTimeout },
        resultTransformer: async (result) => {
          // Timed from the statement (its BEGIN went just before it) to its last record, before the conversion.
          const started = performance.now();
          const { records } = await result;
          return this.finish(mode, statement, records, performance.now() - started);
        },
      }),
    );
  }

  /**
   * One read statement as an auto-commit transaction in a read session: Bolt's RUN and PULL in one
   * message, its rows and the end of its transaction in the answer, where a managed transaction also
   * sends a BEGIN before and a COMMIT after, each a message for the driver to write and Neo4j to read
   * and answer (`npm run bench` prints both ways for `RETURN 1`). A read session is routed to a
   * reader of a cluster as executeRead is. What it does not do by itself is retry: a failure the
   * driver calls retryable (neo4j.isRetryableError: a leader that changed, a connection that broke,
   * a transient error) runs the statement again through executeQuery, which retries it as
   * executeRead would for up to `maxRetryTimeMs`. A read changes nothing, so running it again is safe.
   */
  private async singleRead<R>(statement: Statement<R>): Promise<R[]> {
    let failure: unknown;
    try {
      const { records, ms } = await this.autoCommit(statement);
      return this.finish('READ', statement, records, ms);
    } catch (error) {
      failure = error;
    }
    try {
      if (neo4j.isRetryableError(failure)) return await this.runSingle('READ', statement);
      throw failure;
    } catch (error) {
      throw mapDriverError(withCallerStack(error, this.singleRead));
    }
  }

  /** One read statement as an auto-commit transaction in a read session: its records, not yet converted. */
  private async autoCommit(statement: Statement<unknown>): Promise<Ran> {
    const session = this.session('READ');
    try {
      const started = performance.now();
      // The driver captures a stack for every result it makes; inside this call it captures none.
      const result = withoutDriverStacks(() =>
        session.run(statement.cypher, statement.params ?? {}, { timeout: this.txTimeout }),
      );
      const { records } = await result;
      return { records, ms: performance.now() - started };
    } finally {
      await session.close();
    }
  }

  /** A read started ahead (readingAhead) taken by read(); one that failed runs again as asked. */
  private async readTaken<R>(statement: Statement<R>, ahead: Promise<Ran>): Promise<R[]> {
    let ran: Ran;
    try {
      ran = await ahead;
    } catch {
      return this.singleRead(statement);
    }
    try {
      return this.finish('READ', statement, ran.records, ran.ms, true);
    } catch (error) {
      throw mapDriverError(withCallerStack(error, this.readTaken));
    }
  }

  private async execute<T>(mode: 'READ' | 'WRITE', work: (run: Run) => Promise<T>): Promise<T> {
    const session = this.session(mode);
    try {
      const config = { timeout: this.txTimeout };
      const unit = (tx: ManagedTransaction) => work((s) => this.runIn(tx, mode, s));
      return mode === 'READ' ? await session.executeRead(unit, config) : await session.executeWrite(unit, config);
    } catch (error) {
      throw mapDriverError(error);
    } finally {
      await session.close();
    }
  }

  /** Runs one statement in a read transaction. */
  read<R = Row>(statement: Statement<R>): Promise<R[]> {
    this.starts?.('read', statement);
    const ahead = this.ahead === null ? undefined : takeAhead(this.ahead, statement);
    return ahead ? this.readTaken(statement, ahead) : this.singleRead(statement);
  }

  /** Runs one statement in a write transaction. */
  write<R = Row>(statement: Statement<R>): Promise<R[]> {
    this.starts?.('other', null);
    return this.singleWrite(statement);
  }

  /** Runs several statements in one write transaction: all of them land, or none. */
  writeTransaction<T>(work: (run: Run) => Promise<T>): Promise<T> {
    this.starts?.('other', null);
    return this.execute('WRITE', work);
  }

  /** Runs several statements in one read transaction (one consistent snapshot). */
  readTransaction<T>(work: (run: Run) => Promise<T>): Promise<T> {
    this.starts?.('other', null);
    return this.execute('READ', work);
  }

  /**
   * Runs `work` in one explicit read transaction whose statements' rows are handed to `each` one
   * at a time as they arrive, with the driver's back-pressure (a slow `each` pauses the pulling).
   * Not retried: rows already handed over cannot be taken back, so a failure is the caller's to report.
   * `timeoutMs` replaces the transaction timeout (a whole network takes longer than one request).
   */
  async readStream<T>(
    work: (
      stream: <R>(statement: Statement<R>, each: (row: R) => void | Promise<void>) => Promise<number>,
    ) => Promise<T>,
    options: { timeoutMs?: number } = {},
  ): Promise<T> {
    this.starts?.('other', null);
    const session = this.session('READ');
    const tx = session.beginTransaction({ timeout: options.timeoutMs ?? this.txTimeout });
    try {
      const out = await work(async (statement, each) => {
        let n = 0;
        for await (const record of tx.run(statement.cypher, statement.params ?? {})) {
          const row = plainRow(record);
          await each(statement.decode ? statement.decode(row) : (row as never));
          n += 1;
        }
        return n;
      });
      await tx.commit();
      return out;
    } catch (error) {
      if (tx.isOpen()) await tx.rollback().catch(() => {});
      throw mapDriverError(error);
    } finally {
      await session.close();
    }
  }

  /**
   * The database's last committed transaction as an opaque string (the bookmark a trivial read
   * transaction returns), or null when the server returns none. It changes with every committed
   * write from any client, so it versions caches of derived results.
   */
  async lastCommitted(): Promise<string | null> {
    this.starts?.('other', null);
    // A bookmark manager of its own, which starts empty, holds the bookmark of this read alone.
    const bookmarkManager = neo4j.bookmarkManager();
    try {
      await withoutDriverStacks(() =>
        this.driver.executeQuery(
          'RETURN 1 AS ok',
          {},
          {
            routing: neo4j.routing.READ,
            database: this.connection.database,
            bookmarkManager,
          },
        ),
      );
      const bookmarks = [...(await bookmarkManager.getBookmarks())];
      return bookmarks.length > 0 ? bookmarks.sort().join(',') : null;
    } catch (error) {
      throw mapDriverError(withCallerStack(error, this.lastCommitted));
    }
  }

  /** True when Neo4j answers a trivial query; never throws. */
  async ping(): Promise<boolean> {
    try {
      await this.read({ cypher: 'RETURN 1 AS ok' });
      return true;
    } catch {
      return false;
    }
  }

  /** Waits until Neo4j answers, or throws DatabaseUnavailableError after `timeoutMs`. */
  async waitUntilReady(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last: unknown;
    while (Date.now() < deadline) {
      try {
        await this.driver.verifyConnectivity({ database: this.connection.database });
        return;
      } catch (error) {
        last = mapDriverError(error);
        if (!(last instanceof DatabaseUnavailableError) && !(last instanceof Neo4jError)) throw last;
        await new Promise((r) => setTimeout(r, 500));
      }
    }
    const reason = last instanceof Error ? last.message : String(last);
    throw new DatabaseUnavailableError(
      `Neo4j at ${this.connection.uri} did not answer within ${timeoutMs / 1000} s: ${reason}`,
    );
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
