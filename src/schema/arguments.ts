import type { ArgBuilder } from '@pothos/core';
import { isIsoDate } from '../domain/rules.ts';
import { badInput } from '../errors.ts';
import type { BuilderTypes } from './builder.ts';

/**
 * Arguments shared by the type files: the paged fields' `first` and `after`, and the checks of
 * argument values that GraphQL's types alone do not bound (page sizes, list lengths, dates).
 */

/** Argument bounds shared by every list field, so the contract's "first 1..100" holds everywhere. */
export const MAX_PAGE_SIZE = 100;

export function pageSize(first: number | null | undefined, fallback: number, argument = 'first'): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badInput(`\`${argument}\` must be between 1 and ${MAX_PAGE_SIZE}; got ${size}.`, argument);
  }
  return size;
}

/** The `first` and `after` arguments of every paged field. */
export const pageArgs = (arg: ArgBuilder<BuilderTypes>, defaultFirst: number) => ({
  first: arg.int({ defaultValue: defaultFirst, description: `Page size, 1..${MAX_PAGE_SIZE}.` }),
  after: arg.string({ description: 'Continue after this cursor.' }),
});

const MAX_LIST_FILTER = 20;

/** Type filters are enums (so never free text); this only bounds their length. */
export function typeFilter<T>(
  values: readonly T[] | null | undefined,
  argument: string,
): readonly T[] | undefined {
  if (values == null) return undefined;
  if (values.length > MAX_LIST_FILTER)
    throw badInput(`\`${argument}\` takes at most ${MAX_LIST_FILTER} values.`, argument);
  return values;
}

export function isoDateArgument(value: string | null | undefined, argument: string): string | undefined {
  if (value == null) return undefined;
  if (!isIsoDate(value))
    throw badInput(`\`${argument}\` must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD.`, argument);
  return value;
}
