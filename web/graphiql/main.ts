/**
 * GraphiQL for Faultline, served at GET /graphql to browsers and bundled locally (no CDN): the
 * schema's docs come from introspection, the README's example operations open as tabs, and the
 * header editor holds the API key for mutations (or for reads when the server requires one).
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { readmeExamples } from './examples.js';
import { operationNameFor } from './operation-name.js';

type FetcherParams = { query: string; operationName?: string | null; variables?: unknown };
type FetcherOptions = { headers?: Record<string, unknown> };

const ENDPOINT = new URL('/graphql', window.location.href).toString();

/** Same-origin POST with the GraphQL-over-HTTP media type; the header editor's headers go along. */
async function fetcher(params: FetcherParams, options?: FetcherOptions): Promise<unknown> {
  params = { ...params, operationName: operationNameFor(params.query, params.operationName) };
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
  };
  for (const [name, value] of Object.entries(options?.headers ?? {})) {
    // An empty "Bearer " (the placeholder) is left out rather than sent as a malformed key.
    if (typeof value === 'string' && value.trim() !== '' && !/^Bearer\s*$/i.test(value.trim())) headers[name] = value;
  }
  const res = await fetch(ENDPOINT, { method: 'POST', headers, body: JSON.stringify(params) });
  return res.json();
}

const HEADERS_HINT = `{
  "Authorization": "Bearer "
}`;

const container = document.getElementById('graphiql');
if (!container) throw new Error('GraphiQL: the page has no #graphiql element');
const tabs = readmeExamples().map((tab) => ({ ...tab, headers: HEADERS_HINT }));
createRoot(container).render(
  createElement(GraphiQL, {
    fetcher: fetcher as never,
    defaultTabs: tabs,
    defaultHeaders: HEADERS_HINT,
    isHeadersEditorEnabled: true,
    shouldPersistHeaders: false,
    defaultEditorToolsVisibility: 'headers',
  }),
);
