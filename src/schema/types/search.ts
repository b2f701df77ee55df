import { badInput } from '../../errors.ts';
import {
  SEARCH_DEPTH,
  SEARCH_EXACT,
  SEARCH_HEAD,
  type SearchHit,
  type SearchPlace,
} from '../../graph/search-query.ts';
import { MAX_PAGE_SIZE, pageSize, typeFilter } from '../arguments.ts';
import { builder } from '../builder.ts';
import { entityParts } from '../lookahead.ts';
import { EntityRef } from '../refs.ts';
import { EntityTypeEnum } from './enums.ts';

/** Full-text search over entity names, English names and aliases. */

const MAX_QUERY_LENGTH = 200;

/**
 * A hit's cursor: where it stands in the search's order (src/graph/search-query.ts), opaque to
 * clients like every cursor (base64url of `st:<rank>` or `si:<position>`).
 */
const searchCursor = (place: SearchPlace): string =>
  Buffer.from(place.section === 'top' ? `st:${place.rank}` : `si:${place.position}`, 'utf8').toString(
    'base64url',
  );

/** The place after which `after` continues: one of this list's own cursors, or BAD_USER_INPUT. */
function afterPlace(after: string | null | undefined): SearchPlace | undefined {
  if (after == null) return undefined;
  const match = /^s([ti]):(\d{1,9})$/.exec(Buffer.from(after, 'base64url').toString('utf8'));
  const at = Number(match?.[2]);
  // A top rank is among the exact matches and the head; an index position is past the head.
  if (match?.[1] === 't' && at < SEARCH_EXACT + SEARCH_HEAD) return { section: 'top', rank: at };
  if (match?.[1] === 'i' && at >= SEARCH_HEAD && at < SEARCH_DEPTH) return { section: 'index', position: at };
  throw badInput('`after` is not a cursor of this list.', 'after');
}

const SearchHitRef = builder.objectRef<SearchHit>('SearchHit').implement({
  description: 'One search result.',
  fields: (t) => ({
    score: t.exposeFloat('score', {
      description:
        'Relevance, higher is better. An exact name, English name or alias match scores 100 plus the ' +
        `full-text index's score when the index ranks it among its ${SEARCH_HEAD} best hits, 100 otherwise; the ` +
        "other hits among those score the index's score, plus 10 when a name, English name or alias starts with " +
        "the query; later hits, the index's score.",
    }),
    entity: t.field({ type: EntityRef, description: 'The entity found.', resolve: (hit) => hit.entity }),
    cursor: t.string({
      description: 'Pass as `after` to continue after this hit.',
      resolve: (hit) => searchCursor(hit.place),
    }),
  }),
});

builder.queryField('search', (t) =>
  t.field({
    type: [SearchHitRef],
    description: [
      'Full-text search over names, English names, aliases and descriptions; Chinese and English queries both',
      'work, from the first character typed. Best match first: exact name, English name or alias matches',
      `(whatever the index scores them), then the rest of the index's ${SEARCH_HEAD} best hits by score, 10 added`,
      "to those with a name, English name or alias starting with the query, then later hits in the index's order.",
      '`types` filters inside the index, so every match of those types is found. At most',
      `${MAX_PAGE_SIZE} hits a page; pass a hit's \`cursor\` as \`after\` for the hits after it: pages never repeat`,
      "or skip a hit, and fewer than `first` hits means the last page. Paging reaches the index's best",
      `${SEARCH_DEPTH.toLocaleString('en')} hits, and the first ${SEARCH_EXACT} exact matches wherever the index ranks them.`,
      'The query is plain text: operators and punctuation are ignored, never an error.',
    ].join(' '),
    args: {
      query: t.arg.string({
        required: true,
        description: `What to look for, e.g. 濯水 or CITIC (at most ${MAX_QUERY_LENGTH} characters).`,
      }),
      types: t.arg({ type: [EntityTypeEnum], description: 'Only entities of these types.' }),
      first: t.arg.int({ defaultValue: 10, description: 'How many hits, 1..100.' }),
      after: t.arg.string({ description: "Continue after this hit's `cursor`." }),
    },
    resolve: (_root, args, ctx, info) => {
      const first = pageSize(args.first, 10);
      const after = afterPlace(args.after);
      // Long queries are cut, not refused: search-as-you-type should never error.
      const query = args.query.slice(0, MAX_QUERY_LENGTH);
      return ctx.repos.entities.search(
        query,
        typeFilter(args.types, 'types'),
        first,
        after,
        entityParts(info, ['entity']),
      );
    },
  }),
);
