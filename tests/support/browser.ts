/**
 * The browser that the page tests drive: the headless Chromium that the dev dependency
 * @sparticuz/chromium carries inside its npm tarball (brotli-compressed, x86-64 Linux), unpacked once
 * into node_modules/.cache. So `npm install` is all these tests need: no system package, no browser
 * download. CHROMIUM_PATH runs another Chromium instead (tests/support/test-env.ts).
 */

import { execFileSync } from 'node:child_process';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import { type Browser, chromium } from 'playwright-core';
import { fromRoot } from '../../src/project-root.ts';
import { loadTestBrowser } from './test-env.ts';

const PACKAGE = '@sparticuz/chromium';

// The machines this runs on reach no network but the package registries: without the
// background-networking flags Chromium keeps trying to reach Google's services.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** Starts headless Chromium, or fails saying which one could not start and what to do. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = loadTestBrowser().chromiumPath ?? (await packagedChromium());
  try {
    return await chromium.launch({ executablePath, args: ARGS });
  } catch (error) {
    throw new Error(
      `Chromium (${executablePath}) did not start: ${(error as Error).message}\n` +
        `Set CHROMIUM_PATH to another Chromium, or delete ${cacheRoot()} to unpack ${PACKAGE} again.`,
      { cause: error },
    );
  }
}

function cacheRoot(): string {
  return fromRoot('node_modules', '.cache', 'chromium');
}

/** The package's Chromium, unpacked on first use into a folder named after its version. */
async function packagedChromium(): Promise<string> {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      `${PACKAGE} ships Chromium for x86-64 Linux only (this is ${process.platform}-${process.arch}); set CHROMIUM_PATH to a Chromium for this machine.`,
    );
  }
  let bin: string;
  let version: string;
  try {
    const root = dirname(dirname(createRequire(import.meta.url).resolve(PACKAGE)));
    bin = join(root, 'bin');
    version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  } catch (error) {
    throw new Error(`${PACKAGE} is not installed: run \`npm install\`.`, { cause: error });
  }
  const dir = join(cacheRoot(), version);
  const executable = join(dir, 'chromium');
  if (existsSync(executable)) return executable;

  // Unpacked beside the final folder and renamed into place, so a half-unpacked browser is never
  // found, and two test runs unpacking at once both end up with a whole one.
  const partial = `${dir}.${process.pid}.partial`;
  console.log(`[browser] unpacking ${PACKAGE} ${version} into ${dir} (once per version)`);
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  try {
    await unbrotli(join(bin, 'chromium.br'), join(partial, 'chromium'), 0o755);
    // SwiftShader's software GL: without it, Chromium's GPU process fails and exits at every start.
    const tar = join(partial, 'swiftshader.tar');
    await unbrotli(join(bin, 'swiftshader.tar.br'), tar, 0o644);
    execFileSync('tar', ['-xf', tar, '-C', partial]);
    rmSync(tar);
    try {
      renameSync(partial, dir);
    } catch (error) {
      if (!existsSync(executable)) throw error;
    }
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
  return executable;
}

async function unbrotli(source: string, target: string, mode: number): Promise<void> {
  await pipeline(createReadStream(source), createBrotliDecompress(), createWriteStream(target, { mode }));
}
