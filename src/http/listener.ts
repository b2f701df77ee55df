import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import sirv from 'sirv';
import type { Logger } from '../logger.ts';
import { fromRoot } from '../project-root.ts';
import { SUBGRAPH_ENDPOINT } from './federation.ts';
import { MAX_BODY_BYTES } from './limits.ts';
import type { Metrics } from './metrics.ts';

/** Where `npm run build` puts the explorer page (Vite, base `/explorer/`). */
export const EXPLORER_DIST = fromRoot('explorer', 'dist');

/**
 * Vite names every file under `assets/` after a hash of its content, so a name never changes meaning:
 * browsers may keep them for a year without asking. Everything else (the page itself, the fallback for
 * deep links) is revalidated on each visit with its ETag or Last-Modified, so a new build shows at once.
 */
const EXPLORER_HASHED = '/explorer/assets/';
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

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
<li><a href="/ready">/ready</a>, <a href="/health">/health</a> and <a href="/metrics">/metrics</a></li>
</ul>
</body></html>`;

export interface ListenerOptions {
  logger: Logger;
  metrics: Metrics;
  /** What /metrics answers; default: `metrics` alone (a cluster worker answers for the whole cluster). */
  metricsText?: () => Promise<string>;
  explorerDir?: string;
  /** The MCP endpoint (src/http/mcp.ts) at /mcp; without it, /mcp is an unknown path (404). */
  mcp?: (request: IncomingMessage, response: ServerResponse) => void;
  /** The federation subgraph (src/http/federation.ts) at /subgraph; without it, an unknown path. */
  subgraph?: (request: IncomingMessage, response: ServerResponse) => unknown;
}

/** A client-sent request id is kept when it looks like one; otherwise a fresh one is made. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

/**
 * Routes plain HTTP: `/` a landing page, `/explorer/` the built explorer (static files, its index
 * for deep links), `/metrics` for Prometheus, `/mcp` for AI assistants and `/subgraph` for a
 * federation gateway when enabled, everything else to GraphQL (yoga also answers /health and
 * /ready). Every response carries `x-request-id`, and every request is logged with it.
 */
export function createRequestListener(
  graphql: (request: IncomingMessage, response: ServerResponse) => unknown,
  {
    logger,
    metrics,
    metricsText = () => metrics.registry.metrics(),
    explorerDir = EXPLORER_DIST,
    mcp,
    subgraph,
  }: ListenerOptions,
): RequestListener {
  // brotli/gzip: the build writes `.br` and `.gz` beside each text file (explorer/vite.config.ts), and
  // sirv picks the one Accept-Encoding allows, with `Vary: Accept-Encoding`.
  const explorer = existsSync(explorerDir)
    ? sirv(explorerDir, { single: true, etag: true, brotli: true, gzip: true })
    : undefined;

  const route = (request: IncomingMessage, response: ServerResponse, url: URL) => {
    if (url.pathname === '/' && (request.method === 'GET' || request.method === 'HEAD')) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(LANDING_PAGE);
      return 'landing';
    }
    if (url.pathname === '/metrics') {
      metricsText().then(
        (text) => response.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
        (error: unknown) => {
          logger.error({ err: error }, 'metrics could not be collected');
          response
            .writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
            .end('Metrics could not be collected; try again.');
        },
      );
      return 'metrics';
    }
    if (url.pathname === '/explorer') {
      response.writeHead(301, { location: `/explorer/${url.search}` }).end();
      return 'explorer';
    }
    if (url.pathname.startsWith('/explorer/')) {
      if (!explorer) {
        response
          .writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
          .end('The explorer is not built; run `npm run build`.');
        return 'explorer';
      }
      // Set before sirv answers, so that a 304 carries them too.
      response.setHeader('Cache-Control', url.pathname.startsWith(EXPLORER_HASHED) ? IMMUTABLE : REVALIDATE);
      response.setHeader('Vary', 'Accept-Encoding');
      request.url = (request.url ?? '/').slice('/explorer'.length);
      explorer(request, response, () => {
        response.removeHeader('Cache-Control');
        response.writeHead(404).end();
      });
      return 'explorer';
    }
    const refusal = bodyRefusal(request);
    if (refusal) {
      response
        .writeHead(refusal.status, { 'content-type': 'application/json; charset=utf-8', connection: 'close' })
        .end(JSON.stringify({ errors: [{ message: refusal.message, extensions: { code: 'BAD_REQUEST' } }] }));
      return url.pathname === '/mcp' && mcp
        ? 'mcp'
        : url.pathname === SUBGRAPH_ENDPOINT && subgraph
          ? 'subgraph'
          : 'graphql';
    }
    if (url.pathname === '/mcp' && mcp) {
      mcp(request, response);
      return 'mcp';
    }
    if (url.pathname === SUBGRAPH_ENDPOINT && subgraph) {
      subgraph(request, response);
      return 'subgraph';
    }
    graphql(request, response);
    return url.pathname === '/graphql'
      ? 'graphql'
      : url.pathname === '/health' || url.pathname === '/ready'
        ? url.pathname.slice(1)
        : 'other';
  };

  return (request, response) => {
    const started = process.hrtime.bigint();
    const offered = request.headers['x-request-id'];
    const requestId = typeof offered === 'string' && SAFE_REQUEST_ID.test(offered) ? offered : randomUUID();
    request.headers['x-request-id'] = requestId;
    response.setHeader('x-request-id', requestId);
    const url = new URL(request.url ?? '/', 'http://localhost');
    const name = route(request, response, url);
    response.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.requests.inc({
        method: request.method ?? 'GET',
        route: name,
        status: String(response.statusCode),
      });
      metrics.latency.observe({ route: name }, seconds);
      logger.info(
        {
          requestId,
          method: request.method,
          path: url.pathname,
          status: response.statusCode,
          ms: Math.round(seconds * 1000),
        },
        'request',
      );
    });
  };
}

/**
 * Bodies are bounded before anything parses them: a declared length over the limit is refused
 * with 413, and a body of unknown length (chunked) with 411, since it could not be bounded up front.
 */
function bodyRefusal(request: IncomingMessage): { status: number; message: string } | undefined {
  if (request.method !== 'POST') return undefined;
  const length = request.headers['content-length'];
  if (length === undefined) {
    return request.headers['transfer-encoding']
      ? { status: 411, message: 'Send a Content-Length: request bodies of unknown length are refused.' }
      : undefined;
  }
  if (Number(length) > MAX_BODY_BYTES) {
    return { status: 413, message: `Request body too large: at most ${MAX_BODY_BYTES} bytes.` };
  }
  return undefined;
}
