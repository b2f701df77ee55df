/**
 * Whose a fact is: the seed's, which the loader may update and remove, or the API's, which it leaves
 * as it is.
 *
 * The knowledge graph has two writers: the seed loader, and the curation mutations, each of which
 * records a :Change (src/graph/change-log.ts) in the transaction of its edit. So the change history
 * already tells the two apart, and no property on the facts has to: a fact is the API's from the first
 * change an editor made to it (created it, edited, deleted or restored it, removed it, or added it back
 * after the seed removed it), and the seed's until then. The loader's own changes (who = SEED_EDITOR)
 * do not count. A property would have to be cleared by every edit path, and a database loaded before
 * it existed would have none; the history holds for both. What it costs: each check scans the
 * history (no index looks inside a change's keys or JSON), which is cheap for a curated graph's
 * thousands of changes. Facts written around both writers (hand-run Cypher) count as the seed's.
 *
 * The predicates are Cypher fragments over a key expression; their parameters are OWNERSHIP_PARAMETERS.
 * Run one only after taking the fact's lock, so an edit committed meanwhile is seen.
 */

/** `who` of the changes the loader records: a name no editor token may take (src/process/config.ts). */
export const SEED_EDITOR = 'seed';

/** The mutations that change each kind of fact (src/graph/*.ts), and the name of the seed's changes. */
export const OWNERSHIP_PARAMETERS = {
  seedEditor: SEED_EDITOR,
  entityEdits: ['upsertEntity', 'deleteEntity', 'restoreEntity'],
  relationshipEdits: ['addRelationship', 'removeRelationship'],
  statisticEdits: ['upsertStatistic', 'removeStatistic'],
  sourceEdits: ['addSource'],
};

const byEditor = `c.who <> $seedEditor`;

/** An entity's changes list its key in `keys`; other changes list it too, so the mutation decides. */
export const entityEditedThroughApi = (key: string) =>
  `EXISTS { MATCH (c:Change) WHERE ${byEditor} AND c.mutation IN $entityEdits AND ${key} IN c.keys }`;

/**
 * Relationships, statistics and sources are named by the `key` of the row a change records as its
 * before or after (JSON). Keys are slugs joined by `:` and `|`, which JSON writes as they are, and the
 * closing quote keeps `town:jinxi` from matching `town:jinxi|...`.
 */
const editedThroughApi = (edits: string, key: string) =>
  `EXISTS { MATCH (c:Change) WHERE ${byEditor} AND c.mutation IN $${edits}
     AND (c.after CONTAINS '"key":"' + ${key} + '"' OR c.before CONTAINS '"key":"' + ${key} + '"') }`;

export const relationshipEditedThroughApi = (key: string) => editedThroughApi('relationshipEdits', key);
export const statisticEditedThroughApi = (key: string) => editedThroughApi('statisticEdits', key);
export const sourceEditedThroughApi = (key: string) => editedThroughApi('sourceEdits', key);

/** Takes node or relationship `x`'s write lock (a no-op write), as the edit template does (graph/edit.ts). */
export const lock = (x: string) => `SET ${x}._lock = true REMOVE ${x}._lock`;
