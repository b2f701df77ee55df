import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { databaseUnavailable, ExpectedFailure, userError } from '../errors.ts';

/**
 * Neo4j's errors: those that stop start-up (printed as a message, no stack), and the one mapping of
 * Neo4j's error codes to the API's (toApiError), which the executor applies to every failure.
 */

/**
 * A failure to reach or start Neo4j that a stack trace would not explain better than its message:
 * the entry points (src/main.ts, scripts/) print the message only and exit 1. Kept apart from
 * local-server.ts so they can recognise its errors without loading the managed-Neo4j runner.
 */
export class Neo4jStartupError extends ExpectedFailure {
  override name = 'Neo4jStartupError';
}

/** The Neo4j that NEO4J_URI names (or the managed one) does not answer or refuses the credentials. */
export class Neo4jUnreachableError extends Neo4jStartupError {
  override name = 'Neo4jUnreachableError';
}

/** Neo4j error codes and driver codes that mean "the database cannot be reached right now". */
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Cluster.NotALeader',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

/**
 * Neo4j stopped a transaction because it ran past its timeout (the budget this executor gave it).
 * One stopped while it waited for a lock says so as LockClientStopped (Neo4j 5.26 classes it as a
 * client error; older versions as transient) or Terminated, which the driver does not retry: under a
 * queue of writes that is the common way to run out of time.
 */
const TIMED_OUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.ClientError.Transaction.LockClientStopped',
  'Neo.TransientError.Transaction.LockClientStopped',
  'Neo.ClientError.Transaction.Terminated',
  'Neo.TransientError.Transaction.Terminated',
]);

const CONSTRAINT_VIOLATION = 'Neo.ClientError.Schema.ConstraintValidationFailed';

const CONNECTION_TROUBLE =
  /connection acquisition timed out|pool is closed|connection (was )?closed|ECONNREFUSED|ECONNRESET|EPIPE|socket hang up/i;

/** Thrown by the executor itself when the time is up; not a Neo4j error, so the driver never retries it. */
export class BudgetSpent extends Error {}

export function isUnavailable(error: unknown): boolean {
  if (error instanceof Neo4jError) {
    // Whatever the driver would retry is, once its retries ran out, the database not being there.
    return UNAVAILABLE_CODES.has(error.code) || error.retryable || CONNECTION_TROUBLE.test(error.message);
  }
  return error instanceof Error && CONNECTION_TROUBLE.test(error.message);
}

/** The one place Neo4j's errors become the API's: everything unmapped stays internal (masked). */
export function toApiError(error: unknown, timeoutMs: number): unknown {
  if (error instanceof GraphQLError) return error; // the work's own answer (a conflict, a bad input)
  if (error instanceof BudgetSpent) return timedOut(timeoutMs);
  if (error instanceof Neo4jError) {
    if (TIMED_OUT_CODES.has(error.code)) return timedOut(timeoutMs);
    if (error.code === CONSTRAINT_VIOLATION) return alreadyExists(error.message);
  }
  return isUnavailable(error) ? databaseUnavailable() : error;
}

/** Neo4j or the executor gave up on a transaction after `timeoutMs`. */
export function timedOut(timeoutMs: number) {
  return userError(
    'DATABASE_UNAVAILABLE',
    `The database did not answer within ${timeoutMs} ms; try again in a few seconds.`,
  );
}

/**
 * A write that lost a race for a unique key (two requests creating the same source at once). Neo4j
 * says `Node(12) already exists with label `Source` and property `key` = 'x'`; the client is told
 * which label and key, never the database's own words.
 */
function alreadyExists(message: string) {
  const match = /label `(\w+)` and propert(?:y|ies) `?([\w, `]+?)`? = (.+)$/m.exec(message);
  const [, label, property, value] = match ?? [];
  return userError(
    'CONFLICT',
    label && property && value
      ? `A ${label} with ${property} ${value.replaceAll("'", '"')} already exists; someone else just created it.`
      : 'What this write creates already exists; someone else just created it.',
  );
}
