/**
 * The ready-made tabs GraphiQL opens with. Each is also run by the test suite, so they keep working
 * as the schema evolves.
 */
export interface PlaygroundExample {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

export const playgroundExamples: PlaygroundExample[] = [
  {
    name: 'District overview',
    query: `# Qianjiang District: its industries, honours and supporters, each with the sentence that says so.
query DistrictOverview {
  entity(key: "district:qianjiang") {
    name
    nameEn
    description
    ... on District {
      industries { name nameEn }
      honors {
        name
        nameEn
        date
        recipient { name }
        conferredBy { name }
      }
      supporters {
        from { name nameEn }
        citation { quote source { title page publishedOn } }
      }
      towns { name nameEn }
    }
    statistics(year: 2020) { label scope valueText value unit }
  }
}`,
  },
  {
    name: 'Search 濯水',
    query: `# Search as you type: Chinese, English or pinyin, from the first character.
query SearchZhuoshui($q: String!) {
  search(query: $q, first: 5) {
    score
    entity { key type name nameEn }
  }
}`,
    variables: { q: '濯水' },
  },
  {
    name: 'Search CITIC',
    query: `query SearchCitic($q: String!) {
  search(query: $q, first: 5) {
    score
    entity { key type name nameEn aliases }
  }
}`,
    variables: { q: 'CITIC' },
  },
  {
    name: 'Why 中信集团 → 濯水景区',
    query: `# How is CITIC Group connected to the Zhuoshui scenic area, and where does the article say so?
# Each hop comes with its citation placed in the article (code-point offsets) and its sentence.
query CiticToZhuoshui {
  explain(fromKey: "org:citic-group", toKey: "scenic:zhuoshui") {
    length
    hops {
      from { name } to { name } forward
      relationship { type }
      citation { exact start end sentence { plain } }
    }
  }
  source(key: "qianjiang-2021-04-15") {
    coverage { sentences supported share }
  }
}`,
  },
  {
    name: 'Neighbourhood of 濯水景区',
    query: `# Everything within two steps of the Zhuoshui scenic area: what the explorer draws.
query ZhuoshuiNeighbourhood {
  subgraph(key: "scenic:zhuoshui", depth: 2, limit: 50) {
    truncated
    nodes { key type name nameEn }
    relationships { type from { key } to { key } }
  }
}`,
  },
  {
    name: 'Sericulture 2020',
    query: `# Every 2020 figure of the sericulture industry, as written and normalised, with whom it counts.
query Sericulture2020 {
  statistics(subjectKey: "industry:sericulture", year: 2020) {
    totalCount
    edges {
      node { metric label scope scopeEn valueText value unit qualifier citation { quote } }
    }
  }
}`,
  },
  {
    name: 'Timeline',
    query: `# From the campaign's launch in 2015-07 to the honours of 2021.
query Timeline {
  timeline {
    date
    name
    nameEn
    concerns { name }
    participants { name }
  }
}`,
  },
  {
    name: 'Filter: places named 水',
    query: `# Towns and villages whose name contains 水, by name; change the filter in the variables.
query PlacesNamed($where: EntityFilter, $orderBy: [EntityOrder!]) {
  entities(where: $where, orderBy: $orderBy, first: 10) {
    totalCount
    edges { cursor node { key type name nameEn } }
    pageInfo { hasNextPage endCursor }
  }
}`,
    variables: {
      where: { type: { in: ['TOWN', 'VILLAGE'] }, name: { contains: '水' } },
      orderBy: [{ name: 'ASC' }],
    },
  },
  {
    name: 'Filter: who supports the towns',
    query: `# Supporters of something located in the district (its towns), through two relationship filters.
query SupportersOfTowns {
  entities(
    where: {
      relationship: {
        type: SUPPORTS
        direction: OUT
        some: { relationship: { type: LOCATED_IN, direction: OUT, some: { key: { eq: "district:qianjiang" } } } }
      }
    }
  ) {
    totalCount
    edges {
      node {
        name
        nameEn
        relationships(direction: OUT, types: [SUPPORTS]) { edges { node { to { name } citation { quote } } } }
      }
    }
  }
}`,
  },
  {
    name: 'Group-by: sericulture figures',
    query: `# The sericulture figures of 2020 added up per unit: 7万担 in all, and the kilograms from poor
# villages' and other households; units are never mixed. Then how many entities of each type.
query SericultureTotals {
  statisticGroups(
    by: [YEAR]
    where: { subject: { key: "industry:sericulture" }, metric: { in: ["cocoon_output", "cocoon_output_in_poor_villages", "cocoon_output_in_non_poor_villages"] } }
  ) {
    edges { node { key { year unit } count sum min max } }
  }
  entityGroups(by: [TYPE]) {
    edges { node { key { type } count } }
  }
}`,
  },
];
