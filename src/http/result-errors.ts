/**
 * The errors of a GraphQL result, each with its code, for the metrics and the log. An error without a
 * code counts as GRAPHQL_VALIDATION_FAILED, the code the client sees on validation errors. Streamed
 * results (subscriptions, incremental delivery) have none here.
 */
export function resultErrors(result: unknown): { code: string; message: string }[] {
  const errors: { code: string; message: string }[] = [];
  for (const item of Array.isArray(result) ? result : [result]) {
    for (const error of (item as { errors?: { message: string; extensions?: { code?: unknown } }[] })
      .errors ?? [])
      errors.push({
        code: String(error.extensions?.code ?? 'GRAPHQL_VALIDATION_FAILED'),
        message: error.message,
      });
  }
  return errors;
}
