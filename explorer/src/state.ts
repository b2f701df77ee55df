/**
 * The explorer's state, in one place: the view (mirrored in the URL by navigation.ts), the timeline,
 * the count of requests in flight, and the caches of what the API has answered.
 */

import {
  type CitedSpan,
  type EntityBrief,
  type EntityDetail,
  entityBrief,
  entityDetail,
  neighbourhood,
  type Path,
  type Subgraph,
  shortestPath,
  sourceWithSpans,
} from './api.ts';
import { type Lang, RELATIONSHIP_TYPES, type RelationshipType } from './i18n.ts';
import type { TimelineState } from './timeline.ts';
import { readLocation, type ViewState } from './url-state.ts';

// ---------------------------------------------------------------------------------------------
// The view and the timeline.

let view: ViewState = readLocation();
let timelineState: TimelineState = { kind: 'loading' };

export const currentView = (): ViewState => view;
export const lang = (): Lang => view.lang;

/** Only navigation.ts calls this, so that the URL and the view never disagree. */
export function setView(next: ViewState): void {
  view = next;
}

export const currentTimeline = (): TimelineState => timelineState;

export function setTimeline(next: TimelineState): void {
  timelineState = next;
}

// ---------------------------------------------------------------------------------------------
// Requests in flight: the page is idle when none is.

let pending = 0;

export const isIdle = (): boolean => pending === 0;

export async function track<T>(promise: Promise<T>): Promise<T> {
  pending++;
  try {
    return await promise;
  } finally {
    pending--;
  }
}

// ---------------------------------------------------------------------------------------------
// Caches: a promise per key, dropped when it fails so that "retry" asks again.

/** Every entity seen in any answer, so names show before their details arrive. */
const briefs = new Map<string, EntityBrief>();
const neighbourhoods = new Map<string, Promise<Subgraph>>();
const loadedNeighbourhoods = new Map<string, Subgraph>();
const detailCache = new Map<string, Promise<EntityDetail | null>>();
/** The last details read of each entity: what a deleted one's panel still shows. */
const loadedDetails = new Map<string, EntityDetail>();
const pathCache = new Map<string, Promise<Path | null>>();
const briefCache = new Map<string, Promise<EntityBrief | null>>();

export function remember(entities: EntityBrief[]): void {
  for (const entity of entities) briefs.set(entity.key, entity);
}

export const knownBrief = (key: string): EntityBrief | undefined => briefs.get(key);

/** The neighbourhood of `key` if it has arrived; undefined while loading, failed or never asked. */
export const loadedNeighbourhood = (key: string): Subgraph | undefined => loadedNeighbourhoods.get(key);

function cached<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let promise = cache.get(key);
  if (!promise) {
    promise = load();
    cache.set(key, promise);
    promise.catch(() => cache.delete(key));
  }
  return promise;
}

export const loadNeighbourhood = (key: string): Promise<Subgraph> =>
  cached(neighbourhoods, key, async () => {
    const gone = deletedEntities.get(key);
    if (gone) return withoutEntity(loadedNeighbourhoods.get(key), gone);
    const subgraph = await neighbourhood(key);
    remember(subgraph.nodes);
    loadedNeighbourhoods.set(key, subgraph);
    return subgraph;
  });

export const loadDetail = (key: string): Promise<EntityDetail | null> =>
  cached(detailCache, key, async () => {
    const detail = await entityDetail(key);
    if (detail) {
      remember([detail]);
      loadedDetails.set(key, detail);
    }
    return detail;
  });

export const loadPath = (from: string, to: string): Promise<Path | null> =>
  cached(pathCache, `${from}|${to}`, async () => {
    const path = await shortestPath(from, to);
    if (path) remember(path.nodes);
    return path;
  });

/** The article's text and its cited spans, as the reading view draws them. */
export interface Article {
  text: string;
  spans: CitedSpan[];
}

let articleCache: Promise<Article | null> | undefined;

export const loadArticle = (key: string): Promise<Article | null> => {
  if (!articleCache) {
    const promise = sourceWithSpans(key).then((source) => {
      if (source) for (const span of source.spans) remember(factEntities(span));
      return source;
    });
    articleCache = promise;
    promise.catch(() => {
      if (articleCache === promise) articleCache = undefined;
    });
  }
  return articleCache;
};

/**
 * A span's relationships in a stable order: by type as the vocabulary lists them (the more specific
 * first: DESIGNATED_AS before CONCERNS), then by their ends' keys.
 */
export function orderedRelationships(span: CitedSpan): CitedSpan['relationships'] {
  const rank = (type: string) => RELATIONSHIP_TYPES.indexOf(type as RelationshipType);
  return [...span.relationships].sort(
    (a, b) =>
      rank(a.type) - rank(b.type) || a.from.key.localeCompare(b.from.key) || a.to.key.localeCompare(b.to.key),
  );
}

/** Every entity a span's facts name: the entities, both ends of each relationship, each figure's subject. */
export function factEntities(span: CitedSpan): EntityBrief[] {
  return [
    ...span.entities,
    ...span.relationships.flatMap((relationship) => [relationship.from, relationship.to]),
    ...span.statistics.map((statistic) => statistic.subject),
  ];
}

// ---------------------------------------------------------------------------------------------
// Live changes (live-changes.ts): what a change made stale is forgotten, a deleted entity remembered.

/** Entities deleted while the page was open, as they were last seen. */
const deletedEntities = new Map<string, EntityBrief>();

export const deletedBrief = (key: string): EntityBrief | undefined => deletedEntities.get(key);
export const lastDetail = (key: string): EntityDetail | undefined => loadedDetails.get(key);

export function markDeleted(entity: EntityBrief): void {
  deletedEntities.set(entity.key, entity);
}

export function markRestored(key: string): void {
  deletedEntities.delete(key);
}

/**
 * What a deleted centre's neighbourhood still draws: its neighbours as they were (they still exist)
 * and the entity itself, marked, with none of its relationships (reads no longer return them).
 */
function withoutEntity(previous: Subgraph | undefined, entity: EntityBrief): Subgraph {
  const nodes = (previous?.nodes ?? []).filter((node) => node.key !== entity.key);
  const relationships = (previous?.relationships ?? []).filter(
    (edge) => edge.from.key !== entity.key && edge.to.key !== entity.key,
  );
  return { truncated: previous?.truncated ?? false, nodes: [entity, ...nodes], relationships };
}

/**
 * Forgets every answer a change of `keys` may have made stale: their details and names, every
 * neighbourhood that is centred on or draws one of them (and those still in flight), every path
 * (a new relationship can shorten any of them) and the article's spans (any fact may cite it).
 */
export function forgetChanged(keys: readonly string[]): void {
  const touched = new Set(keys);
  for (const key of keys) {
    detailCache.delete(key);
    briefCache.delete(key);
  }
  for (const centre of [...neighbourhoods.keys()]) {
    const loaded = loadedNeighbourhoods.get(centre);
    if (!loaded || touched.has(centre) || loaded.nodes.some((node) => touched.has(node.key))) {
      neighbourhoods.delete(centre);
      // A deleted centre's pruned neighbourhood is made from the last one that arrived.
      if (!deletedEntities.has(centre)) loadedNeighbourhoods.delete(centre);
    }
  }
  pathCache.clear();
  articleCache = undefined;
}

/** After an edit: everything read before may be stale (the server empties its own cache too). */
export function forgetAnswers(): void {
  briefCache.clear();
  neighbourhoods.clear();
  loadedNeighbourhoods.clear();
  detailCache.clear();
  pathCache.clear();
  articleCache = undefined;
}

export const loadBrief = async (key: string): Promise<EntityBrief | null> => {
  const known = briefs.get(key);
  if (known) return known;
  const brief = await cached(briefCache, key, () => entityBrief(key));
  if (brief) remember([brief]);
  return brief;
};
