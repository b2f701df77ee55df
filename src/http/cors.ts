import type { CORSOptions } from 'graphql-yoga';

/** Which browser origins may call the API; from CORS_ORIGINS and CORS_CREDENTIALS (src/process/config.ts). */
export interface CorsSettings {
  /** Origins allowed to call the API from a browser, besides the server's own. */
  corsOrigins: string[];
  corsCredentials: boolean;
}

/** The defaults: any port of localhost (dev servers such as Vite), no credentials. */
export const DEFAULT_CORS_SETTINGS: CorsSettings = {
  corsOrigins: ['http://localhost:*', 'http://127.0.0.1:*'],
  corsCredentials: false,
};

/** Headers a browser client may send: JSON bodies, bearer tokens, conditional GETs, request ids. */
const ALLOWED_HEADERS = ['Content-Type', 'Accept', 'Authorization', 'If-None-Match', 'X-Request-Id'];
/** Headers a browser client may read besides the CORS-safelisted ones. */
const EXPOSED_HEADERS = ['ETag', 'X-Request-Id'];
/** How long a browser may reuse a preflight answer, in seconds. */
const PREFLIGHT_MAX_AGE = 600;

/** Whether `origin` is in the allow-list: exact origins, `http://localhost:*` (any port), or `*`. */
export function originAllowed(origin: string, allowList: readonly string[]): boolean {
  return allowList.some((allowed) => {
    if (allowed === '*' || allowed === origin) return true;
    if (!allowed.endsWith(':*')) return false;
    const prefix = allowed.slice(0, -1); // "http://localhost:"
    return origin.startsWith(prefix) && /^\d+$/.test(origin.slice(prefix.length));
  });
}

/**
 * yoga's `cors` option. Same-origin requests and listed origins get CORS headers naming their own
 * origin; any other origin gets none, so the browser refuses to hand the answer to its page.
 * Credentials (cookies) are off unless configured; bearer tokens need no credentials mode.
 */
export function corsOptions(settings: CorsSettings) {
  return (request: Request): CORSOptions => {
    const origin = request.headers.get('origin');
    if (!origin) return false;
    const sameOrigin = origin === new URL(request.url).origin;
    if (!sameOrigin && !originAllowed(origin, settings.corsOrigins)) return false;
    return {
      origin: [origin],
      credentials: settings.corsCredentials,
      methods: ['GET', 'POST'],
      allowedHeaders: ALLOWED_HEADERS,
      exposedHeaders: EXPOSED_HEADERS,
      maxAge: PREFLIGHT_MAX_AGE,
    };
  };
}
