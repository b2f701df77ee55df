import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Context } from '../context.ts';
import { parseShape } from '../domain/shapes.ts';
import { validationError } from '../errors.ts';
import type { Edit } from '../graph/change-log.ts';
import { builder } from './builder.ts';

/**
 * From a mutation's GraphQL input to a domain fact: bounded texts, nulls dropped, then the domain's
 * own shape (src/domain/shapes.ts), so an edit through the API is told what a seed file would be.
 */

/** The longest text field an edit may carry (a source's full text has its own, larger bound). */
export const MAX_TEXT = 2_000;

/** Parses with a domain shape; every shape problem becomes one BAD_USER_INPUT naming each field. */
export function parseFact<S extends z.ZodType>(schema: S, input: object): z.infer<S> {
  const parsed = parseShape(schema, stripNulls(input), 'input');
  if (parsed.problems) throw validationError(parsed.problems);
  return parsed.fact;
}

/** Refuses any string field longer than `limit`, before the domain's rules read it. */
export function boundedTexts(values: Record<string, unknown>, limit = MAX_TEXT): void {
  const tooLong = Object.entries(values)
    .filter(([, value]) => typeof value === 'string' && value.length > limit)
    .map(([field]) => `${field}: at most ${limit} characters`);
  if (tooLong.length) throw validationError(tooLong);
}

/** Who edits, with the change id chosen before the transaction (src/graph/edit.ts). */
export const editBy = (ctx: Context): Edit => ({
  changeId: randomUUID(),
  who: ctx.viewer?.name ?? 'unknown',
});

/** GraphQL sends absent optional fields as null; the domain's shapes leave them out. */
const stripNulls = (value: object) =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined));

export const CitationInput = builder.inputType('CitationInput', {
  description:
    'Where a fact is stated: a source and the exact excerpt (spaces and line breaks are ignored when checking).',
  fields: (t) => ({
    source: t.string({ required: true, description: 'Key of a source, e.g. `qianjiang-2021-04-15`.' }),
    quote: t.string({
      required: true,
      description: 'The excerpt, at most one sentence, exactly as in the source.',
    }),
    start: t.int({
      description:
        "Where the excerpt starts in the source's text (code points, as `Citation.start`), when an editor selected it there: the quote must stand at that offset, and be placed there from the quote alone (a quote that occurs several times needs a longer excerpt). Offsets are otherwise derived from the quote.",
    }),
  }),
});
