import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';

/**
 * Compression of GraphQL answers. Measured on the seed graph (docs/explorer-page.md,
 * `npx tsx bench/compression.ts`): the explorer's largest answers (35-45 KB) shrink by 77% at brotli's
 * quality 1 for about 0.1 ms of CPU, while higher levels save 3-5 more points for 4-8 times the CPU;
 * a small answer saves a few hundred bytes, less than a packet, for the compressor's fixed cost.
 */
export interface CompressionSettings {
  /**
   * Answers of at least this many bytes are compressed (brotli, else gzip) when the client accepts it;
   * `Infinity` never compresses, for a reverse proxy that does it instead.
   */
  compressMinBytes: number;
}

export const DEFAULT_COMPRESSION_SETTINGS: CompressionSettings = { compressMinBytes: 1024 };

type Encoding = 'br' | 'gzip';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

const COMPRESS: Record<Encoding, (body: Buffer) => Promise<Buffer>> = {
  br: (body) =>
    brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 1,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  gzip: (body) => gzipped(body, { level: 1 }),
};

/**
 * The encoding to answer with: brotli when Accept-Encoding allows it, else gzip, else none.
 * A coding is allowed when listed (or matched by `*`) with a q-value above 0.
 */
export function negotiateEncoding(acceptEncoding: string | null): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [coding = '', ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    weights.set(coding, q ? Number(q.slice(2)) : 1);
  }
  const allowed = (coding: Encoding) => (weights.get(coding) ?? weights.get('*') ?? 0) > 0;
  return allowed('br') ? 'br' : allowed('gzip') ? 'gzip' : undefined;
}

/**
 * Compresses the JSON answers of the GraphQL endpoint of at least `compressMinBytes`. Streams
 * (subscriptions, incremental delivery) are left alone: a compressor would hold their events back.
 * Comes after the plugins that set the answer's headers, since it copies them.
 */
export function compressionPlugin(
  { compressMinBytes }: CompressionSettings,
  graphqlEndpoint: string,
): Plugin {
  return {
    onResponse({ request, response, setResponse, fetchAPI }) {
      if (!Number.isFinite(compressMinBytes)) return;
      if (new URL(request.url).pathname !== graphqlEndpoint) return;
      const json = /json/.test(response.headers.get('content-type') ?? '');
      if (!json && response.status !== 304) return;
      const vary = response.headers.get('vary');
      response.headers.set('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
      if (!json || !response.body || response.headers.has('content-encoding')) return;
      const encoding = negotiateEncoding(request.headers.get('accept-encoding'));
      const length = Number(response.headers.get('content-length') ?? Number.NaN);
      if (!encoding || length < compressMinBytes) return;
      return response.arrayBuffer().then(async (buffer) => {
        const body = Buffer.from(buffer);
        const headers = new fetchAPI.Headers(response.headers);
        if (body.length < compressMinBytes) {
          setResponse(new fetchAPI.Response(buffer, { status: response.status, headers }));
          return;
        }
        const compressed = await COMPRESS[encoding](body);
        headers.set('content-encoding', encoding);
        headers.set('content-length', String(compressed.length));
        setResponse(new fetchAPI.Response(new Uint8Array(compressed), { status: response.status, headers }));
      });
    },
  };
}
