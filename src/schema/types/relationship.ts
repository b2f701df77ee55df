import { relationshipSchema } from '../../domain/shapes.ts';
import { citationOfRow } from '../../graph/storage.ts';
import { builder } from '../builder.ts';
import { boundedTexts, CitationInput, editBy, parseFact } from '../inputs.ts';
import { CitationRef, EntityRef, RelationshipRef } from '../refs.ts';
import { changePayload } from './change.ts';
import { RelationshipTypeEnum } from './enums.ts';

/** The `Relationship` type, and the mutations that add and remove relationships. */

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
      resolve: citationOfRow,
    }),
  }),
});

/** A relationship's ends always exist (deleting an entity deletes its relationships). */
function required<T>(value: T | undefined, key: string): T {
  if (value === undefined) throw new Error(`relationship end ${key} is missing`);
  return value;
}

// Editing relationships.

const AddRelationshipInput = builder.inputType('AddRelationshipInput', {
  description: 'A new relationship between two existing entities.',
  fields: (t) => ({
    from: t.string({ required: true, description: 'Key of the start entity.' }),
    type: t.field({ type: RelationshipTypeEnum, required: true, description: 'What it says.' }),
    to: t.string({ required: true, description: 'Key of the end entity.' }),
    date: t.string({ description: 'When it began or happened: YYYY, YYYY-MM or YYYY-MM-DD.' }),
    citation: t.field({ type: CitationInput, required: true, description: 'The sentence that states it.' }),
  }),
});

const RelationshipPayload = changePayload('RelationshipPayload', 'relationship', RelationshipRef, {
  type: 'The relationship after the change (null once removed) and the change itself.',
  field: 'The relationship now.',
});

builder.mutationField('addRelationship', (t) =>
  t.field({
    type: RelationshipPayload,
    description: 'Add a cited relationship between two entities.',
    args: { input: t.arg({ type: AddRelationshipInput, required: true, description: 'The relationship.' }) },
    resolve: (_root, { input }, ctx) => {
      boundedTexts({ ...input, citation: undefined, quote: input.citation.quote });
      const relationship = parseFact(relationshipSchema, input);
      return ctx.repos.relationships.add(relationship, editBy(ctx));
    },
  }),
);

builder.mutationField('removeRelationship', (t) =>
  t.field({
    type: RelationshipPayload,
    description: 'Remove a relationship; history keeps what it was.',
    args: {
      from: t.arg.string({ required: true, description: 'Key of the start entity.' }),
      type: t.arg({ type: RelationshipTypeEnum, required: true, description: 'Its type.' }),
      to: t.arg.string({ required: true, description: 'Key of the end entity.' }),
    },
    resolve: (_root, args, ctx) => ctx.repos.relationships.remove(args, editBy(ctx)),
  }),
);
