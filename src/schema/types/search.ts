import type { EntityRow } from '../../graph/storage.ts';
import { MAX_PAGE_SIZE, pageSize, typeFilter } from '../arguments.ts';
import { builder } from '../builder.ts';
import { EntityRef } from '../refs.ts';
import { EntityTypeEnum } from './enums.ts';

/** Full-text search over entity names, English names and aliases. */

const MAX_QUERY_LENGTH = 200;

const SearchHitRef = builder.objectRef<{ score: number; entity: EntityRow }>('SearchHit').implement({
  description: 'One search result.',
  fields: (t) => ({
    score: t.exposeFloat('score', {
      description:
        'Relevance, higher is better: exact name or alias matches score above 100, prefix matches above 10.',
    }),
    entity: t.field({ type: EntityRef, description: 'The entity found.', resolve: (hit) => hit.entity }),
  }),
});

builder.queryField('search', (t) =>
  t.field({
    type: [SearchHitRef],
    description:
      'Full-text search over names, English names, aliases and descriptions; Chinese and English queries both ' +
      `work, from the first character typed. Best match first; an exact name or alias match ranks first. At most ${MAX_PAGE_SIZE} hits. ` +
      'The query is plain text: operators and punctuation are ignored, never an error.',
    args: {
      query: t.arg.string({
        required: true,
        description: `What to look for, e.g. 濯水 or CITIC (at most ${MAX_QUERY_LENGTH} characters).`,
      }),
      types: t.arg({ type: [EntityTypeEnum], description: 'Only entities of these types.' }),
      first: t.arg.int({ defaultValue: 10, description: 'How many hits, 1..100.' }),
    },
    resolve: (_root, args, ctx) => {
      const first = pageSize(args.first, 10);
      // Long queries are cut, not refused: search-as-you-type should never error.
      const query = args.query.slice(0, MAX_QUERY_LENGTH);
      return ctx.repos.entities.search(query, typeFilter(args.types, 'types'), first);
    },
  }),
);
