import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
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
