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
  // The last key is unique: nothing ties with the cursor's row on it.
  const tail = rest.length ? afterCursor(rest, values.slice(1), v, p) : undefined;
  if (value === null) return key.nullable && tail ? `(${property} IS NULL AND ${tail})` : 'false';
  const c = p.add(value);
  const beyond = key.direction === 'ASC' ? `${property} > ${c}` : `${property} < ${c}`;
  const tie = tail ? ` OR (${property} = ${c} AND ${tail})` : '';
  const missing = key.nullable ? ` OR ${property} IS NULL` : '';
  return tie || missing ? `(${beyond}${tie}${missing})` : beyond;
}

/**
 * The same, written so that the index of the first key can seek straight to the cursor and keep
 * its order: `name >= $c AND NOT (name = $c AND NOT <after on the next keys>)`. The plain OR of
 * afterCursor would be planned as a union of two seeks, which loses the order and sorts every row
 * after the cursor.
 */
export function seekAfterCursor(
  keys: readonly SortKey[],
  values: readonly unknown[],
  v: string,
  p: Parameters,
): string {
  const [key, ...rest] = keys;
  if (!key || key.nullable || values[0] === null || !rest.length) return afterCursor(keys, values, v, p);
  const property = `${v}.${key.property}`;
  const c = p.add(values[0]);
  const tail = afterCursor(rest, values.slice(1), v, p);
  return `${property} ${key.direction === 'ASC' ? '>=' : '<='} ${c} AND NOT (${property} = ${c} AND NOT ${tail})`;
}

/** The sort values of a row, in key order: what its cursor carries. */
export const sortValues = (keys: readonly SortKey[], row: Record<string, unknown>): unknown[] =>
  keys.map((key) => row[key.property] ?? null);

/** Names the ordering, so a cursor of one ordering is not taken for another's. */
export const orderingName = (keys: readonly SortKey[]): string =>
  keys.map((key) => `${key.property}:${key.direction}`).join(',');
