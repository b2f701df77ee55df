/**
 * The explorer's only way to the data: typed operations (types generated from schema.graphql by
 * `npm run codegen`) sent by their trusted-document id, as any client of the public API would.
 */

import type {
  ExplorerEntityQuery,
  ExplorerPathQuery,
  ExplorerSearchQuery,
  ExplorerSubgraphQuery,
  ExplorerTimelineQuery,
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
    source {
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

export async function timeline(): Promise<TimelineEvent[]> {
  return (await execute(TimelineDocument, {})).timeline;
}
