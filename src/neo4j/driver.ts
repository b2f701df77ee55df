import neo4j, { type Driver } from 'neo4j-driver';
import type { Logger } from 'pino';

export interface Neo4jConnectionSettings {
  uri: string;
  username: string;
  password: string;
}

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
