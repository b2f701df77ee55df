import { builder } from '../builder.ts';
import { SourceRef } from '../refs.ts';

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
