/**
 * `npm run example:overview [endpoint]`: the example frontend fetch. One typed operation, sent by
 * its trusted-document id, gives everything a district overview page shows.
 */

import { graphql } from '../generated/index.ts';
import { execute } from '../request.ts';

export const DistrictOverviewDocument = graphql(`
  query DistrictOverview($key: String!) {
    entity(key: $key) {
      __typename
      name
      nameEn
      ... on District {
        industries {
          name
          nameEn
        }
        honors {
          name
        }
        supporters {
          from {
            name
            nameEn
          }
          citation {
            quote
          }
        }
        teams {
          name
        }
      }
    }
  }
`);

/**
 * DistrictOverview in two parts (@defer): the district's names first, so a page can show its
 * heading at once, then its lists. Incremental delivery needs multipart/mixed or text/event-stream
 * (docs/api.md), which `execute` does not speak; an Apollo Client 4 with `Defer20220824Handler`
 * does.
 */
// A named fragment, not an inline `... on District @defer`: codegen leaves a deferred inline
// fragment with a type condition out of the generated type altogether.
graphql(`
  fragment DistrictLists on District {
    industries {
      name
      nameEn
    }
    honors {
      name
    }
    supporters {
      from {
        name
        nameEn
      }
      citation {
        quote
      }
    }
    teams {
      name
    }
  }
`);

export const DistrictOverviewDeferredDocument = graphql(`
  query DistrictOverviewDeferred($key: String!) {
    entity(key: $key) {
      __typename
      name
      nameEn
      ...DistrictLists @defer(label: "lists")
    }
  }
`);

export async function fetchDistrictOverview(endpoint: string) {
  const { entity } = await execute(DistrictOverviewDocument, { key: 'district:qianjiang' }, { endpoint });
  if (entity?.__typename !== 'District') throw new Error('district:qianjiang is not a District');
  return entity;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const endpoint = process.argv[2] ?? 'http://localhost:4000/graphql';
  const district = await fetchDistrictOverview(endpoint);
  console.log(`${district.name} (${district.nameEn})`);
  console.log(`industries: ${district.industries.map((industry) => industry.name).join('、')}`);
  console.log(`honours: ${district.honors.map((honor) => honor.name).join('、')}`);
  console.log(`supporters: ${district.supporters.map((support) => support.from.name).join('、')}`);
  console.log(`teams: ${district.teams.map((team) => team.name).join('、')}`);
}
