import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { createComplexityRule } from '@pothos/plugin-complexity';
import {
  type DocumentNode,
  type GraphQLError,
  getOperationAST,
  getVariableValues,
  NoSchemaIntrospectionCustomRule,
  type OperationDefinitionNode,
  validate,
  visit,
} from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { COMPLEXITY_ARGUMENTS, COUNTED_ARGUMENTS } from '../schema/complexity.ts';

/**
 * Bounds on what one request may ask; from GRAPHQL_INTROSPECTION, GRAPHQL_MAX_DEPTH,
 * GRAPHQL_MAX_COMPLEXITY and NEO4J_QUERY_TIMEOUT_MS (src/process/config.ts).
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

/** Largest request body accepted, in bytes (src/http/listener.ts refuses bigger ones before parsing). */
export const MAX_BODY_BYTES = 100_000;

/**
 * graphql-armor throws its refusals without a code. Coded here, before they are thrown, yoga passes
 * them to the client as they are; otherwise it would log each one as a server error (twice, with
 * its stack) while replacing it with the coded copy that src/errors.ts makes.
 */
function codeRefusal(_context: unknown, refusal: GraphQLError): void {
  Object.assign(refusal.extensions, { code: 'GRAPHQL_VALIDATION_FAILED' });
}

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
      maxDepth: { n: limits.maxDepth, flattenFragments: true, exposeLimits: true, onReject: [codeRefusal] },
      maxAliases: { n: 30, exposeLimits: true, onReject: [codeRefusal] },
      maxDirectives: { n: 20, exposeLimits: true, onReject: [codeRefusal] },
      maxTokens: { n: 5_000, exposeLimits: true, onReject: [codeRefusal] },
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
 *
 * The estimate walks the whole document, so it is kept per document and per values of the only
 * variables it depends on (page sizes; it does not follow @skip or @include): the hundredth request of a
 * document that differs only in `$key` costs a map lookup.
 */
export function costLimitPlugin(maxComplexity: number): Plugin {
  const sentDocuments = new WeakMap<object, DocumentNode>();
  const estimates = new EstimateCache();
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
        { maxErrors: 10 },
      );
      if (variables.errors) {
        setResultAndStopExecution({
          errors: variables.errors.map((error) =>
            createGraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'BAD_USER_INPUT' } }),
          ),
        });
        return;
      }
      const complexity = estimates.get(document, operation, variables.coerced, () => {
        let estimate = 0;
        const rule = createComplexityRule({
          variableValues: variables.coerced,
          operationName: args.operationName ?? undefined,
          context,
          validate: ({ complexity }) => {
            estimate = complexity;
          },
        });
        validate(args.schema, document, [rule]);
        return estimate;
      });
      if (complexity > maxComplexity) {
        setResultAndStopExecution({
          errors: [
            createGraphQLError(
              `Query complexity ${complexity} exceeds the limit of ${maxComplexity}: ask for smaller pages (first, limit) or fewer nested lists.`,
              { extensions: { code: 'BAD_USER_INPUT' } },
            ),
          ],
        });
      }
    },
  };
}

/** Estimates kept per operation of a document (parsed documents are cached by yoga, so they repeat). */
class EstimateCache {
  private readonly byOperation = new WeakMap<
    OperationDefinitionNode,
    { inputs: string[]; seen: Map<string, number> }
  >();

  /** Most argument sets remembered per operation; a document paged through many sizes starts over. */
  private static readonly MAX_PER_OPERATION = 100;

  get(
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown>,
    estimate: () => number,
  ): number {
    let entry = this.byOperation.get(operation);
    if (!entry) {
      entry = { inputs: complexityInputs(document), seen: new Map() };
      this.byOperation.set(operation, entry);
    }
    const key = JSON.stringify(entry.inputs.map((input) => estimateInput(input, variables)));
    let complexity = entry.seen.get(key);
    if (complexity === undefined) {
      complexity = estimate();
      if (entry.seen.size >= EstimateCache.MAX_PER_OPERATION) entry.seen.clear();
      entry.seen.set(key, complexity);
    }
    return complexity;
  }
}

/**
 * The variables a document passes to the arguments the estimate reads, sorted; a variable passed to
 * a counted argument (COUNTED_ARGUMENTS) is marked `#name`, as only its length is weighed.
 */
export function complexityInputs(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument: (argument) => {
      if (!(COMPLEXITY_ARGUMENTS as readonly string[]).includes(argument.name.value)) return;
      const counted = COUNTED_ARGUMENTS.includes(argument.name.value);
      visit(argument.value, {
        Variable: (variable) => {
          names.add(counted ? `#${variable.name.value}` : variable.name.value);
        },
      });
    },
  });
  return [...names].sort();
}

/** What an input contributes to an estimate's cache key: a counted list's length, else its value. */
function estimateInput(input: string, variables: Record<string, unknown>): unknown {
  if (!input.startsWith('#')) return variables[input] ?? null;
  const value = variables[input.slice(1)];
  return Array.isArray(value) ? value.length : null;
}
