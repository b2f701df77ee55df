/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query DistrictOverview($key: String!) {\n    entity(key: $key) {\n      __typename\n      name\n      nameEn\n      ... on District {\n        industries {\n          name\n          nameEn\n        }\n        honors {\n          name\n        }\n        supporters {\n          from {\n            name\n            nameEn\n          }\n          citation {\n            quote\n          }\n        }\n        teams {\n          name\n        }\n      }\n    }\n  }\n": typeof types.DistrictOverviewDocument,
    "\n  fragment EntityBrief on Entity {\n    key\n    type\n    name\n    nameEn\n  }\n": typeof types.EntityBriefFragmentDoc,
    "\n  fragment CitationFields on Citation {\n    quote\n    start\n    end\n    source {\n      key\n      title\n      page\n      publishedOn\n    }\n  }\n": typeof types.CitationFieldsFragmentDoc,
    "\n  fragment GraphEdgeFields on Relationship {\n    id\n    type\n    date\n    from {\n      key\n    }\n    to {\n      key\n    }\n  }\n": typeof types.GraphEdgeFieldsFragmentDoc,
    "\n  query ExplorerSearch($query: String!, $first: Int!) {\n    search(query: $query, first: $first) {\n      score\n      entity {\n        ...EntityBrief\n        aliases\n      }\n    }\n  }\n": typeof types.ExplorerSearchDocument,
    "\n  query ExplorerEntityBrief($key: String!) {\n    entity(key: $key) {\n      ...EntityBrief\n    }\n  }\n": typeof types.ExplorerEntityBriefDocument,
    "\n  query ExplorerEntity($key: String!) {\n    entity(key: $key) {\n      ...EntityBrief\n      aliases\n      kind\n      description\n      descriptionEn\n      ... on Event {\n        date\n      }\n      statistics {\n        metric\n        label\n        scope\n        scopeEn\n        value\n        unit\n        valueText\n        qualifier\n        year\n        citation {\n          ...CitationFields\n        }\n      }\n      relationships(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            type\n            date\n            from {\n              ...EntityBrief\n            }\n            to {\n              ...EntityBrief\n            }\n            citation {\n              quote\n              start\n              end\n            }\n          }\n        }\n      }\n      citations {\n        ...CitationFields\n      }\n    }\n  }\n": typeof types.ExplorerEntityDocument,
    "\n  query ExplorerSubgraph($key: String!, $limit: Int!) {\n    subgraph(key: $key, depth: 1, limit: $limit) {\n      truncated\n      nodes {\n        ...EntityBrief\n      }\n      relationships {\n        ...GraphEdgeFields\n      }\n    }\n  }\n": typeof types.ExplorerSubgraphDocument,
    "\n  query ExplorerPath($fromKey: String!, $toKey: String!) {\n    shortestPath(fromKey: $fromKey, toKey: $toKey) {\n      length\n      nodes {\n        ...EntityBrief\n      }\n      relationships {\n        ...GraphEdgeFields\n        citation {\n          quote\n        }\n      }\n    }\n  }\n": typeof types.ExplorerPathDocument,
    "\n  query ExplorerSourceSpans($key: String!, $first: Int!, $after: String) {\n    source(key: $key) {\n      key\n      title\n      text\n      citations(first: $first, after: $after) {\n        edges {\n          node {\n            start\n            end\n            exact\n            entities {\n              ...EntityBrief\n            }\n            relationships {\n              ...GraphEdgeFields\n              from {\n                ...EntityBrief\n              }\n              to {\n                ...EntityBrief\n              }\n            }\n            statistics {\n              id\n              metric\n              label\n              valueText\n              year\n              subject {\n                ...EntityBrief\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.ExplorerSourceSpansDocument,
    "\n  query ExplorerEditableEntity($key: String!) {\n    entity(key: $key) {\n      key\n      type\n      name\n      nameEn\n      aliases\n      kind\n      description\n      descriptionEn\n      version\n      ... on Event {\n        date\n      }\n      citations {\n        quote\n        start\n        source {\n          key\n        }\n      }\n    }\n  }\n": typeof types.ExplorerEditableEntityDocument,
    "\n  mutation ExplorerUpsertEntity($input: UpsertEntityInput!) {\n    upsertEntity(input: $input) {\n      entity {\n        key\n        version\n      }\n    }\n  }\n": typeof types.ExplorerUpsertEntityDocument,
    "\n  mutation ExplorerAddRelationship($input: AddRelationshipInput!) {\n    addRelationship(input: $input) {\n      relationship {\n        id\n        type\n        citation {\n          start\n          end\n        }\n      }\n    }\n  }\n": typeof types.ExplorerAddRelationshipDocument,
    "\n  subscription ExplorerChanges($afterSeq: Int) {\n    changes(afterSeq: $afterSeq) {\n      seq\n      who\n      mutation\n      keys\n      before\n      after\n    }\n  }\n": typeof types.ExplorerChangesDocument,
    "\n  query ExplorerLastChangeSeq {\n    lastChangeSeq\n  }\n": typeof types.ExplorerLastChangeSeqDocument,
    "\n  query ExplorerTimeline {\n    timeline {\n      ...EntityBrief\n      date\n    }\n  }\n": typeof types.ExplorerTimelineDocument,
};
const documents: Documents = {
    "\n  query DistrictOverview($key: String!) {\n    entity(key: $key) {\n      __typename\n      name\n      nameEn\n      ... on District {\n        industries {\n          name\n          nameEn\n        }\n        honors {\n          name\n        }\n        supporters {\n          from {\n            name\n            nameEn\n          }\n          citation {\n            quote\n          }\n        }\n        teams {\n          name\n        }\n      }\n    }\n  }\n": types.DistrictOverviewDocument,
    "\n  fragment EntityBrief on Entity {\n    key\n    type\n    name\n    nameEn\n  }\n": types.EntityBriefFragmentDoc,
    "\n  fragment CitationFields on Citation {\n    quote\n    start\n    end\n    source {\n      key\n      title\n      page\n      publishedOn\n    }\n  }\n": types.CitationFieldsFragmentDoc,
    "\n  fragment GraphEdgeFields on Relationship {\n    id\n    type\n    date\n    from {\n      key\n    }\n    to {\n      key\n    }\n  }\n": types.GraphEdgeFieldsFragmentDoc,
    "\n  query ExplorerSearch($query: String!, $first: Int!) {\n    search(query: $query, first: $first) {\n      score\n      entity {\n        ...EntityBrief\n        aliases\n      }\n    }\n  }\n": types.ExplorerSearchDocument,
    "\n  query ExplorerEntityBrief($key: String!) {\n    entity(key: $key) {\n      ...EntityBrief\n    }\n  }\n": types.ExplorerEntityBriefDocument,
    "\n  query ExplorerEntity($key: String!) {\n    entity(key: $key) {\n      ...EntityBrief\n      aliases\n      kind\n      description\n      descriptionEn\n      ... on Event {\n        date\n      }\n      statistics {\n        metric\n        label\n        scope\n        scopeEn\n        value\n        unit\n        valueText\n        qualifier\n        year\n        citation {\n          ...CitationFields\n        }\n      }\n      relationships(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            type\n            date\n            from {\n              ...EntityBrief\n            }\n            to {\n              ...EntityBrief\n            }\n            citation {\n              quote\n              start\n              end\n            }\n          }\n        }\n      }\n      citations {\n        ...CitationFields\n      }\n    }\n  }\n": types.ExplorerEntityDocument,
    "\n  query ExplorerSubgraph($key: String!, $limit: Int!) {\n    subgraph(key: $key, depth: 1, limit: $limit) {\n      truncated\n      nodes {\n        ...EntityBrief\n      }\n      relationships {\n        ...GraphEdgeFields\n      }\n    }\n  }\n": types.ExplorerSubgraphDocument,
    "\n  query ExplorerPath($fromKey: String!, $toKey: String!) {\n    shortestPath(fromKey: $fromKey, toKey: $toKey) {\n      length\n      nodes {\n        ...EntityBrief\n      }\n      relationships {\n        ...GraphEdgeFields\n        citation {\n          quote\n        }\n      }\n    }\n  }\n": types.ExplorerPathDocument,
    "\n  query ExplorerSourceSpans($key: String!, $first: Int!, $after: String) {\n    source(key: $key) {\n      key\n      title\n      text\n      citations(first: $first, after: $after) {\n        edges {\n          node {\n            start\n            end\n            exact\n            entities {\n              ...EntityBrief\n            }\n            relationships {\n              ...GraphEdgeFields\n              from {\n                ...EntityBrief\n              }\n              to {\n                ...EntityBrief\n              }\n            }\n            statistics {\n              id\n              metric\n              label\n              valueText\n              year\n              subject {\n                ...EntityBrief\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.ExplorerSourceSpansDocument,
    "\n  query ExplorerEditableEntity($key: String!) {\n    entity(key: $key) {\n      key\n      type\n      name\n      nameEn\n      aliases\n      kind\n      description\n      descriptionEn\n      version\n      ... on Event {\n        date\n      }\n      citations {\n        quote\n        start\n        source {\n          key\n        }\n      }\n    }\n  }\n": types.ExplorerEditableEntityDocument,
    "\n  mutation ExplorerUpsertEntity($input: UpsertEntityInput!) {\n    upsertEntity(input: $input) {\n      entity {\n        key\n        version\n      }\n    }\n  }\n": types.ExplorerUpsertEntityDocument,
    "\n  mutation ExplorerAddRelationship($input: AddRelationshipInput!) {\n    addRelationship(input: $input) {\n      relationship {\n        id\n        type\n        citation {\n          start\n          end\n        }\n      }\n    }\n  }\n": types.ExplorerAddRelationshipDocument,
    "\n  subscription ExplorerChanges($afterSeq: Int) {\n    changes(afterSeq: $afterSeq) {\n      seq\n      who\n      mutation\n      keys\n      before\n      after\n    }\n  }\n": types.ExplorerChangesDocument,
    "\n  query ExplorerLastChangeSeq {\n    lastChangeSeq\n  }\n": types.ExplorerLastChangeSeqDocument,
    "\n  query ExplorerTimeline {\n    timeline {\n      ...EntityBrief\n      date\n    }\n  }\n": types.ExplorerTimelineDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistrictOverview($key: String!) {\n    entity(key: $key) {\n      __typename\n      name\n      nameEn\n      ... on District {\n        industries {\n          name\n          nameEn\n        }\n        honors {\n          name\n        }\n        supporters {\n          from {\n            name\n            nameEn\n          }\n          citation {\n            quote\n          }\n        }\n        teams {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DistrictOverview($key: String!) {\n    entity(key: $key) {\n      __typename\n      name\n      nameEn\n      ... on District {\n        industries {\n          name\n          nameEn\n        }\n        honors {\n          name\n        }\n        supporters {\n          from {\n            name\n            nameEn\n          }\n          citation {\n            quote\n          }\n        }\n        teams {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EntityBrief on Entity {\n    key\n    type\n    name\n    nameEn\n  }\n"): (typeof documents)["\n  fragment EntityBrief on Entity {\n    key\n    type\n    name\n    nameEn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CitationFields on Citation {\n    quote\n    start\n    end\n    source {\n      key\n      title\n      page\n      publishedOn\n    }\n  }\n"): (typeof documents)["\n  fragment CitationFields on Citation {\n    quote\n    start\n    end\n    source {\n      key\n      title\n      page\n      publishedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GraphEdgeFields on Relationship {\n    id\n    type\n    date\n    from {\n      key\n    }\n    to {\n      key\n    }\n  }\n"): (typeof documents)["\n  fragment GraphEdgeFields on Relationship {\n    id\n    type\n    date\n    from {\n      key\n    }\n    to {\n      key\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerSearch($query: String!, $first: Int!) {\n    search(query: $query, first: $first) {\n      score\n      entity {\n        ...EntityBrief\n        aliases\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExplorerSearch($query: String!, $first: Int!) {\n    search(query: $query, first: $first) {\n      score\n      entity {\n        ...EntityBrief\n        aliases\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerEntityBrief($key: String!) {\n    entity(key: $key) {\n      ...EntityBrief\n    }\n  }\n"): (typeof documents)["\n  query ExplorerEntityBrief($key: String!) {\n    entity(key: $key) {\n      ...EntityBrief\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerEntity($key: String!) {\n    entity(key: $key) {\n      ...EntityBrief\n      aliases\n      kind\n      description\n      descriptionEn\n      ... on Event {\n        date\n      }\n      statistics {\n        metric\n        label\n        scope\n        scopeEn\n        value\n        unit\n        valueText\n        qualifier\n        year\n        citation {\n          ...CitationFields\n        }\n      }\n      relationships(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            type\n            date\n            from {\n              ...EntityBrief\n            }\n            to {\n              ...EntityBrief\n            }\n            citation {\n              quote\n              start\n              end\n            }\n          }\n        }\n      }\n      citations {\n        ...CitationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExplorerEntity($key: String!) {\n    entity(key: $key) {\n      ...EntityBrief\n      aliases\n      kind\n      description\n      descriptionEn\n      ... on Event {\n        date\n      }\n      statistics {\n        metric\n        label\n        scope\n        scopeEn\n        value\n        unit\n        valueText\n        qualifier\n        year\n        citation {\n          ...CitationFields\n        }\n      }\n      relationships(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            type\n            date\n            from {\n              ...EntityBrief\n            }\n            to {\n              ...EntityBrief\n            }\n            citation {\n              quote\n              start\n              end\n            }\n          }\n        }\n      }\n      citations {\n        ...CitationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerSubgraph($key: String!, $limit: Int!) {\n    subgraph(key: $key, depth: 1, limit: $limit) {\n      truncated\n      nodes {\n        ...EntityBrief\n      }\n      relationships {\n        ...GraphEdgeFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExplorerSubgraph($key: String!, $limit: Int!) {\n    subgraph(key: $key, depth: 1, limit: $limit) {\n      truncated\n      nodes {\n        ...EntityBrief\n      }\n      relationships {\n        ...GraphEdgeFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerPath($fromKey: String!, $toKey: String!) {\n    shortestPath(fromKey: $fromKey, toKey: $toKey) {\n      length\n      nodes {\n        ...EntityBrief\n      }\n      relationships {\n        ...GraphEdgeFields\n        citation {\n          quote\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExplorerPath($fromKey: String!, $toKey: String!) {\n    shortestPath(fromKey: $fromKey, toKey: $toKey) {\n      length\n      nodes {\n        ...EntityBrief\n      }\n      relationships {\n        ...GraphEdgeFields\n        citation {\n          quote\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerSourceSpans($key: String!, $first: Int!, $after: String) {\n    source(key: $key) {\n      key\n      title\n      text\n      citations(first: $first, after: $after) {\n        edges {\n          node {\n            start\n            end\n            exact\n            entities {\n              ...EntityBrief\n            }\n            relationships {\n              ...GraphEdgeFields\n              from {\n                ...EntityBrief\n              }\n              to {\n                ...EntityBrief\n              }\n            }\n            statistics {\n              id\n              metric\n              label\n              valueText\n              year\n              subject {\n                ...EntityBrief\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExplorerSourceSpans($key: String!, $first: Int!, $after: String) {\n    source(key: $key) {\n      key\n      title\n      text\n      citations(first: $first, after: $after) {\n        edges {\n          node {\n            start\n            end\n            exact\n            entities {\n              ...EntityBrief\n            }\n            relationships {\n              ...GraphEdgeFields\n              from {\n                ...EntityBrief\n              }\n              to {\n                ...EntityBrief\n              }\n            }\n            statistics {\n              id\n              metric\n              label\n              valueText\n              year\n              subject {\n                ...EntityBrief\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerEditableEntity($key: String!) {\n    entity(key: $key) {\n      key\n      type\n      name\n      nameEn\n      aliases\n      kind\n      description\n      descriptionEn\n      version\n      ... on Event {\n        date\n      }\n      citations {\n        quote\n        start\n        source {\n          key\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExplorerEditableEntity($key: String!) {\n    entity(key: $key) {\n      key\n      type\n      name\n      nameEn\n      aliases\n      kind\n      description\n      descriptionEn\n      version\n      ... on Event {\n        date\n      }\n      citations {\n        quote\n        start\n        source {\n          key\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExplorerUpsertEntity($input: UpsertEntityInput!) {\n    upsertEntity(input: $input) {\n      entity {\n        key\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ExplorerUpsertEntity($input: UpsertEntityInput!) {\n    upsertEntity(input: $input) {\n      entity {\n        key\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExplorerAddRelationship($input: AddRelationshipInput!) {\n    addRelationship(input: $input) {\n      relationship {\n        id\n        type\n        citation {\n          start\n          end\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ExplorerAddRelationship($input: AddRelationshipInput!) {\n    addRelationship(input: $input) {\n      relationship {\n        id\n        type\n        citation {\n          start\n          end\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ExplorerChanges($afterSeq: Int) {\n    changes(afterSeq: $afterSeq) {\n      seq\n      who\n      mutation\n      keys\n      before\n      after\n    }\n  }\n"): (typeof documents)["\n  subscription ExplorerChanges($afterSeq: Int) {\n    changes(afterSeq: $afterSeq) {\n      seq\n      who\n      mutation\n      keys\n      before\n      after\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerLastChangeSeq {\n    lastChangeSeq\n  }\n"): (typeof documents)["\n  query ExplorerLastChangeSeq {\n    lastChangeSeq\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerTimeline {\n    timeline {\n      ...EntityBrief\n      date\n    }\n  }\n"): (typeof documents)["\n  query ExplorerTimeline {\n    timeline {\n      ...EntityBrief\n      date\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;