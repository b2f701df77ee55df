import type { Parameters } from './filters.ts';

/**
 * Orderings of lists and the keyset pages under them. An ordering is a list of sort keys that
 * always ends with the unique `key`, so ties are broken the same way every time and a row's sort
 * values say exactly where it stands. A cursor carries the last row's sort values; the next page is
 * what sorts after them, so pages are disjoint and together complete even while the graph changes
 * between requests (as an offset could not be). Missing values (an entity with no date, a figure
 * with no year) sort last in either direction.
 */

export type SortDirection = 'ASC' | 'DESC';

export interface SortKey {
  /** The stored property, also the field of the row it is read back from. */
  property: string;
  direction: SortDirection;
  /** Whether some rows have no value. */
  nullable: boolean;
}

/** The sort keys as asked, cut after `key` (nothing sorts after a unique value), `key` added if missing. */
export function withTieBreaker(keys: readonly SortKey[]): SortKey[] {
  const cut = keys.findIndex((key) => key.property === 'key');
  if (cut >= 0) return keys.slice(0, cut + 1);
  return [...keys, { property: 'key', direction: 'ASC', nullable: false }];
}

/** `ORDER BY` terms for variable `v`; a nullable key sorts its missing values last. */
export function orderTerms(keys: readonly SortKey[], v: string): string {
  return keys
    .flatMap((key) => [
      ...(key.nullable ? [`${v}.${key.property} IS NULL`] : []),
      `${v}.${key.property} ${key.direction}`,
    ])
    .join(', ');
}

/** Whether the row in `v` sorts after the cursor's `values` (one per key, in order). */
export function afterCursor(
  keys: readonly SortKey[],
  values: readonly unknown[],
  v: string,
  p: Parameters,
): string {
  const [key, ...rest] = keys;
  if (!key) return 'false';
  const value = values[0];
  const property = `${v}.${key.property}`;
  const tail = rest.length ? afterCursor(rest, values.slice(1), v, p) : 'false';
  if (value === null) return key.nullable ? `(${property} IS NULL AND ${tail})` : 'false';
  const c = p.add(value);
  const beyond = key.direction === 'ASC' ? `${property} > ${c}` : `${property} < ${c}`;
  const missing = key.nullable ? ` OR ${property} IS NULL` : '';
  return `(${beyond} OR (${property} = ${c} AND ${tail})${missing})`;
}

/**
 * The same, with a leading range on the first key when that key always has a value, so that an
 * index on it can seek straight to the cursor (`name >= $c AND (...)`) and keep its order.
 */
export function seekAfterCursor(
  keys: readonly SortKey[],
  values: readonly unknown[],
  v: string,
  p: Parameters,
): string {
  const [key] = keys;
  const exact = afterCursor(keys, values, v, p);
  if (!key || key.nullable || values[0] === null) return exact;
  const c = p.add(values[0]);
  return `${v}.${key.property} ${key.direction === 'ASC' ? '>=' : '<='} ${c} AND ${exact}`;
}

/** The sort values of a row, in key order: what its cursor carries. */
export const sortValues = (keys: readonly SortKey[], row: Record<string, unknown>): unknown[] =>
  keys.map((key) => row[key.property] ?? null);

/** Names the ordering, so a cursor of one ordering is not taken for another's. */
export const orderingName = (keys: readonly SortKey[]): string =>
  keys.map((key) => `${key.property}:${key.direction}`).join(',');
