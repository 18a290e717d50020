/**
 * The HTTP server: Express 5 with Apollo Server 5 at /graphql, health and readiness probes, and
 * the built web explorer at /. Owns its HTTP server and Apollo; the caller owns the Database.
 */
import 'reflect-metadata';
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Config } from '../core/config.js';
import type { Database } from '../core/db/index.js';
import type { Logger } from '../core/logger.js';
import { projectPath } from '../core/project-root.js';
import { authPlugin } from './auth/index.js';
import { createFormatError, errorRequestPlugin } from './errors/index.js';
import {
  bodyErrors,
  csrfGuard,
  DEFAULT_GRAPHIQL_DIR,
  type GraphQLPostLane,
  graphiqlAssets,
  graphiqlPage,
  graphqlPostLane,
  healthRoutes,
  jsonBody,
  networkStream,
  ReadAhead,
  type Readiness,
  type RequestReads,
  type RequestState,
  readAheadOfGet,
  readsOf,
  requestId,
  requestLog,
  requestStateOf,
  startingGate,
  unavailableStatusPlugin,
  webExplorer,
} from './http/index.js';
import { batchLimit, costLimitPlugin, limitRules } from './limits/index.js';
import { buildFaultlineSchema } from './schema/build-schema.js';
import { compiledExecutionGateway } from './schema/compiled-executor.js';
import { createContext, type FaultlineContext } from './schema/context.js';
import { SIZE_CAPS } from './services/limits.js';

export interface ServerDeps {
  config: Config;
  db: Database;
  logger: Logger;
  /** Folder of the built web explorer; default web/dist beside the project root. */
  webDir?: string;
  /** Folder of the built GraphiQL (served at GET /graphql to browsers); default web/dist-graphiql. */
  graphiqlDir?: string;
  /** What holds `/readyz` back (start-up, a restarting Neo4j); default: only Neo4j answering. */
  readiness?: Readiness;
}

export interface RunningServer {
  url: string;
  port: number;
  /** Stops Apollo and the HTTP server (in-flight requests finish first); leaves the Database open. */
  close(): Promise<void>;
}

export const DEFAULT_WEB_DIR = projectPath('web', 'dist');

export async function startServer(deps: ServerDeps): Promise<RunningServer> {
  const { config, db, logger } = deps;
  const { limits } = config;
  const app = express();
  app.disable('x-powered-by');
  // No ETag on answers sent with res.send (GraphQL, health, errors): a POST's answer is never
  // revalidated, yet Express hashed every one of them (2 MB for a whole network) to make it.
  // Static files (the explorer, GraphiQL) keep theirs: express.static and sendFile make their own.
  app.set('etag', false);
  app.set('trust proxy', false);
  // A JSON POST of /graphql goes straight to Apollo (graphql-post.ts); everything else to Express.
  let graphqlPost: GraphQLPostLane | undefined;
  const httpServer = http.createServer((req, res) => {
    if (graphqlPost?.(req, res) !== true) app(req, res);
  });

  const schema = await buildFaultlineSchema();
  const apollo = new ApolloServer<FaultlineContext>({
    // Executed by graphql-jit; parsing, validation, plugins and errors stay Apollo's (compiled-executor.ts).
    gateway: compiledExecutionGateway(schema),
    introspection: true,
    // Replaced by csrfGuard (api/http/csrf.ts), which also admits GET queries without ambient credentials.
    csrfPrevention: false,
    // The process owner (app/main.ts) stops the server, then the driver, then Neo4j; Apollo's own
    // signal handlers would race that order and leave the shutdown hanging.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: true,
    // Apollo's default adds a newline to the JSON: a second string joined to the first, which
    // Buffer.byteLength (the content length) then copies whole into a flat one, 37 KB for a party
    // with its nested relationships. The answer is the same JSON without it.
    stringifyResult: (result) => JSON.stringify(result),
    includeStacktraceInErrorResponses: config.development,
    hideSchemaDetailsFromClientErrors: false,
    validationRules: limitRules(limits),
    formatError: createFormatError({
      logger,
      development: config.development,
      transactionTimeoutMs: limits.transactionTimeoutMs,
    }),
    logger: logger.child({ component: 'apollo' }),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // Faultline sets no cache hints; the default cache-control plugin wraps every resolver for nothing.
      ApolloServerPluginCacheControlDisabled(),
      authPlugin({ apiKeys: config.apiKeys, requireKeyForReads: config.requireKeyForReads }),
      costLimitPlugin(limits.maxCost, SIZE_CAPS),
      unavailableStatusPlugin(),
      errorRequestPlugin(),
    ],
  });
  await apollo.start();

  const httpLogger = logger.child({ component: 'http' });
  const contextFor = (state: RequestState | undefined, reads?: RequestReads): Promise<FaultlineContext> => {
    if (!state) return Promise.resolve(createContext({ db, logger }));
    // Time in Neo4j, per request (the request log reports it): the request's own database door counts it.
    const counted = (reads?.door ?? db).observedBy((event) => {
      state.neo4jMs += event.ms;
      state.statements += 1;
      reads?.log.finished(event);
    }, reads?.log.started);
    return Promise.resolve(createContext({ db: counted, logger, requestId: state.requestId, auth: state.credentials }));
  };
  const readAhead = config.readAhead
    ? new ReadAhead(db, { apiKeys: config.apiKeys, requireKeyForReads: config.requireKeyForReads })
    : undefined;
  graphqlPost = graphqlPostLane({
    apollo,
    context: contextFor,
    apiKeys: config.apiKeys,
    logger: httpLogger,
    bodyLimitBytes: limits.bodyLimitBytes,
    maxBatch: limits.maxBatch,
    readiness: deps.readiness,
    readAhead,
  });

  app.use(requestId(config.apiKeys));
  app.use(requestLog(httpLogger));
  app.use(healthRoutes(db, deps.readiness));
  app.get(
    '/network.ndjson',
    networkStream(
      db,
      { apiKeys: config.apiKeys, requireKeyForReads: config.requireKeyForReads },
      logger,
      limits.streamTimeoutMs,
    ),
  );
  const graphiqlDir = deps.graphiqlDir ?? DEFAULT_GRAPHIQL_DIR;
  app.use('/graphiql', graphiqlAssets(graphiqlDir));
  app.use(
    '/graphql',
    graphiqlPage(graphiqlDir),
    csrfGuard,
    startingGate(deps.readiness),
    jsonBody(limits.bodyLimitBytes),
    bodyErrors(limits.bodyLimitBytes),
    batchLimit(limits.maxBatch),
    ...(readAhead ? [readAheadOfGet(readAhead)] : []),
    expressMiddleware(apollo, { context: ({ res }) => contextFor(requestStateOf(res), readsOf(res)) }),
  );
  app.use(webExplorer(deps.webDir ?? DEFAULT_WEB_DIR));

  httpServer.listen(config.port, config.host);
  try {
    await once(httpServer, 'listening');
  } catch (error) {
    await apollo.stop();
    throw error;
  }
  const { port } = httpServer.address() as AddressInfo;
  const shownHost = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${shownHost}:${port}`;
  logger.info({ url }, 'Faultline API listening');

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    close() {
      closing ??= (async () => {
        // The drain plugin closes the HTTP server and waits for in-flight requests.
        await apollo.stop();
        if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      })();
      return closing;
    },
  };
}
