import { createGraphQLError } from 'graphql-yoga';

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
  | 'DATABASE_UNAVAILABLE';

export function userError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
  return createGraphQLError(message, { extensions: { code, ...extra } });
}

export const badInput = (message: string, argument?: string) =>
  userError('BAD_USER_INPUT', message, argument ? { argument } : {});

export const databaseUnavailable = () =>
  userError('DATABASE_UNAVAILABLE', 'The database is unavailable; try again in a few seconds.');
