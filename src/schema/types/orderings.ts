import { badInput } from '../../errors.ts';
import { type SortDirection, type SortKey, withTieBreaker } from '../../graph/ordering.ts';
import { builder } from '../builder.ts';

/**
 * The `orderBy` inputs of entities and statistics: a list of one-field sort keys, read into the
 * sort keys of src/graph/ordering.ts with the key added as the last tie-breaker.
 */

const MAX_SORT_KEYS = 4;

export const SortDirectionEnum = builder.enumType('SortDirection', {
  description:
    'Which way to sort. Missing values (an entity with no date, a figure with no year) come last either way.',
  values: {
    ASC: { value: 'ASC', description: 'Ascending: A to Z, 0 to 9, oldest first.' },
    DESC: { value: 'DESC', description: 'Descending.' },
  } as const,
});

type OrderInput = Partial<Record<string, SortDirection | null | undefined>>;

/** The fields a list sorts by: the stored property each reads, and whether it can be missing. */
const ENTITY_SORT_FIELDS = {
  key: { nullable: false, description: 'The key.' },
  name: { nullable: false, description: 'The Chinese name, in Unicode code point order.' },
  nameEn: { nullable: false, description: 'The English name (upper case before lower case).' },
  date: { nullable: true, description: "An event's date; entities without one come last." },
} as const;

const STATISTIC_SORT_FIELDS = {
  key: { nullable: false, description: 'The key: subject, metric, year.' },
  value: { nullable: false, description: 'The number (compare within one unit).' },
  year: { nullable: true, description: 'The year; figures without one come last.' },
  metric: { nullable: false, description: 'The metric.' },
} as const;

function orderType(
  name: string,
  items: string,
  fields: Record<string, { description: string }>,
  example: string,
) {
  return builder.inputType(name, {
    isOneOf: true,
    description: `One sort key of ${items}: exactly one field, e.g. \`${example}\`. Give several in \`orderBy\` to break ties; the key breaks the last ones.`,
    fields: (t) =>
      Object.fromEntries(
        Object.entries(fields).map(([field, { description }]) => [
          field,
          t.field({ type: SortDirectionEnum, description }),
        ]),
      ),
  });
}

export const EntityOrder = orderType('EntityOrder', 'entities', ENTITY_SORT_FIELDS, '{ name: ASC }');
export const StatisticOrder = orderType(
  'StatisticOrder',
  'figures',
  STATISTIC_SORT_FIELDS,
  '{ value: DESC }',
);

function readOrder(
  input: readonly OrderInput[] | null | undefined,
  fields: Record<string, { nullable: boolean }>,
  argument: string,
): SortKey[] {
  if (input == null) return withTieBreaker([]);
  if (input.length === 0 || input.length > MAX_SORT_KEYS)
    throw badInput(`\`${argument}\`: give 1 to ${MAX_SORT_KEYS} sort keys; got ${input.length}.`, argument);
  const keys: SortKey[] = [];
  input.forEach((entry, i) => {
    // @oneOf: GraphQL has checked that exactly one field is given.
    const [property, direction] = Object.entries(entry).find(([, value]) => value != null) ?? [];
    const field = property ? fields[property] : undefined;
    if (!property || !field || (direction !== 'ASC' && direction !== 'DESC'))
      throw badInput(`\`${argument}[${i}]\`: give one field and a direction.`, argument);
    if (keys.some((key) => key.property === property))
      throw badInput(`\`${argument}[${i}]\`: \`${property}\` is already a sort key.`, argument);
    keys.push({ property, direction, nullable: field.nullable });
  });
  return withTieBreaker(keys);
}

export const readEntityOrder = (input: readonly OrderInput[] | null | undefined, argument = 'orderBy') =>
  readOrder(input, ENTITY_SORT_FIELDS, argument);
export const readStatisticOrder = (input: readonly OrderInput[] | null | undefined, argument = 'orderBy') =>
  readOrder(input, STATISTIC_SORT_FIELDS, argument);
