/**
 * How the cost estimate weighs a field, kept free of imports so that the HTTP layer's limits (and
 * the configuration that loads them) can read it without building the schema.
 */

/**
 * The only arguments the cost estimate reads (page sizes, filters, and the federation subgraph's
 * `_entities` representations, of which only the count). src/http/limits.ts caches each document's
 * estimate by the values of the variables passed to them, so a new one must be added here.
 */
export const COMPLEXITY_ARGUMENTS = ['first', 'limit', 'where', 'representations'] as const;

/** Arguments whose count alone is weighed: the estimate cache keys on their length, not their content. */
export const COUNTED_ARGUMENTS: readonly string[] = ['representations'];

/**
 * A list field multiplies what it contains by its page size; a connection's `edges` adds nothing of
 * its own. A filter adds its conditions to the field's own cost, once per item of the page: each
 * is a predicate (and a relationship condition a walk) for every candidate.
 */
export function fieldComplexity(
  fieldName: string,
  args: Record<string, unknown>,
): number | { field: number; multiplier: number } {
  if (fieldName === 'edges') return { field: 0, multiplier: 1 };
  const { first, limit, where } = args;
  const size = typeof first === 'number' ? first : typeof limit === 'number' ? limit : undefined;
  const field = 1 + filterWeight(where) * (size ?? 1);
  return size === undefined ? field : { field, multiplier: Math.max(1, size) };
}

/** What a filter argument weighs: 1 per condition, 5 more per relationship or subject walk. */
export function filterWeight(filter: unknown): number {
  if (filter == null || typeof filter !== 'object') return 0;
  if (Array.isArray(filter)) return filter.reduce<number>((sum, each) => sum + filterWeight(each), 0);
  let weight = 0;
  for (const [field, value] of Object.entries(filter)) {
    if (value == null) continue;
    if (['AND', 'OR', 'NOT', 'some', 'none', 'where'].includes(field)) weight += filterWeight(value);
    else if (field === 'relationship' || field === 'subject') weight += 5 + filterWeight(value);
    else if (field !== 'type' || typeof value === 'object') weight += 1;
  }
  return weight;
}
