import { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';

/**
 * A failure of start-up or of a script that its message explains better than a stack trace would: a
 * bad setting, a Neo4j that cannot start or be reached, invalid seed files, a port already taken, a
 * cluster worker that failed to start. The entry points print its message alone and exit 1
 * (src/process/exit.ts); anything else is a bug and is printed with its stack.
 */
export class ExpectedFailure extends Error {
  override name = 'ExpectedFailure';
}

/**
 * The error codes clients see in `extensions.code`. Anything not raised through these helpers is
 * masked by yoga as INTERNAL_SERVER_ERROR and logged, so no stack trace or database message leaks.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'DATABASE_UNAVAILABLE'
  | 'TOO_MANY_SUBSCRIPTIONS'
  | 'SUBSCRIPTION_BEHIND'
  | 'SHUTTING_DOWN';

export function userError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
  return createGraphQLError(message, { extensions: { code, ...extra } });
}

export const badInput = (message: string, argument?: string) =>
  userError('BAD_USER_INPUT', message, argument ? { argument } : {});

/** Input that breaks the domain's rules or shapes: one BAD_USER_INPUT listing every problem. */
export const validationError = (problems: string[]) =>
  userError('BAD_USER_INPUT', `Invalid input: ${problems.join('; ')}`, { problems });

export const databaseUnavailable = () =>
  userError('DATABASE_UNAVAILABLE', 'The database is unavailable; try again in a few seconds.');

/**
 * What a client may see of an error: coded errors as they are; the rest through `mask` (yoga's
 * "Unexpected error.", INTERNAL_SERVER_ERROR), marked `unexpected` so the caller logs the original.
 * Yoga would pass every GraphQLError through, so two kinds without a code are settled here:
 * - raised while validating (no path): a rule about the client's document, such as graphql-armor's
 *   depth and alias limits; kept, with the code yoga gives graphql-js's own validation errors;
 * - raised while executing (a path): graphql-js or Pothos about our schema or data ("Abstract type
 *   ... must resolve", "Expected ref to resolve"), which the client did not cause: masked.
 */
export function errorForClient(
  error: unknown,
  mask: (error: unknown) => Error,
): { error: Error; unexpected: boolean } {
  if (error instanceof GraphQLError && !isCoded(error)) {
    if (!error.path) {
      const coded = createGraphQLError(error.message, {
        nodes: error.nodes,
        source: error.source,
        positions: error.positions,
        extensions: { ...error.extensions, code: 'GRAPHQL_VALIDATION_FAILED' },
      });
      return { error: coded, unexpected: false };
    }
    return { error: mask(new Error(error.message, { cause: error })), unexpected: true };
  }
  const masked = mask(error);
  return { error: masked, unexpected: masked !== error };
}

/**
 * Coded by us or by yoga, directly or on the error it wraps. graphql-jit's errors (src/http/server.ts)
 * have no `extensions` at all when the thrown error had none.
 */
function isCoded(error: GraphQLError): boolean {
  const cause = error.originalError;
  return (
    error.extensions?.code !== undefined ||
    (cause instanceof GraphQLError && cause.extensions?.code !== undefined)
  );
}
