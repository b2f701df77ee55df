import { RELATIONSHIP_TYPE_NAMES } from '../../src/domain/vocabulary.ts';

/**
 * The peer's type definitions: our model written for @neo4j/graphql 7 the way its documentation
 * shows it. One `Entity` node type (label :Entity, `type` as a field), one pair of typed
 * relationship fields per relationship type (`locatedIn` OUT, `locatedInFrom` IN) carrying the
 * relationship properties, statistics and citations as relationships (a statistic's `subject` is
 * the same HAS_STATISTIC from its side, so statistics can be filtered by their subject), a
 * `@fulltext` index for search and `@cypher` fields for what the library cannot express (shortest
 * path, subgraph).
 */

const camel = (type: string) => type.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** The field names of the relationship fields: [OUT field, IN field, type]. */
export const PEER_RELATIONSHIP_FIELDS = RELATIONSHIP_TYPE_NAMES.map(
  (type) => [camel(type), `${camel(type)}From`, type] as const,
);

const relationshipFields = PEER_RELATIONSHIP_FIELDS.map(
  ([out, into, type]) =>
    `  ${out}: [Entity!]! @relationship(type: "${type}", direction: OUT, properties: "Rel")
  ${into}: [Entity!]! @relationship(type: "${type}", direction: IN, properties: "Rel")`,
).join('\n');

const ALL_TYPES = RELATIONSHIP_TYPE_NAMES.join('|');

export const peerTypeDefs = /* GraphQL */ `
type Rel @relationshipProperties {
  key: String!
  date: String
  quote: String
  source: String
}

type Citation @relationshipProperties {
  quote: String!
  ordinal: Int
}

type Source @node {
  key: String!
  title: String!
}

type Statistic @node {
  key: String!
  metric: String!
  label: String!
  value: Float!
  unit: String!
  valueText: String!
  qualifier: String
  year: Int
  subject: [Entity!]! @relationship(type: "HAS_STATISTIC", direction: IN)
}

type Entity
  @node
  @fulltext(
    indexes: [
      {
        indexName: "entity_search_typed"
        queryName: "entitySearch"
        fields: ["name", "nameEn", "aliasText", "description", "descriptionEn", "type"]
      }
    ]
  ) {
  key: String!
  type: String!
  name: String!
  nameEn: String
  aliases: [String!]
  aliasText: String
  kind: String
  description: String
  descriptionEn: String
  date: String
  citedIn: [Source!]! @relationship(type: "CITED_IN", direction: OUT, properties: "Citation")
  statistics: [Statistic!]! @relationship(type: "HAS_STATISTIC", direction: OUT)
${relationshipFields}
}

type Query {
  shortestPath(fromKey: String!, toKey: String!): [Entity!]!
    @cypher(
      statement: """
      MATCH p = SHORTEST 1 (a:Entity {key: $fromKey})-[:${ALL_TYPES}]-{1,6}(b:Entity {key: $toKey})
      UNWIND nodes(p) AS n
      RETURN n
      """
      columnName: "n"
    )
  subgraph(key: String!): [Entity!]!
    @cypher(
      statement: """
      MATCH (c:Entity {key: $key})
      CALL (c) {
        MATCH p = ANY SHORTEST (c)-[:${ALL_TYPES}]-{1,2}(n:Entity)
        WHERE n <> c
        WITH n, length(p) AS distance ORDER BY distance, n.key LIMIT 99
        RETURN collect(n) AS others
      }
      UNWIND [c] + others AS n
      RETURN n
      """
      columnName: "n"
    )
}
`;
