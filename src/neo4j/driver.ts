import neo4j, { type Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import type { LocalNeo4jSettings } from './local-settings.ts';

export interface Neo4jConnectionSettings {
  uri: string;
  username: string;
  password: string;
}

/**
 * Which Neo4j the server uses: an existing one (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD), or the
 * managed local one, started on demand (src/neo4j/local-server.ts); NEO4J_DATABASE either way.
 */
export type Neo4jSettings =
  | ({ mode: 'external'; database: string } & Neo4jConnectionSettings)
  | { mode: 'local'; database: string; local: LocalNeo4jSettings };

export const DEFAULT_NEO4J_USERNAME = 'neo4j';
export const DEFAULT_NEO4J_DATABASE = 'neo4j';

/**
 * One driver per process. Retry and acquisition timeouts are short on purpose: a request against a
 * dead database should fail within seconds with DATABASE_UNAVAILABLE, not hang for the 30-60 s defaults.
 */
export function createDriver(settings: Neo4jConnectionSettings, logger?: Logger): Driver {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), {
    disableLosslessIntegers: true,
    maxTransactionRetryTime: 3_000,
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 3_000,
    maxConnectionPoolSize: 50,
    userAgent: 'qianjiang-kg',
    logging: logger
      ? {
          level: 'warn',
          logger: (level, message) => logger[level === 'error' ? 'error' : 'warn']({ neo4j: true }, message),
        }
      : undefined,
  });
}
