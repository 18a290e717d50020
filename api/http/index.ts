export { bodyErrors, jsonBody, sendBodyNotJson, sendBodyTooLarge } from './body.js';
export { carriesAmbientCredentials, csrfGuard, csrfRefusal, refuseCsrf } from './csrf.js';
export { DEFAULT_GRAPHIQL_DIR, graphiqlAssets, graphiqlPage } from './graphiql.js';
export { type GraphQLPostLane, graphqlPostLane, isPlainJsonType } from './graphql-post.js';
export { graphqlAnswerType, sendGraphQLError } from './graphql-response.js';
export { unavailableStatusPlugin } from './graphql-status.plugin.js';
export { healthRoutes } from './health.js';
export { networkStream } from './network-stream.js';
export {
  MAX_BODIES,
  MAX_BODY_CHARS,
  MAX_READS,
  ReadAhead,
  type RequestReads,
  readAheadOfGet,
  readsOf,
} from './read-ahead.js';
export { Readiness } from './readiness.js';
export { newRequestState, type RequestState } from './request-context.js';
export { requestId, requestStateOf, startRequest } from './request-id.js';
export { logWhenFinished, requestLog } from './request-log.js';
export { refuseWhileStarting, STARTUP_HOLD, startingGate } from './starting.js';
export { webExplorer } from './static-web.js';
