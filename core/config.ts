/**
 * The one place that reads the environment. Every value is validated here and exported as a
 * typed, frozen object; `graph-seed/`, `neo4j-local/` and `api/` all use the same NEO4J_* names.
 */
import { totalmem } from 'node:os';

export interface Neo4jConnection {
  /** Bolt or routing URI (`bolt://`, `neo4j://`, `neo4j+s://`, ...). */
  uri: string;
  username: string;
  password: string;
  /** Database name; undefined means the server's default database. */
  database: string | undefined;
}

export interface LocalNeo4jSettings {
  boltPort: number;
  /** Folder holding conf/, data/, logs/ and run/ of the local server. */
  home: string;
  heap: string;
  pageCache: string;
}

export interface Config {
  /** Set when the user points at their own server; then no local server is started. */
  neo4j: Neo4jConnection;
  /** True when NEO4J_URI was not given and Faultline runs its own Neo4j. */
  startLocalNeo4j: boolean;
  local: LocalNeo4jSettings;
  host: string;
  port: number;
  apiKeys: readonly string[];
  /** When true, reads also need a key. */
  requireKeyForReads: boolean;
  /** Start the first reads of a request sent again as it arrives (api/http/read-ahead.ts). */
  readAhead: boolean;
  logLevel: string;
  development: boolean;
  limits: ApiLimits;
  /** Seed the database at start-up when it holds no Faultline data. */
  seedOnStart: boolean;
  /** Transaction timeout of start-up work (schema, seed), apart from the API's own. */
  startupTimeoutMs: number;
}

/** Abuse limits of the GraphQL API; every one can be changed through the environment. */
export interface ApiLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxBatch: number;
  bodyLimitBytes: number;
  transactionTimeoutMs: number;
  /** Transaction timeout of a streamed export (GET /network.ndjson), which reads a whole network. */
  streamTimeoutMs: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const URI_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
/** Heap and page-cache sizes as Neo4j and the JVM write them: 512m, 1g, 256M. */
const SIZE = /^\d+[kmgKMG]$/;

/**
 * Heap and page cache of the local Neo4j when not configured, from the machine's memory: heap a
 * quarter of it (512m to 4g), page cache an eighth (128m to 2g). The JVM starts with a small heap
 * and grows it on demand, so a large maximum costs nothing until a big load or reset needs it.
 */
export function machineSizedNeo4jMemory(totalBytes: number = totalmem()): { heap: string; pageCache: string } {
  const mib = Math.floor(totalBytes / (1024 * 1024));
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.floor(v)));
  const size = (m: number) => (m % 1024 === 0 ? `${m / 1024}g` : `${m}m`);
  return { heap: size(clamp(mib / 4, 512, 4096)), pageCache: size(clamp(mib / 8, 128, 2048)) };
}

/** Reads and validates configuration; throws one ConfigError listing every problem. */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const text = (name: string, fallback: string): string => {
    const v = env[name];
    return v === undefined || v.trim() === '' ? fallback : v.trim();
  };
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${name}=${JSON.stringify(raw)}: expected a whole number from ${min} to ${max}`);
      return fallback;
    }
    return n;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') return fallback;
    const v = raw.trim().toLowerCase();
    if (['1', 'true', 'yes', 'on'].includes(v)) return true;
    if (['0', 'false', 'no', 'off'].includes(v)) return false;
    problems.push(`${name}=${JSON.stringify(raw)}: expected true or false`);
    return fallback;
  };
  const size = (name: string, fallback: string): string => {
    const v = text(name, fallback);
    if (!SIZE.test(v)) {
      problems.push(`${name}=${JSON.stringify(v)}: expected a size such as 512m or 1g`);
      return fallback;
    }
    return v;
  };

  const boltPort = int('FAULTLINE_NEO4J_BOLT_PORT', 7687, 1, 65535);
  const givenUri = env.NEO4J_URI?.trim() || undefined;
  if (givenUri !== undefined) {
    const scheme = /^([a-z0-9+]+):\/\/[^/\s]+/.exec(givenUri)?.[1];
    if (scheme === undefined || !URI_SCHEMES.includes(scheme)) {
      problems.push(
        `NEO4J_URI=${JSON.stringify(givenUri)}: expected a URI such as bolt://host:7687 or neo4j+s://id.databases.neo4j.io (schemes: ${URI_SCHEMES.join(', ')})`,
      );
    }
  }
  const username = text('NEO4J_USERNAME', 'neo4j');
  const password = text('NEO4J_PASSWORD', givenUri === undefined ? 'faultline-local' : '');
  if (givenUri === undefined && password.length < 8) {
    problems.push('NEO4J_PASSWORD: the local Neo4j needs a password of at least 8 characters');
  }
  const database = env.NEO4J_DATABASE?.trim() || undefined;
  if (database !== undefined && !/^[A-Za-z][A-Za-z0-9.-]{2,62}$/.test(database)) {
    problems.push(`NEO4J_DATABASE=${JSON.stringify(database)}: not a valid Neo4j database name`);
  }

  const logLevel = text('LOG_LEVEL', 'warn');
  if (!LOG_LEVELS.includes(logLevel)) {
    problems.push(`LOG_LEVEL=${JSON.stringify(logLevel)}: expected one of ${LOG_LEVELS.join(', ')}`);
  }
  const apiKeys = (env.FAULTLINE_API_KEYS ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter((k) => k !== '');
  for (const key of apiKeys) {
    if (key.length < 16) {
      problems.push('FAULTLINE_API_KEYS: every key must be at least 16 characters long');
      break;
    }
  }
  const host = text('HOST', '127.0.0.1');

  const config: Config = {
    neo4j: {
      uri: givenUri ?? `bolt://127.0.0.1:${boltPort}`,
      username,
      password,
      database,
    },
    startLocalNeo4j: givenUri === undefined,
    local: {
      boltPort,
      home: text('FAULTLINE_NEO4J_HOME', '.faultline/neo4j'),
      heap: size('FAULTLINE_NEO4J_HEAP', machineSizedNeo4jMemory().heap),
      pageCache: size('FAULTLINE_NEO4J_PAGECACHE', machineSizedNeo4jMemory().pageCache),
    },
    host,
    port: int('PORT', 4000, 0, 65535),
    apiKeys,
    requireKeyForReads: bool('FAULTLINE_REQUIRE_KEY_FOR_READS', false),
    readAhead: bool('FAULTLINE_READ_AHEAD', true),
    logLevel,
    development: text('NODE_ENV', 'production') === 'development',
    limits: {
      maxDepth: int('FAULTLINE_MAX_DEPTH', 10, 1, 100),
      maxCost: int('FAULTLINE_MAX_COST', 100_000, 1, 10_000_000),
      maxAliases: int('FAULTLINE_MAX_ALIASES', 30, 1, 10_000),
      maxBatch: int('FAULTLINE_MAX_BATCH', 10, 1, 1000),
      bodyLimitBytes: int('FAULTLINE_BODY_LIMIT_BYTES', 100_000, 1000, 50_000_000),
      transactionTimeoutMs: int('FAULTLINE_TX_TIMEOUT_MS', 15_000, 100, 3_600_000),
      streamTimeoutMs: int('FAULTLINE_STREAM_TIMEOUT_MS', 1_800_000, 1000, 86_400_000),
    },
    seedOnStart: bool('FAULTLINE_SEED_ON_START', true),
    startupTimeoutMs: int('FAULTLINE_STARTUP_TIMEOUT_MS', 1_800_000, 1, 86_400_000),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(config);
}

/** Every environment variable Faultline reads, with its default; the README table and .env.example list the same. */
export const CONFIG_VARIABLES: Readonly<Record<string, string>> = {
  NEO4J_URI: '(unset: start a local Neo4j)',
  NEO4J_USERNAME: 'neo4j',
  NEO4J_PASSWORD: 'faultline-local (local server only)',
  NEO4J_DATABASE: "(the server's default)",
  FAULTLINE_NEO4J_BOLT_PORT: '7687',
  FAULTLINE_NEO4J_HOME: '.faultline/neo4j',
  FAULTLINE_NEO4J_HEAP: "a quarter of the machine's memory, 512m to 4g",
  FAULTLINE_NEO4J_PAGECACHE: "an eighth of the machine's memory, 128m to 2g",
  HOST: '127.0.0.1',
  PORT: '4000',
  FAULTLINE_API_KEYS: '(none: mutations refused)',
  FAULTLINE_REQUIRE_KEY_FOR_READS: 'false',
  FAULTLINE_READ_AHEAD: 'true',
  FAULTLINE_SEED_ON_START: 'true',
  FAULTLINE_STARTUP_TIMEOUT_MS: '1800000',
  FAULTLINE_MAX_DEPTH: '10',
  FAULTLINE_MAX_COST: '100000',
  FAULTLINE_MAX_ALIASES: '30',
  FAULTLINE_MAX_BATCH: '10',
  FAULTLINE_BODY_LIMIT_BYTES: '100000',
  FAULTLINE_TX_TIMEOUT_MS: '15000',
  FAULTLINE_STREAM_TIMEOUT_MS: '1800000',
  LOG_LEVEL: 'warn',
  NODE_ENV: 'production',
};
