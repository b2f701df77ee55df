import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

/** Text worth compressing; fonts (woff2) and images are compressed already. */
const COMPRESSIBLE = /\.(js|css|html|svg|json|txt)$/;
/** Below this a file fits in a packet or two either way. */
const MIN_BYTES = 1024;

/**
 * Writes `name.br` and `name.gz` beside every compressible file of the build, at the highest levels
 * (brotli 11, gzip 9): compression is paid once here instead of on every request, and sirv serves
 * whichever the browser accepts (src/http/listener.ts). node:zlib rather than a plugin package:
 * it is the whole job in a few lines, with the levels in plain sight and no dependency to keep up.
 */
function precompress(): Plugin {
  const brotli = promisify(brotliCompress);
  const gzipped = promisify(gzip);
  let outDir = '';
  return {
    name: 'qianjiang-kg:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    async writeBundle(_options, bundle) {
      const files = Object.values(bundle).filter(
        (file) => COMPRESSIBLE.test(file.fileName) && size(file) >= MIN_BYTES,
      );
      await Promise.all(
        files.map(async (file) => {
          const source = Buffer.from(file.type === 'chunk' ? file.code : file.source);
          const path = join(outDir, file.fileName);
          const params = {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
          };
          await writeFile(`${path}.br`, await brotli(source, { params }));
          await writeFile(`${path}.gz`, await gzipped(source, { level: constants.Z_BEST_COMPRESSION }));
        }),
      );
    },
  };
}

function size(
  file: { type: 'chunk'; code: string } | { type: 'asset'; source: string | Uint8Array },
): number {
  return file.type === 'chunk' ? Buffer.byteLength(file.code) : Buffer.byteLength(file.source);
}

// The explorer page, served by the API server at /explorer/ (src/http/listener.ts).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/explorer/',
  logLevel: 'warn',
  plugins: [precompress()],
  // cytoscape is most of the ~620 kB bundle; it is one page, loaded once.
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, target: 'es2022', chunkSizeWarningLimit: 800 },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});
