import type { ConnectionShape } from '@pothos/plugin-relay';
import { badInput } from '../errors.ts';
import type { Page } from '../graph/batches.ts';
import { orderingName, type SortKey, sortValues } from '../graph/ordering.ts';
import type { BuilderTypes } from './builder.ts';

/** Cursors are opaque to clients: base64url of a key (keyset pages) or an offset (small lists). */
export const keyCursor = (key: string): string => Buffer.from(`k:${key}`, 'utf8').toString('base64url');
export const offsetCursor = (offset: number): string =>
  Buffer.from(`o:${offset}`, 'utf8').toString('base64url');

export function afterKey(after: string | null | undefined): string | undefined {
  if (after == null) return undefined;
  const decoded = Buffer.from(after, 'base64url').toString('utf8');
  if (!decoded.startsWith('k:') || decoded.length < 3)
    throw badInput('`after` is not a cursor of this list.', 'after');
  return decoded.slice(2);
}

/** The offset to start at: one past the cursor's. */
export function afterOffset(after: string | null | undefined): number {
  if (after == null) return 0;
  const decoded = Buffer.from(after, 'base64url').toString('utf8');
  const offset = Number(decoded.slice(2));
  if (!decoded.startsWith('o:') || !Number.isInteger(offset) || offset < 0) {
    throw badInput('`after` is not a cursor of this list.', 'after');
  }
  return offset + 1;
}

/**
 * A page as the relay plugin's connection types read it (with the `totalCount` the builder makes
 * every connection carry), with this API's own cursors: keys and offsets, not the plugin's.
 */
export function connection<Node>(
  nodes: Node[],
  cursorOf: (node: Node, index: number) => string,
  totalCount: number,
  hasNextPage: boolean,
  hasPreviousPage: boolean,
): ConnectionShape<BuilderTypes, Node, false> {
  const edges = nodes.map((node, index) => ({ cursor: cursorOf(node, index), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}

/** A connection of a keyset page (rows in key order after the key `after`): each cursor is its row's key. */
export const keyedConnection = <Row extends { key: string }>(page: Page<Row>, after: string | undefined) =>
  connection(page.rows, (row) => keyCursor(row.key), page.total, page.hasNextPage, after !== undefined);

/**
 * A cursor of a list under an ordering (src/graph/ordering.ts): the row's sort values and the name
 * of the ordering, so that a cursor of another ordering is refused rather than misread. Key order
 * keeps the key cursor it always had.
 */
export function sortCursor(keys: readonly SortKey[], row: object): string {
  const values = sortValues(keys, row as Record<string, unknown>);
  if (keys.length === 1 && keys[0]?.property === 'key' && keys[0].direction === 'ASC')
    return keyCursor(String(values[0]));
  return Buffer.from(`s:${JSON.stringify([orderingName(keys), values])}`, 'utf8').toString('base64url');
}

/** The sort values `after` carries, checked against the ordering; undefined for the first page. */
export function afterSortValues(
  after: string | null | undefined,
  keys: readonly SortKey[],
): unknown[] | undefined {
  if (after == null) return undefined;
  if (keys.length === 1 && keys[0]?.property === 'key' && keys[0].direction === 'ASC') {
    const key = afterKey(after);
    return key === undefined ? undefined : [key];
  }
  const decoded = Buffer.from(after, 'base64url').toString('utf8');
  let parsed: unknown;
  try {
    parsed = decoded.startsWith('s:') ? JSON.parse(decoded.slice(2)) : undefined;
  } catch {
    parsed = undefined;
  }
  const [name, values] = Array.isArray(parsed) ? parsed : [];
  const fits =
    Array.isArray(values) &&
    values.length === keys.length &&
    values.every(
      (value, i) =>
        (value === null && keys[i]?.nullable) ||
        typeof value === 'string' ||
        (typeof value === 'number' && Number.isFinite(value)),
    );
  if (typeof name !== 'string' || !fits) throw badInput('`after` is not a cursor of this list.', 'after');
  if (name !== orderingName(keys))
    throw badInput(
      '`after` is a cursor of this list under another `orderBy`; pass the same `orderBy` as for the page it came from.',
      'after',
    );
  return values;
}

/** A connection of a page under an ordering: each cursor carries its row's sort values. */
export const sortedConnection = <Row extends object>(
  page: Page<Row>,
  keys: readonly SortKey[],
  after: unknown,
) => connection(page.rows, (row) => sortCursor(keys, row), page.total, page.hasNextPage, after !== undefined);
