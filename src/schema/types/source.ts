import { MAX_SOURCE_TEXT, sourceProblems } from '../../domain/rules.ts';
import { sourceSchema } from '../../domain/shapes.ts';
import { validationError } from '../../errors.ts';
import { builder } from '../builder.ts';
import { boundedTexts, editBy, parseFact } from '../inputs.ts';
import { SourceRef } from '../refs.ts';
import { changePayload } from './change.ts';

/** The `Source` type, the `sources` query and the `addSource` mutation. */

builder.node(SourceRef, {
  description: 'A source document the knowledge graph cites; every fact points to one.',
  id: { resolve: (row) => row.key },
  loadMany: (keys, ctx) => keys.map((key) => ctx.loaders.source.load(key)),
  isTypeOf: (row) => typeof row === 'object' && row !== null && 'publishedOn' in row,
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable key, e.g. `qianjiang-2021-04-15`.' }),
    title: t.exposeString('title', { description: 'Title as published (Chinese).' }),
    subtitle: t.exposeString('subtitle', {
      nullable: true,
      description: 'Second headline line, where there is one.',
    }),
    titleEn: t.exposeString('titleEn', { nullable: true, description: 'English translation of the title.' }),
    section: t.exposeString('section', {
      nullable: true,
      description: 'Section or series, e.g. 脱贫攻坚·黔江.',
    }),
    publishedOn: t.exposeString('publishedOn', { description: 'ISO 8601 date of publication.' }),
    page: t.exposeString('page', { nullable: true, description: 'Page or section, e.g. `T4`.' }),
    editors: t.exposeStringList('editors', { description: 'Responsible editors (责编).' }),
    designers: t.exposeStringList('designers', { description: 'Page designers (美编).' }),
  }),
});

builder.queryField('sources', (t) =>
  t.field({
    type: [SourceRef],
    description: 'Every source document, oldest first.',
    resolve: (_root, _args, ctx) => ctx.repos.sources.all(),
  }),
);

// Adding sources.

const AddSourceInput = builder.inputType('AddSourceInput', {
  description: 'A new source document, with its full text (quotes are checked against it).',
  fields: (t) => ({
    key: t.string({ required: true, description: 'Stable key: lowercase letters, digits and dashes.' }),
    title: t.string({ required: true, description: 'Title as published.' }),
    subtitle: t.string({ description: 'Second headline line.' }),
    titleEn: t.string({ description: 'English title.' }),
    section: t.string({ description: 'Section or series.' }),
    publishedOn: t.string({ required: true, description: 'ISO 8601 date of publication.' }),
    page: t.string({ description: 'Page, e.g. T4.' }),
    editors: t.stringList({ description: 'Editors.' }),
    designers: t.stringList({ description: 'Designers.' }),
    text: t.string({ required: true, description: `The full text (at most ${MAX_SOURCE_TEXT} characters).` }),
  }),
});

const SourcePayload = changePayload('SourcePayload', 'source', SourceRef, {
  type: 'The new source and the change itself.',
  field: 'The source.',
});

builder.mutationField('addSource', (t) =>
  t.field({
    type: SourcePayload,
    description: 'Add a source document; facts can then cite it.',
    args: { input: t.arg({ type: AddSourceInput, required: true, description: 'The source.' }) },
    resolve: async (_root, { input }, ctx) => {
      const { text, ...fields } = input;
      boundedTexts(fields);
      const source = { ...parseFact(sourceSchema, fields), text };
      const problems = sourceProblems(source);
      if (problems.length) throw validationError(problems);
      return ctx.repos.sources.add(source, editBy(ctx));
    },
  }),
);
