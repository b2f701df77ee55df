import { existsSync } from 'node:fs';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import sirv from 'sirv';
import { fromRoot } from './paths.ts';

/** Where `npm run build` puts the explorer page (Vite, base `/explorer/`). */
export const EXPLORER_DIST = fromRoot('explorer', 'dist');

const LANDING_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>qianjiang-kg</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}a{color:#0b5cad}</style>
</head><body>
<h1>qianjiang-kg</h1>
<p>A knowledge graph of how Qianjiang District (黔江区, Chongqing) lifted itself out of poverty,
from a newspaper page of 2021-04-15, every fact traced to its sentence.</p>
<ul>
<li><a href="/explorer/">Relationship explorer</a>: search, neighbourhoods, paths, timeline</li>
<li><a href="/graphql">GraphQL playground</a> (GraphiQL) and API endpoint</li>
<li><a href="/ready">/ready</a> and <a href="/health">/health</a></li>
</ul>
</body></html>`;

/**
 * Routes plain HTTP: `/` a landing page, `/explorer/` the built explorer (static files, with its
 * index for deep links), everything else to GraphQL (yoga also answers /health and /ready).
 */
export function createRequestListener(
  graphql: (request: IncomingMessage, response: ServerResponse) => unknown,
  explorerDir = EXPLORER_DIST,
): RequestListener {
  const explorer = existsSync(explorerDir) ? sirv(explorerDir, { single: true, etag: true }) : undefined;
  return (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/' && (request.method === 'GET' || request.method === 'HEAD')) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(LANDING_PAGE);
      return;
    }
    if (url.pathname === '/explorer') {
      response.writeHead(301, { location: `/explorer/${url.search}` }).end();
      return;
    }
    if (url.pathname.startsWith('/explorer/')) {
      if (!explorer) {
        response
          .writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
          .end('The explorer is not built; run `npm run build`.');
        return;
      }
      request.url = (request.url ?? '/').slice('/explorer'.length);
      explorer(request, response, () => {
        response.writeHead(404).end();
      });
      return;
    }
    graphql(request, response);
  };
}
