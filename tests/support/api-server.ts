/**
 * Starts the real HTTP server (startServer) on 127.0.0.1 and a free port for API tests, with a
 * logger whose lines the test can read, and a small fetch-based GraphQL client.
 */
import { pino } from 'pino';
import { afterAll, beforeAll } from 'vitest';
import type { Readiness } from '../../api/http/readiness.js';
import { startServer } from '../../api/server.js';
import { type ApiLimits, type Config, loadConfig } from '../../core/config.js';
import type { Database } from '../../core/db/index.js';
import { loadSeedGraph } from './neo4j.js';

export const WRITER_KEY = 'test-writer-key-0123456789';

export interface TestServerOptions {
  apiKeys?: string[];
  requireKeyForReads?: boolean;
  /** FAULTLINE_READ_AHEAD; on by default, as in production. */
  readAhead?: boolean;
  development?: boolean;
  limits?: Partial<ApiLimits>;
  webDir?: string;
  /** Folder of the built GraphiQL page; the server's default when absent. */
  graphiqlDir?: string;
  /** What holds readiness back (api/http/readiness.ts); none by default. */
  readiness?: Readiness;
}

export interface GqlResponse {
  status: number;
  contentType: string;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are inspected field by field
  body: any;
}

export interface TestServer {
  url: string;
  logs: Record<string, unknown>[];
  /** POSTs one operation as JSON, asking for application/graphql-response+json. */
  gql(
    query: string,
    options?: { variables?: Record<string, unknown>; key?: string | null; headers?: Record<string, string> },
  ): Promise<GqlResponse>;
  /** POSTs a raw body to /graphql. */
  post(body: string, headers?: Record<string, string>): Promise<GqlResponse>;
  close(): Promise<void>;
}

export function testConfig(db: Database, options: TestServerOptions = {}): Config {
  const base = loadConfig({
    NEO4J_URI: db.connection.uri,
    NEO4J_PASSWORD: db.connection.password,
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'info',
  });
  return {
    ...base,
    apiKeys: options.apiKeys ?? [WRITER_KEY],
    requireKeyForReads: options.requireKeyForReads ?? false,
    readAhead: options.readAhead ?? true,
    development: options.development ?? false,
    limits: { ...base.limits, ...options.limits },
  };
}

async function toResponse(res: Response): Promise<GqlResponse> {
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', headers: res.headers, body };
}

export async function startTestServer(db: Database, options: TestServerOptions = {}): Promise<TestServer> {
  const logs: Record<string, unknown>[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void logs.push(JSON.parse(line)) });
  const server = await startServer({
    config: testConfig(db, options),
    db,
    logger,
    webDir: options.webDir,
    graphiqlDir: options.graphiqlDir,
    readiness: options.readiness,
  });
  const post = async (body: string, headers: Record<string, string> = {}) =>
    toResponse(
      await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
        body,
      }),
    );
  return {
    url: server.url,
    logs,
    post,
    gql(query, { variables, key = null, headers = {} } = {}) {
      return post(JSON.stringify({ query, variables }), {
        ...(key ? { authorization: `Bearer ${key}` } : {}),
        ...headers,
      });
    },
    close: () => server.close(),
  };
}

/**
 * A server on the seed graph for the tests of the calling describe block: the graph is loaded and
 * the server started before them, and closed after. The server is reached through the returned
 * object, which forwards to it once started.
 */
export function seededTestServer(db: Database, options: TestServerOptions = {}): TestServer {
  let started: TestServer | undefined;
  beforeAll(async () => {
    await loadSeedGraph(db);
    started = await startTestServer(db, options);
  });
  afterAll(async () => {
    await started?.close();
  });
  const server = () => {
    if (!started) throw new Error('the test server is reached before it started (use it inside a test)');
    return started;
  };
  return {
    get url() {
      return server().url;
    },
    get logs() {
      return server().logs;
    },
    gql: (query, options) => server().gql(query, options),
    post: (body, headers) => server().post(body, headers),
    close: () => server().close(),
  };
}
