import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';

/**
 * Serves the built web explorer at `/`, with index.html for any other GET that wants HTML
 * (deep links such as /party/iraq). Says how to build it when it is missing.
 */
export function webExplorer(webDir: string): Router {
  const router = Router();
  const root = path.resolve(webDir);
  const index = path.join(root, 'index.html');
  router.use(express.static(root, { index: 'index.html', fallthrough: true }));
  router.get('/{*rest}', (req, res, next) => {
    // A missing file (/assets/x.js) is a 404, not the explorer's page.
    if (!req.accepts('html') || path.extname(req.path) !== '') return next();
    if (!existsSync(index)) {
      res
        .status(404)
        .type('text/plain')
        .send(`The web explorer is not built (no ${index}). Build it with the web build script, then reload.`);
      return;
    }
    res.sendFile(index);
  });
  return router;
}
