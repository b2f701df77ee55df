import { useGraphQlJit } from '@envelop/graphql-jit';
import {
  type ExecutionArgs,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  getOperationAST,
  isInputObjectType,
  typeFromAST,
} from 'graphql';
import { isIncremental } from './incremental.ts';

/**
 * Executes each document through JavaScript compiled for it once (graphql-jit), except documents
 * whose variables are of a recursive input type (`EntityFilter`, which holds `EntityFilter`s in
 * AND / OR / NOT): graphql-jit generates the parsing of such a variable by recursing into its type
 * without end, until the process runs out of memory (graphql-jit issue #81, still open). Those run
 * on graphql-js's own executor; the same filter written inline is a constant and compiles fine.
 * So do subscriptions (see isSubscription) and incremental delivery (see isIncremental).
 */
export function jitPlugin() {
  return useGraphQlJit(
    {},
    {
      enableIf: (args) =>
        !isSubscription(args) && !isIncremental(args.document) && !hasRecursiveVariable(args),
    },
  );
}

/**
 * Subscriptions run on graphql-js: graphql-jit's subscribe calls the root field's `subscribe`
 * without the arguments of the document, and a subscription's cost is in its events, not its setup.
 */
const isSubscription = ({ document, operationName }: ExecutionArgs): boolean =>
  getOperationAST(document, operationName)?.operation === 'subscription';

const recursiveTypes = new WeakMap<GraphQLSchema, Set<string>>();

/** Input object types that can hold themselves, directly or through others. */
function recursiveInputTypes(schema: GraphQLSchema): Set<string> {
  const known = recursiveTypes.get(schema);
  if (known) return known;
  const found = new Set<string>();
  const reaches = (from: string, target: string, seen: Set<string>): boolean => {
    const type = schema.getType(from);
    if (!isInputObjectType(type) || seen.has(from)) return false;
    seen.add(from);
    return Object.values(type.getFields()).some((field) => {
      const named = getNamedType(field.type).name;
      return named === target || reaches(named, target, seen);
    });
  };
  for (const type of Object.values(schema.getTypeMap()))
    if (isInputObjectType(type) && reaches(type.name, type.name, new Set())) found.add(type.name);
  recursiveTypes.set(schema, found);
  return found;
}

function hasRecursiveVariable({ schema, document, operationName }: ExecutionArgs): boolean {
  const operation = getOperationAST(document, operationName);
  const recursive = recursiveInputTypes(schema);
  return (operation?.variableDefinitions ?? []).some((definition) => {
    const type = typeFromAST(schema, definition.type as never) as GraphQLInputType | undefined;
    return type !== undefined && recursive.has(getNamedType(type).name);
  });
}
