/**
 * The explorer's only way to the data: typed GraphQL operations POSTed to /graphql on the same
 * origin, as any client of the public API would.
 */

import type { EntityType, RelationshipType } from './i18n.ts';

/** What went wrong: a GraphQL `extensions.code`, or NETWORK / HTTP when no GraphQL answer came. */
export type ErrorCode =
  | 'NETWORK'
  | 'HTTP'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'DATABASE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR'
  | (string & {});

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const isAbort = (error: unknown): boolean =>
  error instanceof DOMException && error.name === 'AbortError';

interface GraphQLResponse<Data> {
  data?: Data | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

const ENDPOINT = '/graphql';

/** POSTs one operation; throws an `ApiError` for transport failures and GraphQL errors. */
export async function request<Data>(
  query: string,
  variables: Record<string, unknown> = {},
  signal?: AbortSignal,
): Promise<Data> {
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query, variables }),
      signal: signal ?? null,
    });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError('NETWORK', error instanceof Error ? error.message : String(error));
  }
  let body: GraphQLResponse<Data> | undefined;
  try {
    body = (await response.json()) as GraphQLResponse<Data>;
  } catch (error) {
    if (isAbort(error)) throw error;
    body = undefined;
  }
  const first = body?.errors?.[0];
  if (first) {
    const { code, ...rest } = first.extensions ?? {};
    throw new ApiError(code ?? (response.ok ? 'INTERNAL_SERVER_ERROR' : 'HTTP'), first.message, rest);
  }
  if (!response.ok || !body?.data) {
    throw new ApiError(response.status >= 502 ? 'NETWORK' : 'HTTP', `HTTP ${response.status}`);
  }
  return body.data;
}

// ---------------------------------------------------------------------------------------------
// Shapes, as the operations below select them.

export interface EntityBrief {
  key: string;
  type: EntityType;
  name: string;
  nameEn: string | null;
}

export interface SearchHit {
  score: number;
  entity: EntityBrief & { aliases: string[] };
}

export interface Citation {
  quote: string;
  source: { title: string; page: string | null; publishedOn: string };
}

export interface Statistic {
  metric: string;
  label: string;
  value: number;
  unit: string;
  valueText: string;
  qualifier: string | null;
  year: number | null;
  citation: Citation;
}

export interface RelationshipDetail {
  id: string;
  type: RelationshipType;
  date: string | null;
  from: EntityBrief;
  to: EntityBrief;
  citation: { quote: string } | null;
}

export interface EntityDetail extends EntityBrief {
  aliases: string[];
  kind: string | null;
  description: string | null;
  descriptionEn: string | null;
  date?: string;
  statistics: Statistic[];
  relationships: { totalCount: number; edges: { node: RelationshipDetail }[] };
  citations: Citation[];
}

export interface GraphEdge {
  id: string;
  type: RelationshipType;
  date: string | null;
  from: { key: string };
  to: { key: string };
}

export interface Subgraph {
  nodes: EntityBrief[];
  relationships: GraphEdge[];
  truncated: boolean;
}

export interface Path {
  length: number;
  nodes: EntityBrief[];
  relationships: (GraphEdge & { citation: { quote: string } | null })[];
}

export interface TimelineEvent extends EntityBrief {
  date: string;
}

// ---------------------------------------------------------------------------------------------
// Operations.

const BRIEF = 'key type name nameEn';
const CITATION = 'quote source { title page publishedOn }';

export async function search(query: string, signal?: AbortSignal, first = 8): Promise<SearchHit[]> {
  const data = await request<{ search: SearchHit[] }>(
    `query ExplorerSearch($query: String!, $first: Int!) {
      search(query: $query, first: $first) { score entity { ${BRIEF} aliases } }
    }`,
    { query, first },
    signal,
  );
  return data.search;
}

export async function entityBrief(key: string): Promise<EntityBrief | null> {
  const data = await request<{ entity: EntityBrief | null }>(
    `query ExplorerEntityBrief($key: String!) { entity(key: $key) { ${BRIEF} } }`,
    { key },
  );
  return data.entity;
}

export async function entityDetail(key: string): Promise<EntityDetail | null> {
  const data = await request<{ entity: EntityDetail | null }>(
    `query ExplorerEntity($key: String!) {
      entity(key: $key) {
        ${BRIEF} aliases kind description descriptionEn
        ... on Event { date }
        statistics { metric label value unit valueText qualifier year citation { ${CITATION} } }
        relationships(first: 100) {
          totalCount
          edges { node { id type date from { ${BRIEF} } to { ${BRIEF} } citation { quote } } }
        }
        citations { ${CITATION} }
      }
    }`,
    { key },
  );
  return data.entity;
}

/** The entity and its direct neighbours (NOT_FOUND for an unknown key). */
export async function neighbourhood(key: string, limit = 120): Promise<Subgraph> {
  const data = await request<{ subgraph: Subgraph }>(
    `query ExplorerSubgraph($key: String!, $limit: Int!) {
      subgraph(key: $key, depth: 1, limit: $limit) {
        truncated
        nodes { ${BRIEF} }
        relationships { id type date from { key } to { key } }
      }
    }`,
    { key, limit },
  );
  return data.subgraph;
}

/** A shortest path, or null when none within the server's default 6 hops. */
export async function shortestPath(fromKey: string, toKey: string): Promise<Path | null> {
  const data = await request<{ shortestPath: Path | null }>(
    `query ExplorerPath($fromKey: String!, $toKey: String!) {
      shortestPath(fromKey: $fromKey, toKey: $toKey) {
        length
        nodes { ${BRIEF} }
        relationships { id type date from { key } to { key } citation { quote } }
      }
    }`,
    { fromKey, toKey },
  );
  return data.shortestPath;
}

export async function timeline(): Promise<TimelineEvent[]> {
  const data = await request<{ timeline: TimelineEvent[] }>(
    `query ExplorerTimeline { timeline { ${BRIEF} date } }`,
  );
  return data.timeline;
}
