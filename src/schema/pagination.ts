import type { ArgBuilder } from '@pothos/core';
import { badInput } from '../errors.ts';
import type { Page } from '../graph/batches.ts';
import type { BuilderTypes } from './builder.ts';

/** Argument bounds shared by every list field, so the contract's "first 1..100" holds everywhere. */
export const MAX_PAGE_SIZE = 100;

export function pageSize(first: number | null | undefined, fallback: number, argument = 'first'): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badInput(`\`${argument}\` must be between 1 and ${MAX_PAGE_SIZE}; got ${size}.`, argument);
  }
  return size;
}

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

export interface ConnectionShape<Node> {
  edges: { cursor: string; node: Node }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
}

export function connection<Node>(
  nodes: Node[],
  cursorOf: (node: Node, index: number) => string,
  totalCount: number,
  hasNextPage: boolean,
  hasPreviousPage: boolean,
): ConnectionShape<Node> {
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

/** The `first` and `after` arguments of every paged field. */
export const pageArgs = (arg: ArgBuilder<BuilderTypes>, defaultFirst: number) => ({
  first: arg.int({ defaultValue: defaultFirst, description: `Page size, 1..${MAX_PAGE_SIZE}.` }),
  after: arg.string({ description: 'Continue after this cursor.' }),
});
