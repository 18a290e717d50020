export { bodyErrors, jsonBody } from './body.js';
export { sendGraphQLError } from './graphql-response.js';
export { unavailableStatusPlugin } from './graphql-status.plugin.js';
export { healthRoutes } from './health.js';
export { currentRequest, newRequestState, type RequestState, runInRequest } from './request-context.js';
export { bindRequestContext, requestId, requestStateOf } from './request-id.js';
export { requestLog } from './request-log.js';
export { webExplorer } from './static-web.js';
