import type { SeededServer } from './fixture.ts';

/** What the search tests read of a hit. */
export interface Hit {
  score: number;
  cursor: string;
  entity: { key: string; type: string };
}

export interface SearchArguments {
  types?: string[];
  first?: number;
  after?: string;
}

/** One page of `search`, through the API. */
export async function searchPage(
  kg: SeededServer,
  query: string,
  args: SearchArguments = {},
): Promise<Hit[]> {
  const data = await kg.data<{ search: Hit[] }>(
    `query ($query: String!, $types: [EntityType!], $first: Int, $after: String) {
       search(query: $query, types: $types, first: $first, after: $after) { score cursor entity { key type } }
     }`,
    { query, types: args.types ?? null, first: args.first ?? 10, after: args.after ?? null },
  );
  return data.search;
}

/** Every hit of a search, `first` at a time, each page after the last hit of the one before. */
export async function everySearchHit(
  kg: SeededServer,
  query: string,
  args: Omit<SearchArguments, 'after'> = {},
): Promise<Hit[]> {
  const first = args.first ?? 10;
  const hits: Hit[] = [];
  for (let pages = 0; pages < 500; pages += 1) {
    const page = await searchPage(kg, query, { ...args, first, after: hits.at(-1)?.cursor });
    hits.push(...page);
    if (page.length < first) return hits;
  }
  throw new Error(`${query}: more than 500 pages`);
}

export const keysOf = (hits: { entity: { key: string } }[]) => hits.map((hit) => hit.entity.key);
