import { Neo4jStartupError } from '../neo4j/errors.ts';
import { SeedValidationError } from '../seed/load.ts';
import { ConfigError } from './config.ts';
import { WorkerStartupError } from './lifecycle.ts';

/**
 * How the server and the scripts end on a failure: an expected one (bad configuration, a Neo4j that
 * cannot start or be reached, invalid seed files, a cluster worker that failed to start) prints its
 * message alone; anything else its stack.
 */
export function exitOnFailure(error: unknown): never {
  const expected =
    error instanceof ConfigError ||
    error instanceof Neo4jStartupError ||
    error instanceof SeedValidationError ||
    error instanceof WorkerStartupError;
  console.error(expected ? error.message : error);
  process.exit(1);
}
