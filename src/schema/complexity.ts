/**
 * How the cost estimate weighs a field, kept free of imports so that the HTTP layer's limits (and
 * the configuration that loads them) can read it without building the schema.
 */

/**
 * The only arguments the cost estimate reads (page sizes). src/http/limits.ts caches each document's
 * estimate by the values of the variables passed to them, so a new one must be added here.
 */
export const COMPLEXITY_ARGUMENTS = ['first', 'limit'] as const;

/** A list field multiplies what it contains by its page size; a connection's `edges` adds nothing of its own. */
export function fieldComplexity(
  fieldName: string,
  args: Record<string, unknown>,
): number | { field: number; multiplier: number } {
  if (fieldName === 'edges') return { field: 0, multiplier: 1 };
  const [first, limit] = COMPLEXITY_ARGUMENTS.map((name) => args[name]);
  const size = typeof first === 'number' ? first : typeof limit === 'number' ? limit : undefined;
  return size === undefined ? 1 : { field: 1, multiplier: Math.max(1, size) };
}
