import type { Driver } from 'neo4j-driver';
import type { Logger } from '../logger.ts';

import { createDriver, type Neo4jConnectionSettings, type Neo4jSettings } from './driver.ts';
import { Neo4jUnreachableError } from './errors.ts';

export interface Connected {
  driver: Driver;
  database: string;
  uri: string;
  /** How to reach it (also the managed Neo4j's generated password), for the workers of a cluster. */
  connection: Neo4jConnectionSettings;
  /** Closes the driver and stops the managed Neo4j if this process started it. */
  close(): Promise<void>;
}

/**
 * Reaches the configured Neo4j: the one NEO4J_URI names, or the managed local instance, started
 * here when it is not running yet. Fails fast with a message naming the variable when unreachable.
 * The managed-Neo4j runner (local-server.ts) is loaded only in the local case, so a server with
 * NEO4J_URI set never imports it.
 */
export async function connect(neo4jSettings: Neo4jSettings, logger: Logger): Promise<Connected> {
  const { database } = neo4jSettings;
  const log = (message: string) => logger.info(message);
  let settings: Neo4jConnectionSettings;
  let stopStartedHere: () => Promise<unknown> = async () => {};
  switch (neo4jSettings.mode) {
    case 'external':
      settings = neo4jSettings;
      break;
    case 'local': {
      const runner = await import('./local-server.ts');
      const started = await runner.startLocalNeo4j(neo4jSettings.local, log);
      settings = started;
      if (started.startedHere) stopStartedHere = () => runner.stopLocalNeo4j(neo4jSettings.local.dir, log);
      break;
    }
  }
  const driver = createDriver(settings, logger);
  const close = async () => {
    await driver.close();
    await stopStartedHere();
  };
  try {
    await driver.verifyConnectivity({ database });
  } catch (error) {
    await close();
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Neo4jUnreachableError(
      `NEO4J_URI=${settings.uri}: cannot reach Neo4j (${reason}). ` +
        'Check the URI, that the server runs, and NEO4J_USERNAME / NEO4J_PASSWORD.',
    );
  }
  const { uri, username, password } = settings;
  return { driver, database, uri, connection: { uri, username, password }, close };
}
