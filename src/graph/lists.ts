import type { Parameters } from './filters.ts';
import { afterCursor, orderTerms, type SortKey, seekAfterCursor } from './ordering.ts';

/**
 * The Cypher of one page of a list, filtered or not, under any ordering, as `entities` and
 * `statistics` read it. Two plans, chosen by the caller:
 * - `matched`: a filter found its matches (through its anchor, src/graph/filters.ts), so they are
 *   counted and sorted as a set: the filter bounds them.
 * - `indexed`: no filter beyond the label, so the total comes from the count store and the page
 *   from an index that gives the order, seeking to the cursor: a deep page costs what the first does.
 *   A nullable first key reads its two runs apart: the rows with a value in index order, then (only
 *   when the page is not full) the rows without, in the order of the keys after it.
 * Both bind `found` (the page's nodes in order, one past the page when another follows) and `total`.
 */

export interface ListPage {
  keys: readonly SortKey[];
  /** The sort values of the row to continue after, one per key. */
  after?: readonly unknown[];
  first: number;
}

/** Matches bound to `v` by `match` (which ends in `WITH DISTINCT v WHERE ...`), counted and sorted. */
export function matchedPage(match: string, v: string, page: ListPage, p: Parameters): string {
  const after = page.after ? `WHERE ${afterCursor(page.keys, page.after, v, p)}` : '';
  return `${match}
    WITH collect(${v}) AS matched
    CALL (matched) {
      UNWIND matched AS ${v}
      WITH ${v} ${after}
      WITH ${v} ORDER BY ${orderTerms(page.keys, v)} LIMIT toInteger(${p.add(page.first + 1)})
      RETURN collect(${v}) AS found
    }
    WITH found, size(matched) AS total`;
}

/**
 * The page in index order from `(v:label)` rows passing `where` (a condition on the row that an
 * index need not serve, such as a type), with `total` given as a count-store expression.
 */
export function indexedPage(
  label: string,
  where: string | undefined,
  total: string,
  v: string,
  page: ListPage,
  p: Parameters,
): string {
  const [first, ...rest] = page.keys;
  if (!first) throw new Error('an ordering without keys');
  const limit = `toInteger(${p.add(page.first + 1)})`;
  const conditions = (...more: string[]) => [where, ...more].filter(Boolean).join(' AND ') || 'true';
  // Without a condition of its own, the index of the first key gives the rows in order (the
  // planner would otherwise scan the label for a nullable key's rows with a value).
  const hint = where ? '' : `USING INDEX ${v}:${label}(${first.property})`;
  if (!first.nullable) {
    const seek = page.after
      ? seekAfterCursor(page.keys, page.after, v, p)
      : `${v}.${first.property} IS NOT NULL`;
    return `MATCH (${v}:${label}) ${hint} WHERE ${conditions(seek)}
      WITH ${v} ORDER BY ${orderTerms(page.keys, v)} LIMIT ${limit}
      WITH collect(${v}) AS found
      WITH found, ${total} AS total`;
  }
  const property = `${v}.${first.property}`;
  const after = page.after ? [afterCursor(page.keys, page.after, v, p)] : [];
  // A cursor already among the rows without a value has nothing left with one.
  const valued =
    page.after && page.after[0] === null
      ? 'WITH [] AS valued'
      : `MATCH (${v}:${label}) ${hint} WHERE ${conditions(`${property} IS NOT NULL`, ...after)}
         WITH ${v} ORDER BY ${property} ${first.direction}${rest.length ? `, ${orderTerms(rest, v)}` : ''} LIMIT ${limit}
         WITH collect(${v}) AS valued`;
  // The rows without a value, in the order of the next key's index, read only when the page is not
  // full: CASE does not evaluate the subquery of a branch it does not take.
  const [next] = rest;
  const nextHint = !where && next && !next.nullable ? `USING INDEX ${v}:${label}(${next.property})` : '';
  const nextSeek = nextHint && next ? [`${v}.${next.property} IS NOT NULL`] : [];
  return `${valued}
    WITH valued, CASE WHEN size(valued) < ${limit} THEN COLLECT {
      MATCH (${v}:${label}) ${nextHint} WHERE ${conditions(`${property} IS NULL`, ...nextSeek, ...after)}
      WITH ${v} ORDER BY ${orderTerms(rest, v)} LIMIT ${limit}
      RETURN ${v}
    } ELSE [] END AS missing
    WITH (valued + missing)[..${limit}] AS found
    WITH found, ${total} AS total`;
}
