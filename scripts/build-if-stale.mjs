/**
 * `node scripts/build-if-stale.mjs [--force] [server] [explorer] [bench]` (run by `npm start`, `npm run build`
 * and the test setup): rebuilds what is out of date and nothing else, then prints one line saying
 * what it did.
 *
 *   server    tsc -p tsconfig.build.json  -> dist/           (src/, scripts/*.ts, tsconfig*.json)
 *   explorer  vite build                  -> explorer/dist/  (explorer/, client/, package-lock.json)
 *   bench     tsc -p bench/tsconfig.build.json -> dist/bench/ (only when named: `npm run bench` does)
 *
 * A target is out of date when the SHA-256 of its inputs (paths and contents) differs from the one
 * written into its output folder (.build-hash) by the last successful build, so switching branches
 * or touching files without changing them costs nothing, and a missing output always rebuilds.
 * Plain JavaScript on purpose: it runs before anything is compiled, and without dev dependencies.
 * When a rebuild is needed but TypeScript or Vite (dev dependencies) is not installed, it exits 1
 * with a message instead.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const STAMP = '.build-hash';

const targets = {
  server: {
    output: 'dist',
    inputs: ['src', 'scripts', 'tsconfig.json', 'tsconfig.build.json'],
    include: (path) => path.startsWith('src/') || path.endsWith('.ts'),
    tool: { name: 'TypeScript', pkg: 'typescript', bin: 'tsc' },
    args: ['-p', 'tsconfig.build.json', '--noEmitOnError'],
    // From scratch, so a deleted or renamed source leaves no stale module behind.
    clean: true,
  },
  explorer: {
    output: 'explorer/dist',
    inputs: ['explorer', 'client', 'package-lock.json'],
    include: (path) => !path.startsWith('explorer/dist/'),
    tool: { name: 'Vite', pkg: 'vite', bin: 'vite' },
    args: ['build', '--config', 'explorer/vite.config.ts'],
    clean: false, // vite empties its outDir itself
  },
  bench: {
    output: 'dist/bench',
    inputs: ['src', 'bench', 'tsconfig.json', 'tsconfig.build.json'],
    include: (path) => path.endsWith('.ts') || path.endsWith('.json'),
    tool: { name: 'TypeScript', pkg: 'typescript', bin: 'tsc' },
    args: ['-p', 'bench/tsconfig.build.json', '--noEmitOnError'],
    clean: true,
    // Not built by default: only the benchmark harness needs it.
    onlyWhenNamed: true,
  },
};

/** The files `entries` name or contain (relative to the root, sorted), keeping what `include` accepts. */
function listFiles(entries, include) {
  const files = [];
  for (const entry of entries) {
    const path = `${root}${entry}`;
    if (!existsSync(path)) continue;
    if (!statSync(path).isDirectory()) {
      files.push(entry);
      continue;
    }
    for (const dirent of readdirSync(path, { withFileTypes: true, recursive: true })) {
      const relative = `${dirent.parentPath}/${dirent.name}`.slice(root.length);
      if (dirent.isFile() && include(relative)) files.push(relative);
    }
  }
  return files.sort();
}

function inputHash(target) {
  const hash = createHash('sha256');
  for (const file of listFiles(target.inputs, target.include)) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(`${root}${file}`));
    hash.update('\0');
  }
  return hash.digest('hex');
}

function storedHash(target) {
  const stamp = `${root}${target.output}/${STAMP}`;
  return existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : undefined;
}

/** The tool's bin script, or undefined when the dev dependency is not installed. */
function toolBin({ pkg, bin }) {
  try {
    const require = createRequire(`${root}package.json`);
    const manifestPath = require.resolve(`${pkg}/package.json`);
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const relative = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.[bin];
    const path = relative && fileURLToPath(new URL(relative, `file://${manifestPath}`));
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function build(name, target, hash) {
  const bin = toolBin(target.tool);
  if (!bin) {
    console.error(
      `[build] ${target.output}/ is missing or out of date with its sources, and ${target.tool.name} ` +
        `(a dev dependency) is not installed, so it cannot be rebuilt. Run \`npm install\` (without ` +
        '--omit=dev) and try again, or deploy the built outputs (dist/, explorer/dist/) and run ' +
        '`node dist/src/main.js`, as the Dockerfile does.',
    );
    process.exit(1);
  }
  if (target.clean) rmSync(`${root}${target.output}`, { recursive: true, force: true });
  const started = Date.now();
  const result = spawnSync(process.execPath, [bin, ...target.args], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`[build] ${name}: ${target.tool.name} failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
  writeFileSync(`${root}${target.output}/${STAMP}`, `${hash}\n`);
  return Date.now() - started;
}

const args = process.argv.slice(2);
const force = args.includes('--force');
const unknown = args.filter((arg) => arg !== '--force' && !(arg in targets));
if (unknown.length > 0) {
  console.error(
    `[build] unknown argument ${unknown.join(' ')}; expected [--force] [server] [explorer] [bench]`,
  );
  process.exit(2);
}
const selected = args.filter((arg) => arg in targets);
const rebuilt = [];
const current = [];
const defaults = Object.keys(targets).filter((name) => !targets[name].onlyWhenNamed);
for (const name of selected.length > 0 ? selected : defaults) {
  const target = targets[name];
  const hash = inputHash(target);
  const previous = storedHash(target);
  if (!force && previous === hash) {
    current.push(`${target.output}/`);
    continue;
  }
  const why = force ? 'forced' : previous ? 'sources changed' : 'not built yet';
  const ms = build(name, target, hash);
  rebuilt.push(`${target.output}/ (${name}: ${why}, ${(ms / 1000).toFixed(1)} s)`);
}
console.log(
  rebuilt.length === 0
    ? `[build] up to date, nothing built: ${current.join(', ')}`
    : `[build] rebuilt ${rebuilt.join(', ')}${current.length > 0 ? `; up to date: ${current.join(', ')}` : ''}`,
);
