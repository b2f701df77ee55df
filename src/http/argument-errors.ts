import {
  type ASTVisitor,
  GraphQLError,
  specifiedRules,
  type ValidationContext,
  type ValidationRule,
  ValuesOfCorrectTypeRule,
  visitInParallel,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Argument values written into the document that do not fit their types (an unknown filter field,
 * a string where a number goes, two operators in a `@oneOf` input) are BAD_USER_INPUT naming the
 * argument, as the same values passed in variables are (src/http/limits.ts), instead of
 * GRAPHQL_VALIDATION_FAILED without one. graphql-js's own rule still decides what is wrong; this
 * only adds the code and the argument it was found in.
 */
export function ArgumentValuesRule(context: ValidationContext): ASTVisitor {
  let argument: string | undefined;
  const reporting = Object.create(context, {
    reportError: {
      value: (error: GraphQLError) =>
        context.reportError(
          new GraphQLError(argument ? `\`${argument}\`: ${error.message}` : error.message, {
            nodes: error.nodes,
            extensions: { code: 'BAD_USER_INPUT', ...(argument && { argument }) },
          }),
        ),
    },
  }) as ValidationContext;
  return visitInParallel([
    {
      Argument: {
        enter: (node) => {
          argument = node.name.value;
        },
        leave: () => {
          argument = undefined;
        },
      },
    },
    ValuesOfCorrectTypeRule(reporting),
  ]);
}

/** Validates with ArgumentValuesRule in place of graphql-js's ValuesOfCorrectTypeRule. */
export function argumentValuesPlugin(): Plugin {
  return {
    onValidate: ({ setValidationFn, validateFn }) => {
      setValidationFn((schema, document, rules, ...rest) =>
        validateFn(
          schema,
          document,
          (rules ?? specifiedRules).map((rule: ValidationRule) =>
            rule === ValuesOfCorrectTypeRule ? ArgumentValuesRule : rule,
          ),
          ...rest,
        ),
      );
    },
  };
}
