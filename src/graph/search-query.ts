import neo4j from 'neo4j-driver';
import type { EntityType } from '../domain/vocabulary.ts';
import { ALIAS_SEPARATOR, type EntityParts, fold, type ProjectedEntityRow, projectionOf } from './storage.ts';

/**
 * Search (EntityRepository.search): what a person typed, as a Lucene query for the full-text index
 * and as a folded exact name for the name indexes, and the one statement that ranks and pages both.
 */

/** The full-text index (cypher/003-fulltext.cypher) and the properties user words are looked for in. */
export const SEARCH_INDEX = 'entity_search_typed';
const TEXT_FIELDS = ['name', 'nameEn', 'aliasText', 'description', 'descriptionEn'] as const;

/**
 * How many of the index's best hits are ranked again, 10 added to the score of those whose name,
 * English name or alias starts with the query. Past them the index's order stands, so a deep page
 * costs what the first does.
 */
export const SEARCH_HEAD = 50;

/**
 * How deep pages reach into the index's hits. The full-text procedure returns hits of equal score
 * in one order for one `skip + limit` and in another for another (Neo4j 5.26: a page's ties came
 * back reordered when the next page asked for more), so every page asks for the same
 * `skip + limit` and reads only as many rows as it needs: one order from page to page.
 */
export const SEARCH_DEPTH = 10_000;

/**
 * Exact matches listed first, at most: every page reads this many index hits more than it shows,
 * in case they are exact matches, which the index's order leaves out. Exact matches beyond it (that
 * many entities of one name) stay where the index ranks them.
 */
export const SEARCH_EXACT = 100;

/**
 * Turns what a person typed into a safe Lucene query for the full-text index. User text is never
 * parsed as Lucene syntax: only runs of letters and digits survive, lower-cased (so AND/OR/NOT lose
 * their meaning), and each becomes "the word, or a word starting with it" for search-as-you-type.
 * The CJK analyzer splits Chinese into two-character terms, so a single character matches by prefix.
 *
 * Each word is looked for in the text fields by name, never in `type`: unqualified, "town" would
 * match every town. `types` become a required clause on `type` inside the same query, boosted to 0
 * so that it filters without changing any score; each type is one term (scenic_area), lower-cased
 * like the index.
 */
export function luceneQuery(userText: string, types?: readonly EntityType[]): string | undefined {
  const words = userText.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  if (!words?.length) return undefined;
  const text = words.map(
    (word) => `+(${TEXT_FIELDS.map((field) => `${field}:(${word} OR ${word}*)`).join(' OR ')})`,
  );
  const filter = types ? [`+type:(${types.map((type) => type.toLowerCase()).join(' OR ')})^0`] : [];
  return [...filter, ...text].join(' ');
}

/**
 * Where a hit stands in a search's order, so the next page can start after it: `top` is its rank
 * among the exact matches and the head (both bounded, recomputed by every page), `index` its
 * position in the index's order past the head.
 */
export type SearchPlace = { section: 'top'; rank: number } | { section: 'index'; position: number };

/** A search hit: the entity, its relevance and where it stands in the search's order. */
export interface SearchHit {
  entity: ProjectedEntityRow;
  score: number;
  place: SearchPlace;
}

/**
 * One page of a search, in one statement. The order: exact matches (a folded name, English name or
 * alias equal to the query, found through the name indexes whatever the full-text index scores
 * them); then the rest of the index's first SEARCH_HEAD hits by score, with 10 added for a name,
 * English name or alias starting with the query; then the index's later hits in its order. Exact
 * matches are left out of the index's hits wherever they stand there, so no entity comes twice.
 * Rows the procedure yields cost no database hits: only the head and the page read properties, and
 * the page's entities their citations only when `parts` asks for them.
 */
export const searchStatement = (parts: EntityParts): string => `CALL () {
         MATCH (e:Entity) WHERE e.nameFolded = $exact RETURN e
         UNION
         MATCH (e:Entity) WHERE e.nameEnFolded = $exact RETURN e
         UNION
         MATCH (e:Entity) WHERE e.aliasFolded CONTAINS $aliasExact RETURN e
       }
       WITH e WHERE $types IS NULL OR e.type IN $types
       WITH e ORDER BY size(e.name), e.key LIMIT $exactMax
       WITH collect(e) AS exact
       CALL (exact) {
         CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $lucene, {skip: $skip, limit: $depth - $skip})
           YIELD node, score
         WITH node, score LIMIT $pull
         RETURN collect({node: node, score: score}) AS found
       }
       WITH exact, [i IN range(0, size(found) - 1) | {node: found[i].node, score: found[i].score, position: $skip + i}] AS indexed
       CALL (exact, indexed) {
         CALL (exact, indexed) {
           UNWIND CASE $skip WHEN 0 THEN exact ELSE [] END AS node
           RETURN node, 0 AS tier,
             100 + coalesce([hit IN indexed WHERE hit.node = node AND hit.position < $head | hit.score][0], 0) AS score
           UNION ALL
           UNWIND indexed AS hit
           WITH hit WHERE hit.position < $head AND NOT hit.node IN exact
           WITH hit.node AS node, hit.score AS score
           RETURN node, 1 AS tier, score + CASE
             WHEN node.nameFolded STARTS WITH $exact OR node.nameEnFolded STARTS WITH $exact
               OR node.aliasFolded CONTAINS $aliasPrefix THEN 10
             ELSE 0 END AS score
         }
         WITH node, score ORDER BY tier, score DESC, size(node.name), node.key
         RETURN collect({node: node, score: score}) AS top
       }
       WITH [rank IN range(0, size(top) - 1) | {node: top[rank].node, score: top[rank].score, section: 'top', at: rank}][$from..]
         + [hit IN indexed WHERE hit.position >= $head AND NOT hit.node IN exact
             | {node: hit.node, score: hit.score, section: 'index', at: hit.position}] AS hits
       UNWIND hits[..$first] AS hit
       WITH hit, hit.node AS node
       RETURN ${projectionOf(parts)('node')} AS entity, hit.score AS score, hit.section AS section, hit.at AS at`;

/**
 * searchStatement's parameters for the page of `first` hits after `after`, or undefined when `after` is the
 * last place a page can reach. `exact` is the query folded as names are (exactName).
 */
export function searchParameters(
  lucene: string,
  exact: string,
  types: readonly EntityType[] | undefined,
  first: number,
  after: SearchPlace | undefined,
) {
  // After a hit past the head, the page is the index's hits after it; otherwise the top comes first.
  const skip = after?.section === 'index' ? after.position + 1 : 0;
  if (skip >= SEARCH_DEPTH) return undefined;
  return {
    lucene,
    exact,
    aliasExact: `${ALIAS_SEPARATOR}${exact}${ALIAS_SEPARATOR}`,
    aliasPrefix: `${ALIAS_SEPARATOR}${exact}`,
    types: types ?? null,
    exactMax: neo4j.int(SEARCH_EXACT),
    head: neo4j.int(SEARCH_HEAD),
    depth: neo4j.int(SEARCH_DEPTH),
    skip: neo4j.int(skip),
    // Enough index hits to fill the page whatever exact matches among them are left out.
    pull: neo4j.int((skip ? 0 : SEARCH_HEAD) + first + SEARCH_EXACT),
    from: neo4j.int(after?.section === 'top' ? after.rank + 1 : 0),
    first: neo4j.int(first),
  };
}

/** The query as names are folded for exact matches: trimmed, NFKC, lower case, never spanning two aliases. */
export const exactName = (text: string): string => fold(text.trim()).replaceAll(ALIAS_SEPARATOR, '');
