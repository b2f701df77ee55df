import type { SourceRow } from '../../graph/sources.ts';
import { builder } from '../builder.ts';

export const SourceRef = builder.objectRef<SourceRow>('Source');

SourceRef.implement({
  description: 'A source document the knowledge graph cites; every fact points to one.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable key, e.g. `qianjiang-2021-04-15`.' }),
    title: t.exposeString('title', { description: 'Title as published (Chinese).' }),
    titleEn: t.exposeString('titleEn', { nullable: true, description: 'English translation of the title.' }),
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
