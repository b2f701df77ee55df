/** What the repositories' batched reads share: a page of rows, and answers in the order keys were asked. */

export interface Page<Row> {
  rows: Row[];
  total: number;
  hasNextPage: boolean;
}

/**
 * One answer per key asked, in the same order, as DataLoader needs: the found value, or `fallback`
 * (undefined unless given) for a key Neo4j returned nothing for.
 */
export function inKeyOrder<Value>(
  keys: readonly string[],
  found: Iterable<[string, Value]>,
): (Value | undefined)[];
export function inKeyOrder<Value>(
  keys: readonly string[],
  found: Iterable<[string, Value]>,
  fallback: Value,
): Value[];
export function inKeyOrder<Value>(
  keys: readonly string[],
  found: Iterable<[string, Value]>,
  fallback?: Value,
) {
  const byKey = new Map(found);
  return keys.map((key) => byKey.get(key) ?? fallback);
}
