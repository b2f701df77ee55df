import { GraphQLError } from 'graphql';
import { maskError } from 'graphql-yoga';
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { errorForClient, userError } from '../../src/errors.ts';
import { toApiError } from '../../src/neo4j/errors.ts';

describe('uncoded GraphQL errors', () => {
  // Live, these come from graphql-armor (validation) and from graphql-js or Pothos about our own
  // schema (execution, e.g. the "Expected ref to resolve" that node(id:) used to answer).
  const mask = (error: unknown) => maskError(error, 'Unexpected error.', false);

  it('raised while executing are masked as INTERNAL_SERVER_ERROR and marked for the log', () => {
    const internal = new GraphQLError('Expected ref to resolve to a Object type, but got Interface', {
      path: ['node'],
      originalError: new GraphQLError('Expected ref to resolve to a Object type, but got Interface'),
    });
    const { error, unexpected } = errorForClient(internal, mask);
    expect(unexpected).toBe(true);
    expect(error).toMatchObject({
      message: 'Unexpected error.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('raised while validating keep their message and get GRAPHQL_VALIDATION_FAILED', () => {
    const limit = new GraphQLError('Syntax Error: Query depth limit of 12 exceeded, found 13.');
    const { error, unexpected } = errorForClient(limit, mask);
    expect(unexpected).toBe(false);
    expect(error).toMatchObject({
      message: 'Syntax Error: Query depth limit of 12 exceeded, found 13.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('leave coded errors, and the coded errors they wrap, as they are', () => {
    const conflict = userError('CONFLICT', '"town:jinxi" is at version 2, not 1.');
    expect(errorForClient(conflict, mask)).toEqual({ error: conflict, unexpected: false });
    const located = new GraphQLError(conflict.message, { path: ['upsertEntity'], originalError: conflict });
    expect(errorForClient(located, mask).error).toBe(located);
  });
});

describe("Neo4j's errors as the API's", () => {
  it('tells a write stopped while it waited for a lock as DATABASE_UNAVAILABLE, not an internal error', () => {
    // What `npm run load:live` met under a queue of writes: the transaction's timeout ran out in a lock wait.
    for (const code of [
      'Neo.TransientError.Transaction.LockClientStopped',
      'Neo.TransientError.Transaction.Terminated',
    ]) {
      const stopped = new Neo4jError(
        'The transaction has been terminated. Retry your operation in a new transaction, and you should see a successful result. The transaction has not completed within the specified timeout (db.transaction.timeout). No more locks can be acquired.',
        code,
        '25N05',
        'error: invalid transaction state',
      );
      expect(toApiError(stopped, 10_000)).toMatchObject({
        message: 'The database did not answer within 10000 ms; try again in a few seconds.',
        extensions: { code: 'DATABASE_UNAVAILABLE' },
      });
    }
    // An error nobody mapped stays internal, to be masked and logged.
    const unmapped = new Neo4jError('Unknown function', 'Neo.ClientError.Statement.SyntaxError', '42001', '');
    expect(toApiError(unmapped, 10_000)).toBe(unmapped);
  });
});
