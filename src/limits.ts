import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { createComplexityRule } from '@pothos/plugin-complexity';
import { NoSchemaIntrospectionCustomRule, validate } from 'graphql';
import { createGraphQLError, type GraphQLParams, type Plugin } from 'graphql-yoga';
import type { OperationLimits } from './config.ts';

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
 * fragment named like __schema counts too), aliases, directives, tokens and a cost estimate. Every
 * query of the explorer and the playground examples stays well inside them. Rejections name the
 * limit. Field suggestions ("did you mean ...") are hidden when introspection is off, since they
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
    costLimitPlugin(limits.maxComplexity),
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
 * src/schema/builder.ts), checked once the document is otherwise valid. Validation sees the
 * client's document, before the response cache adds `__typename` to every selection for its own
 * bookkeeping.
 */
function costLimitPlugin(maxComplexity: number): Plugin {
  return {
    onValidate: ({ context, params: { schema, documentAST } }) => {
      const params = (context as { params?: GraphQLParams }).params;
      return ({ valid, setResult }) => {
        if (!valid) return;
        const rule = createComplexityRule({
          variableValues: params?.variables ?? {},
          operationName: params?.operationName ?? undefined,
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
        const errors = validate(schema, documentAST, [rule]);
        if (errors.length > 0) setResult([...errors]);
      };
    },
  };
}
