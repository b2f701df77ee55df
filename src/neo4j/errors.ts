/**
 * A failure to reach or start Neo4j that a stack trace would not explain better than its message:
 * the entry points (src/main.ts, scripts/) print the message only and exit 1. Kept apart from
 * local-server.ts so they can recognise its errors without loading the managed-Neo4j runner.
 */
export class Neo4jStartupError extends Error {
  override name = 'Neo4jStartupError';
}

/** The Neo4j that NEO4J_URI names (or the managed one) does not answer or refuses the credentials. */
export class Neo4jUnreachableError extends Neo4jStartupError {
  override name = 'Neo4jUnreachableError';
}
