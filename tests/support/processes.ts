import { type ChildProcess, spawn } from 'node:child_process';
import { onTestFinished } from 'vitest';
import { fromRoot } from '../../src/project-root.ts';
import { testNeo4j } from './neo4j.ts';

export interface ServerProcess {
  child: ChildProcess;
  /** The exit code (null when a signal ended it). */
  exited: Promise<number | null>;
  /** stdout and stderr so far, interleaved. */
  output(): string;
  /** The JSON log lines of the output (LOG_LEVEL info and up are JSON). */
  messages(): { level: number; msg: string; worker?: number }[];
}

/**
 * Runs `npm start`'s entry point as production does: plain node on the compiled server, dist/src/main.js
 * (built by tests/support/build-setup.ts), with only PATH, LOG_LEVEL=warn and `env` in its environment.
 * Must be called inside a test: if the process still runs when the test ends, it is SIGKILLed.
 */
export function startServer(env: Record<string, string>): ServerProcess {
  const child = spawn(process.execPath, [fromRoot('dist', 'src', 'main.js')], {
    cwd: fromRoot(),
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  return {
    child,
    exited,
    output: () => output,
    messages: () =>
      output
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { level: number; msg: string; worker?: number }),
  };
}

/** The server's variables for the test Neo4j. */
export function testNeo4jEnv(): Record<string, string> {
  const { uri, username, password } = testNeo4j();
  return { NEO4J_URI: uri, NEO4J_USERNAME: username, NEO4J_PASSWORD: password };
}

/** Whether a process with this pid exists (an exited child may linger a moment as a zombie). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
