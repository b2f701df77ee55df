/**
 * The explorer's only way to the data: typed operations (types generated from schema.graphql by
 * `npm run codegen`) sent by their trusted-document id, as any client of the public API would.
 */

import type {
  ExplorerAddRelationshipMutation,
  ExplorerChangesSubscription,
  ExplorerEditableEntityQuery,
  ExplorerEntityQuery,
  ExplorerPathQuery,
  ExplorerSearchQuery,
  ExplorerSourceSpansQuery,
  ExplorerSubgraphQuery,
  ExplorerTimelineQuery,
  ExplorerUpsertEntityMutation,
  RelationshipType,
  UpsertEntityInput,
} from '../../client/generated/graphql.ts';
import { graphql } from '../../client/generated/index.ts';
import { execute } from '../../client/request.ts';

export { ApiError, type ErrorCode, isAbort } from '../../client/request.ts';

// ---------------------------------------------------------------------------------------------
// Operations.

graphql(`
  fragment EntityBrief on Entity {
    key
    type
    name
    nameEn
  }
`);

graphql(`
  fragment CitationFields on Citation {
    quote
    start
    end
    source {
      key
      title
      page
      publishedOn
    }
  }
`);

graphql(`
  fragment GraphEdgeFields on Relationship {
    id
    type
    date
    from {
      key
    }
    to {
      key
    }
  }
`);

const SearchDocument = graphql(`
  query ExplorerSearch($query: String!, $first: Int!) {
    search(query: $query, first: $first) {
      score
      entity {
        ...EntityBrief
        aliases
      }
    }
  }
`);

const EntityBriefDocument = graphql(`
  query ExplorerEntityBrief($key: String!) {
    entity(key: $key) {
      ...EntityBrief
    }
  }
`);

const EntityDocument = graphql(`
  query ExplorerEntity($key: String!) {
    entity(key: $key) {
      ...EntityBrief
      aliases
      kind
      description
      descriptionEn
      ... on Event {
        date
      }
      statistics {
        metric
        label
        scope
        scopeEn
        value
        unit
        valueText
        qualifier
        year
        citation {
          ...CitationFields
        }
      }
      relationships(first: 100) {
        totalCount
        edges {
          node {
            id
            type
            date
            from {
              ...EntityBrief
            }
            to {
              ...EntityBrief
            }
            citation {
              quote
              start
              end
            }
          }
        }
      }
      citations {
        ...CitationFields
      }
    }
  }
`);

const SubgraphDocument = graphql(`
  query ExplorerSubgraph($key: String!, $limit: Int!) {
    subgraph(key: $key, depth: 1, limit: $limit) {
      truncated
      nodes {
        ...EntityBrief
      }
      relationships {
        ...GraphEdgeFields
      }
    }
  }
`);

const PathDocument = graphql(`
  query ExplorerPath($fromKey: String!, $toKey: String!) {
    shortestPath(fromKey: $fromKey, toKey: $toKey) {
      length
      nodes {
        ...EntityBrief
      }
      relationships {
        ...GraphEdgeFields
        citation {
          quote
        }
      }
    }
  }
`);

/** The article and its cited spans, a page at a time, in text order. */
const SourceSpansDocument = graphql(`
  query ExplorerSourceSpans($key: String!, $first: Int!, $after: String) {
    source(key: $key) {
      key
      title
      text
      citations(first: $first, after: $after) {
        edges {
          node {
            start
            end
            exact
            entities {
              ...EntityBrief
            }
            relationships {
              ...GraphEdgeFields
              from {
                ...EntityBrief
              }
              to {
                ...EntityBrief
              }
            }
            statistics {
              id
              metric
              label
              valueText
              year
              subject {
                ...EntityBrief
              }
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

/** What upsertEntity needs to restate an entity unchanged but for one more citation. */
const EditableEntityDocument = graphql(`
  query ExplorerEditableEntity($key: String!) {
    entity(key: $key) {
      key
      type
      name
      nameEn
      aliases
      kind
      description
      descriptionEn
      version
      ... on Event {
        date
      }
      citations {
        quote
        start
        source {
          key
        }
      }
    }
  }
`);

const UpsertEntityDocument = graphql(`
  mutation ExplorerUpsertEntity($input: UpsertEntityInput!) {
    upsertEntity(input: $input) {
      entity {
        key
        version
      }
    }
  }
`);

const AddRelationshipDocument = graphql(`
  mutation ExplorerAddRelationship($input: AddRelationshipInput!) {
    addRelationship(input: $input) {
      relationship {
        id
        type
        citation {
          start
          end
        }
      }
    }
  }
`);

/**
 * Every committed change, in order, as the page follows the graph (live.ts). Sent by its
 * trusted-document id over Server-Sent Events, like the queries.
 */
export const ChangesDocument = graphql(`
  subscription ExplorerChanges($afterSeq: Int) {
    changes(afterSeq: $afterSeq) {
      seq
      who
      mutation
      keys
      before
      after
    }
  }
`);

const LastChangeSeqDocument = graphql(`
  query ExplorerLastChangeSeq {
    lastChangeSeq
  }
`);

const TimelineDocument = graphql(`
  query ExplorerTimeline {
    timeline {
      ...EntityBrief
      date
    }
  }
`);

// ---------------------------------------------------------------------------------------------
// Shapes, as the operations above select them.

export type SearchHit = ExplorerSearchQuery['search'][number];
export type EntityDetail = NonNullable<ExplorerEntityQuery['entity']>;
export type EntityBrief = Pick<EntityDetail, 'key' | 'type' | 'name' | 'nameEn'>;
export type Statistic = EntityDetail['statistics'][number];
export type Citation = EntityDetail['citations'][number];
export type RelationshipDetail = EntityDetail['relationships']['edges'][number]['node'];
export type Subgraph = ExplorerSubgraphQuery['subgraph'];
export type GraphEdge = Subgraph['relationships'][number];
export type Path = NonNullable<ExplorerPathQuery['shortestPath']>;
export type TimelineEvent = ExplorerTimelineQuery['timeline'][number];
export type SourceText = NonNullable<ExplorerSourceSpansQuery['source']>;
export type CitedSpan = SourceText['citations']['edges'][number]['node'];
export type EditableEntity = NonNullable<ExplorerEditableEntityQuery['entity']>;
export type Change = ExplorerChangesSubscription['changes'];
export type { RelationshipType };

export async function search(query: string, signal?: AbortSignal, first = 8): Promise<SearchHit[]> {
  return (await execute(SearchDocument, { query, first }, { signal })).search;
}

export async function entityBrief(key: string): Promise<EntityBrief | null> {
  return (await execute(EntityBriefDocument, { key })).entity;
}

export async function entityDetail(key: string): Promise<EntityDetail | null> {
  return (await execute(EntityDocument, { key })).entity;
}

/** The entity and its direct neighbours (NOT_FOUND for an unknown key). */
export async function neighbourhood(key: string, limit = 120): Promise<Subgraph> {
  return (await execute(SubgraphDocument, { key, limit })).subgraph;
}

/** A shortest path, or null when none within the server's default 6 hops. */
export async function shortestPath(fromKey: string, toKey: string): Promise<Path | null> {
  return (await execute(PathDocument, { fromKey, toKey })).shortestPath;
}

/** Where the change log ends now: the page follows it from there (live.ts). */
export async function lastChangeSeq(): Promise<number> {
  return (await execute(LastChangeSeqDocument, {})).lastChangeSeq;
}

export async function timeline(): Promise<TimelineEvent[]> {
  return (await execute(TimelineDocument, {})).timeline;
}

/** The page of at most 100 spans the API allows. */
const SPAN_PAGE = 100;

/** The source's text and every cited span in it, in text order (null for an unknown source). */
export async function sourceWithSpans(key: string): Promise<{ text: string; spans: CitedSpan[] } | null> {
  const spans: CitedSpan[] = [];
  let after: string | null = null;
  let text = '';
  for (;;) {
    const page: ExplorerSourceSpansQuery = await execute(SourceSpansDocument, {
      key,
      first: SPAN_PAGE,
      after,
    });
    if (!page.source) return null;
    text = page.source.text;
    spans.push(...page.source.citations.edges.map((edge) => edge.node));
    const { hasNextPage, endCursor } = page.source.citations.pageInfo;
    if (!hasNextPage || !endCursor) return { text, spans };
    after = endCursor;
  }
}

// ---------------------------------------------------------------------------------------------
// Curation: sent with the editor's token, which the page keeps in sessionStorage (curation.ts).

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export async function editableEntity(key: string): Promise<EditableEntity | null> {
  return (await execute(EditableEntityDocument, { key })).entity;
}

export async function upsertEntity(
  input: UpsertEntityInput,
  token: string,
): Promise<ExplorerUpsertEntityMutation['upsertEntity']> {
  return (await execute(UpsertEntityDocument, { input }, { headers: bearer(token) })).upsertEntity;
}

export async function addRelationship(
  input: {
    from: string;
    type: RelationshipType;
    to: string;
    citation: { source: string; quote: string; start: number };
  },
  token: string,
): Promise<ExplorerAddRelationshipMutation['addRelationship']> {
  return (await execute(AddRelationshipDocument, { input }, { headers: bearer(token) })).addRelationship;
}
