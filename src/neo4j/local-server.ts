import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j, { type Driver } from 'neo4j-driver';
import { fromRoot } from '../project-root.ts';
import { Neo4jStartupError } from './errors.ts';
import { Executor } from './executor.ts';
import type { LocalNeo4jSettings } from './local-settings.ts';

/**
 * Runs Neo4j Community from its Maven Central jars, without Docker: resolves the jars with `mvn`
 * (once; cached), writes `neo4j.conf`, launches `CommunityEntryPoint` as a background process and
 * waits for Bolt. Each instance lives in its own folder (conf/, data/, logs/, run/) with its pid and a
 * generated password, so a dev and a test instance never share data.
 */

const POM = fromRoot('neo4j-local', 'pom.xml');
const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';
const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 60_000;

export class LocalNeo4jError extends Neo4jStartupError {
  override name = 'LocalNeo4jError';
}

export interface LocalNeo4jConnection {
  uri: string;
  username: string;
  password: string;
  /** False when the instance was already running (then whoever started it stops it). */
  startedHere: boolean;
  pid: number;
}

type Log = (message: string) => void;

/** The Neo4j version pinned in the pom (the one place it is set; docker-compose.yml is tested against it). */
export function pinnedNeo4jVersion(): string {
  const match = readFileSync(POM, 'utf8').match(/<neo4j\.version>([^<]+)<\/neo4j\.version>/);
  if (!match?.[1]) throw new LocalNeo4jError(`${POM} does not set <neo4j.version>`);
  return match[1];
}

const MISSING_TOOLS_HELP = (what: string) =>
  `${what} This project starts its own Neo4j 5.26 from Maven Central jars, which needs Java 17 (or 21) ` +
  'and Maven on the PATH. Three ways out: (1) install Java 17 and Maven (e.g. `apt-get install ' +
  'openjdk-17-jdk-headless maven`) and run the command again; (2) with Docker, run `docker compose up`, ' +
  'which starts Neo4j and the server together; (3) point the server at an existing Neo4j by setting ' +
  'NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD (Aura and clusters work too).';

function requireJavaAndMaven(): void {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0) throw new LocalNeo4jError(MISSING_TOOLS_HELP('`java` was not found.'));
  const version = /version "(\d+)/.exec(`${java.stderr}${java.stdout}`)?.[1];
  if (version && Number(version) < 17) {
    throw new LocalNeo4jError(
      MISSING_TOOLS_HELP(`\`java\` is version ${version}; Neo4j 5.26 needs 17 or 21.`),
    );
  }
  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvn.error || mvn.status !== 0)
    throw new LocalNeo4jError(MISSING_TOOLS_HELP('`mvn` (Maven) was not found.'));
}

/** Resolves the server's jars into a cached folder; only the first run downloads. */
export async function resolveJars(log: Log): Promise<string> {
  const version = pinnedNeo4jVersion();
  const libDir = fromRoot('.neo4j', 'lib', version);
  const marker = `${libDir}/.complete`;
  if (existsSync(marker)) return libDir;
  requireJavaAndMaven();
  log(`Resolving Neo4j ${version} jars from Maven Central with mvn (first run only)...`);
  rmSync(libDir, { recursive: true, force: true });
  const started = Date.now();
  const args = [
    '-B',
    '-f',
    POM,
    `-Dneo4j.version=${version}`,
    'dependency:copy-dependencies',
    '-DincludeScope=runtime',
    `-DoutputDirectory=${libDir}`,
  ];
  const downloaded = await new Promise<number>((resolve, reject) => {
    const child = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let count = 0;
    let tail = '';
    const onOutput = (chunk: Buffer) => {
      const text = chunk.toString();
      tail = (tail + text).slice(-4000);
      for (const line of text.split('\n')) {
        if (!line.includes('Downloaded from')) continue;
        count += 1;
        if (count % 50 === 0) log(`  ${count} artifacts downloaded...`);
      }
    };
    child.stdout.on('data', onOutput);
    child.stderr.on('data', onOutput);
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(count) : reject(new LocalNeo4jError(`mvn failed (exit ${code}):\n${tail}`)),
    );
  });
  const jars = readdirSync(libDir).filter((file) => file.endsWith('.jar')).length;
  writeFileSync(marker, `${new Date().toISOString()}\n`);
  log(
    `Resolved Neo4j ${version}: ${jars} jars (${downloaded} artifacts downloaded) in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
  return libDir;
}

function instancePaths(dir: string) {
  return {
    conf: `${dir}/conf`,
    data: `${dir}/data`,
    logs: `${dir}/logs`,
    run: `${dir}/run`,
    pidFile: `${dir}/run/neo4j.pid`,
    credentials: `${dir}/credentials.json`,
    consoleLog: `${dir}/logs/console.log`,
  };
}

function writeConf(settings: LocalNeo4jSettings): void {
  const p = instancePaths(settings.dir);
  for (const folder of [p.conf, p.data, p.logs, p.run]) mkdirSync(folder, { recursive: true });
  const lines = [
    '# Written by src/neo4j/local-server.ts at every start; edit the settings there, not here.',
    'server.default_listen_address=127.0.0.1',
    'server.bolt.enabled=true',
    `server.bolt.listen_address=127.0.0.1:${settings.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${settings.boltPort}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    `server.directories.data=${p.data}`,
    `server.directories.logs=${p.logs}`,
    `server.directories.run=${p.run}`,
    `server.memory.pagecache.size=${settings.pageCache}`,
    'dbms.security.auth_enabled=true',
    'dbms.usage_report.enabled=false',
    // Bolt's network threads otherwise idle through a long quiet period, making every stop take ~10 s.
    'internal.dbms.bolt.netty_server_shutdown_quiet_period=0',
    'internal.dbms.bolt.netty_server_shutdown_timeout=2s',
  ];
  writeFileSync(`${p.conf}/neo4j.conf`, `${lines.join('\n')}\n`);
}

function readPid(dir: string): number | undefined {
  const { pidFile } = instancePaths(dir);
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** True when `pid` is alive and is the Neo4j of this instance folder (not a recycled pid). */
function isOurNeo4j(pid: number, dir: string): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const cmdlinePath = `/proc/${pid}/cmdline`;
  if (!existsSync(cmdlinePath)) return true;
  const cmdline = readFileSync(cmdlinePath, 'utf8');
  return cmdline.includes(ENTRY_POINT) && cmdline.includes(`--home-dir=${dir}`);
}

function portIsOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

function storedPassword(dir: string): string | undefined {
  const { credentials } = instancePaths(dir);
  if (!existsSync(credentials)) return undefined;
  return (JSON.parse(readFileSync(credentials, 'utf8')) as { password: string }).password;
}

/**
 * The first login of a new database must replace the default password; this does it once with a
 * generated one, kept (mode 600) in the instance folder.
 */
async function ensurePassword(uri: string, dir: string): Promise<string> {
  const existing = storedPassword(dir);
  if (existing) return existing;
  const password = randomBytes(18).toString('base64url');
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'neo4j'));
  try {
    await Executor.forBatchWork(driver, 'system').write(
      "ALTER CURRENT USER SET PASSWORD FROM 'neo4j' TO $password",
      { password },
    );
  } finally {
    await driver.close();
  }
  writeFileSync(instancePaths(dir).credentials, JSON.stringify({ username: 'neo4j', password }), {
    mode: 0o600,
  });
  return password;
}

async function waitForBolt(uri: string, pid: number, dir: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!isOurNeo4j(pid, dir)) {
      throw new LocalNeo4jError(
        `Neo4j exited during start-up. Last lines of ${instancePaths(dir).consoleLog}:\n${logTail(dir)}`,
      );
    }
    let driver: Driver | undefined;
    try {
      driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', storedPassword(dir) ?? 'neo4j'));
      await driver.getServerInfo();
      return;
    } catch (error) {
      // A fresh database answers with "credentials expired": Bolt is up.
      if (error instanceof Error && /credentials|unauthorized|authentication/i.test(error.message)) return;
    } finally {
      await driver?.close();
    }
    await sleep(500);
  }
  throw new LocalNeo4jError(
    `Neo4j did not answer on ${uri} within ${START_TIMEOUT_MS / 1000} s:\n${logTail(dir)}`,
  );
}

function logTail(dir: string): string {
  const { consoleLog } = instancePaths(dir);
  if (!existsSync(consoleLog)) return '(no log)';
  return readFileSync(consoleLog, 'utf8').split('\n').slice(-20).join('\n');
}

/** Starts the instance described by `settings`, or finds it already running (then a no-op). */
export async function startLocalNeo4j(settings: LocalNeo4jSettings, log: Log): Promise<LocalNeo4jConnection> {
  const uri = `bolt://127.0.0.1:${settings.boltPort}`;
  const paths = instancePaths(settings.dir);
  const runningPid = runningLocalNeo4j(settings.dir);
  if (runningPid) {
    await waitForBolt(uri, runningPid, settings.dir);
    const password = await ensurePassword(uri, settings.dir);
    log(`Neo4j already running (pid ${runningPid}) at ${uri}.`);
    return { uri, username: 'neo4j', password, startedHere: false, pid: runningPid };
  }
  if (await portIsOpen(settings.boltPort)) {
    throw new LocalNeo4jError(
      `Port ${settings.boltPort} is already in use by another process, so the local Neo4j cannot start. ` +
        'Stop that process, choose another port with NEO4J_LOCAL_BOLT_PORT, or set NEO4J_URI to use that server.',
    );
  }
  const libDir = await resolveJars(log);
  requireJavaAndMaven();
  writeConf(settings);
  const started = Date.now();
  const output = openSync(paths.consoleLog, 'a');
  const child = spawn(
    'java',
    [
      `-Xms${settings.heap}`,
      `-Xmx${settings.heap}`,
      '-XX:+UseG1GC',
      '-XX:-OmitStackTraceInFastThrow',
      '-XX:+AlwaysPreTouch',
      '-XX:+UnlockExperimentalVMOptions',
      '-XX:+TrustFinalNonStaticFields',
      '-XX:+DisableExplicitGC',
      '-Djdk.nio.maxCachedBufferSize=1024',
      '-Dio.netty.tryReflectionSetAccessible=true',
      '-Djdk.tls.ephemeralDHKeySize=2048',
      '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
      '-Dfile.encoding=UTF-8',
      '--add-opens=java.base/java.nio=ALL-UNNAMED',
      '--add-opens=java.base/java.io=ALL-UNNAMED',
      '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
      '--add-opens=java.base/java.lang=ALL-UNNAMED',
      '--enable-native-access=ALL-UNNAMED',
      '-cp',
      `${libDir}/*`,
      ENTRY_POINT,
      `--home-dir=${settings.dir}`,
      `--config-dir=${paths.conf}`,
      '--console-mode',
    ],
    { detached: true, stdio: ['ignore', output, output], cwd: settings.dir },
  );
  if (!child.pid) throw new LocalNeo4jError('Could not launch java for Neo4j.');
  child.unref();
  writeFileSync(paths.pidFile, `${child.pid}\n`);
  log(`Starting Neo4j ${pinnedNeo4jVersion()} (pid ${child.pid}, data in ${paths.data})...`);
  await waitForBolt(uri, child.pid, settings.dir);
  const password = await ensurePassword(uri, settings.dir);
  log(`Neo4j ready at ${uri} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return { uri, username: 'neo4j', password, startedHere: true, pid: child.pid };
}

/** The pid of the instance living in `dir`, if it runs. */
export function runningLocalNeo4j(dir: string): number | undefined {
  const pid = readPid(dir);
  return pid && isOurNeo4j(pid, dir) ? pid : undefined;
}

/** Stops the instance whose pid its folder records and waits for it to exit. False if none ran. */
export async function stopLocalNeo4j(dir: string, log: Log): Promise<boolean> {
  const pid = runningLocalNeo4j(dir);
  if (!pid) {
    rmSync(instancePaths(dir).pidFile, { force: true });
    return false;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (isOurNeo4j(pid, dir) && Date.now() < deadline) await sleep(200);
  if (isOurNeo4j(pid, dir)) {
    log(`Neo4j (pid ${pid}) did not stop within ${STOP_TIMEOUT_MS / 1000} s; killing it.`);
    process.kill(pid, 'SIGKILL');
    while (isOurNeo4j(pid, dir)) await sleep(100);
  }
  rmSync(instancePaths(dir).pidFile, { force: true });
  log(`Neo4j (pid ${pid}) stopped.`);
  return true;
}
