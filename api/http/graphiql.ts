/**
 * GraphiQL at GET /graphql for browsers: a GET that prefers HTML to JSON and carries no query is
 * a person opening the endpoint, so it gets the IDE (built by web/graphiql/vite.config.ts into
 * web/dist-graphiql); its assets are served under /graphiql/. Every other request goes on to the
 * GraphQL handler.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type RequestHandler, Router } from 'express';
import { projectPath } from '../../core/project-root.js';

export const DEFAULT_GRAPHIQL_DIR = projectPath('web', 'dist-graphiql');

const GRAPHQL_TYPES = ['application/graphql-response+json', 'application/json', 'text/html'];

/** The IDE's page for a browser's GET of /graphql; passes anything else on. */
export function graphiqlPage(dir: string = DEFAULT_GRAPHIQL_DIR): RequestHandler {
  const index = path.join(path.resolve(dir), 'index.html');
  return (req, res, next) => {
    if (req.method !== 'GET' || req.path !== '/' || req.query.query !== undefined) return next();
    if (req.accepts(GRAPHQL_TYPES) !== 'text/html') return next();
    if (!existsSync(index)) {
      res
        .status(404)
        .type('text/plain')
        .send(`GraphiQL is not built (no ${index}). Run "npm run build", then reload; or POST GraphQL to this URL.`);
      return;
    }
    res.set('cache-control', 'no-cache');
    res.sendFile(index);
  };
}

/** GraphiQL's scripts, styles and Monaco workers (hashed names, so cached for long). */
export function graphiqlAssets(dir: string = DEFAULT_GRAPHIQL_DIR): Router {
  const router = Router();
  router.use(express.static(path.resolve(dir), { index: false, immutable: true, maxAge: '7d', fallthrough: true }));
  return router;
}
