import {
  createServer,
  type Server as HttpServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type RequestListener,
} from 'node:http';
import { type AddressInfo, createServer as createNetServer } from 'node:net';

/** A loopback port nothing listens on right now (for servers to start, or to find closed). */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createNetServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface Listening {
  /** http://127.0.0.1:port, no trailing slash. */
  url: string;
  server: HttpServer;
  /** Cuts open connections and stops listening. */
  close(): Promise<void>;
}

/** Serves `listener` on a free loopback port. */
export async function listen(listener: RequestListener): Promise<Listening> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    server,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

/**
 * One request over node:http on a connection of its own (no agent, `connection: close`): what fetch
 * cannot do, such as a body of unknown length, or a fresh connection per request so that a cluster's
 * primary hands each to the next worker. Rejects with the socket's error (ECONNREFUSED, ECONNRESET).
 * A JSON content type unless `headers` says otherwise; POST when there is a body.
 */
export function rawRequest(
  url: string,
  {
    method,
    headers = {},
    body,
    chunked = false,
  }: { method?: string; headers?: Record<string, string>; body?: string; chunked?: boolean } = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      url,
      {
        method: method ?? (body === undefined ? 'GET' : 'POST'),
        agent: false,
        headers: {
          'content-type': 'application/json',
          connection: 'close',
          ...(chunked ? { 'transfer-encoding': 'chunked' } : {}),
          ...headers,
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, text }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    // With end(body) node sends a Content-Length; a chunked body is written first and ended empty.
    if (chunked) {
      if (body !== undefined) request.write(body);
      request.end();
    } else request.end(body);
  });
}
