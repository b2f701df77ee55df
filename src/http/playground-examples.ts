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
    name: 'Path 中信集团 → 濯水景区',
    query: `# How is CITIC Group connected to the Zhuoshui scenic area?
query CiticToZhuoshui {
  shortestPath(fromKey: "org:citic-group", toKey: "scenic:zhuoshui") {
    length
    nodes { key name nameEn }
    relationships { type from { name } to { name } citation { quote } }
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
];
