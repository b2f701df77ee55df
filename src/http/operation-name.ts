import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.ts';

/**
 * Names each request's transactions after its GraphQL operation (`app: qianjiang-kg, operation:
 * DistrictOverview` in SHOW TRANSACTIONS), so a slow query in Neo4j points at the client's
 * operation. The name is the request's `operationName`, or else the document's only operation's.
 */
export function operationNamePlugin(): Plugin<Context> {
  return {
    onExecute({ args }) {
      const context = args.contextValue;
      context.operation.name ??= getOperationAST(args.document, args.operationName)?.name?.value;
    },
  };
}
