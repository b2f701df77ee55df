import { builder } from '../builder.ts';
import { CitationRef, EntityRef, RelationshipRef, SourceRef } from '../refs.ts';
import { RelationshipTypeEnum } from './enums.ts';

builder.node(RelationshipRef, {
  description: 'A directed, typed edge between two entities, with the sentence that states it.',
  id: { resolve: (row) => row.key },
  loadMany: (keys, ctx) => keys.map((key) => ctx.loaders.relationship.load(key)),
  isTypeOf: (row) => typeof row === 'object' && row !== null && 'from' in row && 'to' in row,
  fields: (t) => ({
    type: t.field({
      type: RelationshipTypeEnum,
      description: 'What the relationship says.',
      resolve: (r) => r.type,
    }),
    from: t.field({
      type: EntityRef,
      description: 'Where it starts.',
      resolve: async (r, _args, ctx) => required(await ctx.loaders.entity.load(r.from), r.from),
    }),
    to: t.field({
      type: EntityRef,
      description: 'Where it ends.',
      resolve: async (r, _args, ctx) => required(await ctx.loaders.entity.load(r.to), r.to),
    }),
    date: t.exposeString('date', {
      nullable: true,
      description: "When it began or happened, ISO 8601 at the source's precision (`2020-12`), if known.",
    }),
    citation: t.field({
      type: CitationRef,
      nullable: true,
      description: 'The document and the exact sentence that state it.',
      resolve: (r) => (r.quote && r.source ? { quote: r.quote, source: r.source } : null),
    }),
  }),
});

/** A relationship's ends always exist (deleting an entity deletes its relationships). */
function required<T>(value: T | undefined, key: string): T {
  if (value === undefined) throw new Error(`relationship end ${key} is missing`);
  return value;
}

CitationRef.implement({
  description: 'Provenance: the document and the exact excerpt (at most one sentence) that states a fact.',
  fields: (t) => ({
    quote: t.exposeString('quote', { description: 'The excerpt, exactly as written in the source.' }),
    source: t.field({
      type: SourceRef,
      description: 'The document it comes from.',
      resolve: async (citation, _args, ctx) =>
        required(await ctx.loaders.source.load(citation.source), citation.source),
    }),
  }),
});
