import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { createComplexityRule } from '@pothos/plugin-complexity';
import {
  type DocumentNode,
  getOperationAST,
  getVariableValues,
  NoSchemaIntrospectionCustomRule,
  validate,
} from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/**
 * Bounds on what one request may ask; from GRAPHQL_INTROSPECTION, GRAPHQL_MAX_DEPTH,
 * GRAPHQL_MAX_COMPLEXITY and NEO4J_QUERY_TIMEOUT_MS (src/config.ts).
 */
export interface OperationLimits {
  introspection: boolean;
  maxDepth: number;
  maxComplexity: number;
  queryTimeoutMs: number;
}

/** The defaults, which every query of the explorer and the playground examples stays well inside. */
export const DEFAULT_LIMITS: OperationLimits = {
  introspection: true,
  maxDepth: 12,
  maxComplexity: 50_000,
  queryTimeoutMs: 10_000,
};

/** Largest request body accepted, in bytes (src/http.ts refuses bigger ones before parsing). */
export const MAX_BODY_BYTES = 100_000;

/**
 * Operation limits, checked while validating, before anything runs: depth (fragments flattened, a
 * fragment named like __schema counts too), aliases, directives and tokens; the cost estimate is
 * costLimitPlugin's. Every query of the explorer and the playground examples stays well inside
 * them. Rejections name the limit. Field suggestions ("did you mean ...") are hidden when introspection is off, since they
 * would leak the schema anyway.
 */
export function operationLimitPlugins(limits: OperationLimits): Plugin[] {
  const plugins: Plugin[] = [
    EnvelopArmorPlugin({
      maxDepth: { n: limits.maxDepth, flattenFragments: true, exposeLimits: true },
      maxAliases: { n: 30, exposeLimits: true },
      maxDirectives: { n: 20, exposeLimits: true },
      maxTokens: { n: 5_000, exposeLimits: true },
      // Cost is estimated by the Pothos complexity plugin instead, which knows page sizes.
      costLimit: { enabled: false },
      blockFieldSuggestion: { enabled: !limits.introspection },
    }) as Plugin,
  ];
  if (!limits.introspection) {
    plugins.push({
      onValidate: ({ addValidationRule }) => {
        addValidationRule(NoSchemaIntrospectionCustomRule);
      },
    });
  }
  return plugins;
}

/**
 * The cost estimate of the Pothos complexity plugin (page sizes multiply what they contain; see
 * src/schema/builder.ts), checked with the request's variables just before it runs. Not while
 * validating: yoga caches a document's validation result, so an estimate made with one request's
 * `first: $n` would stand for every later request of the same document, and an error in one
 * request's variables would be told to the next ones. The estimate is made on the document as the
 * client sent it, before the response cache adds `__typename` to every selection for its own
 * bookkeeping. Variables that do not fit their types are BAD_USER_INPUT here too (graphql-js would
 * report them without a code).
 */
export function costLimitPlugin(maxComplexity: number): Plugin {
  const sentDocuments = new WeakMap<object, DocumentNode>();
  return {
    onValidate: ({ context, params: { documentAST } }) => {
      sentDocuments.set(context, documentAST);
    },
    onExecute: ({ args, setResultAndStopExecution }) => {
      const context = args.contextValue as object;
      const document = sentDocuments.get(context) ?? args.document;
      const operation = getOperationAST(document, args.operationName);
      if (!operation) return;
      const variables = getVariableValues(
        args.schema,
        operation.variableDefinitions ?? [],
        args.variableValues ?? {},
        {
          maxErrors: 10,
        },
      );
      if (variables.errors) {
        setResultAndStopExecution({
          errors: variables.errors.map((error) =>
            createGraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'BAD_USER_INPUT' } }),
          ),
        });
        return;
      }
      const rule = createComplexityRule({
        variableValues: variables.coerced,
        operationName: args.operationName ?? undefined,
        context,
        validate: ({ complexity }, reportError) => {
          if (complexity <= maxComplexity) return;
          reportError(
            createGraphQLError(
              `Query complexity ${complexity} exceeds the limit of ${maxComplexity}: ask for smaller pages (first, limit) or fewer nested lists.`,
              { extensions: { code: 'BAD_USER_INPUT' } },
            ),
          );
        },
      });
      const errors = validate(args.schema, document, [rule]);
      if (errors.length > 0) setResultAndStopExecution({ errors });
    },
  };
}
