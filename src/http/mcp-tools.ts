/**
 * The MCP tools (src/http/mcp.ts): each one a named, trusted GraphQL operation, with the description an
 * assistant reads beside it. `npm run codegen` collects these documents into the trusted-documents
 * manifest (client/generated/persisted-documents.json), and the endpoint runs them from there, by id:
 * an operation missing from the manifest is no tool. The tool's name is the operation's name after
 * `Mcp`, in snake_case (`McpGetEntity` -> `get_entity`); its input schema, the operation's variables.
 * Every fact a tool returns carries its located citation: the quote, its offsets in the source text
 * (code points), the whole sentence around it and the source's key.
 */

export interface McpToolDefinition {
  description: string;
  document: string;
}

export const MCP_TOOLS: readonly McpToolDefinition[] = [
  {
    description:
      'Find entities (places, organisations, people, projects, brands, ...) of the Qianjiang District knowledge graph by name, English name, alias or description. Returns each hit with its key (pass it to the other tools), type, names and relevance score.',
    document: /* GraphQL */ `
      query McpSearchEntities($query: String!, $types: [EntityType!], $first: Int) {
        search(query: $query, types: $types, first: $first) {
          score
          entity {
            key
            type
            name
            nameEn
            aliases
            description
            descriptionEn
          }
        }
      }
    `,
  },
  {
    description:
      'One entity by its key (e.g. `scenic:zhuoshui`, `district:qianjiang`): its names, type and description, its relationships with the other entities and its statistics, each with the sentence of the article that states it (quote, start/end offsets, sentence). Null when no entity has the key.',
    document: /* GraphQL */ `
      query McpGetEntity($key: String!) {
        entity(key: $key) {
          key
          type
          kind
          name
          nameEn
          aliases
          description
          descriptionEn
          relationships(first: 100) {
            totalCount
            edges {
              node {
                type
                date
                from {
                  key
                  name
                }
                to {
                  key
                  name
                }
                citation {
                  ...McpCitation
                }
              }
            }
          }
          statistics {
            metric
            label
            scope
            value
            unit
            valueText
            qualifier
            year
            citation {
              ...McpCitation
            }
          }
        }
      }
      fragment McpCitation on Citation {
        quote
        exact
        start
        end
        sentence {
          plain
        }
        source {
          key
        }
      }
    `,
  },
  {
    description:
      'Why two entities are linked: a shortest chain of relationships from `fromKey` to `toKey`, each step (hop) with its relationship and the sentence that states it. Null when they are not linked within `maxHops`.',
    document: /* GraphQL */ `
      query McpExplainLink($fromKey: String!, $toKey: String!, $maxHops: Int) {
        explain(fromKey: $fromKey, toKey: $toKey, maxHops: $maxHops) {
          length
          hops {
            forward
            from {
              key
              name
            }
            to {
              key
              name
            }
            relationship {
              type
              date
            }
            citation {
              ...McpCitation
            }
          }
        }
      }
    `,
  },
  {
    description:
      'The neighbourhood of an entity: the entities within `depth` relationships of it (at most `limit`), and the relationships between them, each with its citation. `truncated` says whether the limit cut it short.',
    document: /* GraphQL */ `
      query McpNeighbourhood($key: String!, $depth: Int, $limit: Int) {
        subgraph(key: $key, depth: $depth, limit: $limit) {
          truncated
          nodes {
            key
            type
            name
            nameEn
          }
          relationships {
            type
            date
            from {
              key
            }
            to {
              key
            }
            citation {
              ...McpCitation
            }
          }
        }
      }
    `,
  },
  {
    description:
      'Dated events of the article in time order, optionally from and to a date (ISO 8601 at any precision, e.g. `2018` or `2020-12`), each with its description and the sentences that date it.',
    document: /* GraphQL */ `
      query McpTimeline($from: String, $to: String) {
        timeline(from: $from, to: $to) {
          key
          name
          nameEn
          description
          descriptionEn
          date
          participants {
            key
            name
          }
          citations {
            ...McpCitation
          }
        }
      }
    `,
  },
  {
    description:
      'Figures (statistics) of the article, filtered with `where` (by subject, metric, unit, scope, year or value), each with its value, unit, year, subject and the sentence it comes from.',
    document: /* GraphQL */ `
      query McpFigures($where: StatisticFilter, $first: Int) {
        statistics(where: $where, first: $first) {
          totalCount
          edges {
            node {
              metric
              label
              scope
              value
              unit
              valueText
              qualifier
              year
              subject {
                key
                name
              }
              citation {
                ...McpCitation
              }
            }
          }
        }
      }
    `,
  },
  {
    description:
      'Figures aggregated in groups (count, sum, min, max, average) by `by`: METRIC, YEAR, UNIT, SCOPE and/or SUBJECT, of the figures matching `where`; units are never mixed. An aggregate has no single sentence: call `figures` with the same `where` for the cited figures behind it.',
    document: /* GraphQL */ `
      query McpFigureGroups($where: StatisticFilter, $by: [StatisticGroupField!]!, $first: Int) {
        statisticGroups(where: $where, by: $by, first: $first) {
          totalCount
          edges {
            node {
              key {
                metric
                year
                unit
                scope
                subject {
                  key
                  name
                }
              }
              count
              sum
              min
              max
              average
            }
          }
        }
      }
    `,
  },
  {
    description:
      "Read the article around a span, e.g. a citation's `start` and `end`: the text widened to the sentences it touches, plus `context` sentences on each side. The source key of the article is `qianjiang-2021-04-15`.",
    document: /* GraphQL */ `
      query McpReadPassage($sourceKey: String!, $start: Int!, $end: Int!, $context: Int) {
        source(key: $sourceKey) {
          key
          title
          publishedOn
          passage(start: $start, end: $end, context: $context) {
            start
            end
            text
            sentences {
              index
              start
              end
              plain
            }
          }
        }
      }
    `,
  },
];

/**
 * The source texts as MCP resources (`kg://sources/<key>`, plain text): the list and one text, each a
 * trusted document too. Citation offsets count code points into these texts.
 */
export const MCP_SOURCE_RESOURCES = {
  list: /* GraphQL */ `
    query McpSourceList {
      sources {
        key
        title
        titleEn
        publishedOn
      }
    }
  `,
  read: /* GraphQL */ `
    query McpSourceText($key: String!) {
      source(key: $key) {
        key
        title
        text
      }
    }
  `,
} as const;
