/**
 * The only entity keys the explorer knows by heart: the starting points offered on an empty graph.
 * They must exist in the seed (seed/); names are spelled out here so the empty page needs no request.
 * The API has no query for "featured" entities, so they live here rather than being fetched.
 */

export interface StarterEntity {
  key: string;
  name: string;
  nameEn: string;
}

export const STARTER_ENTITIES: readonly StarterEntity[] = [
  { key: 'district:qianjiang', name: '黔江区', nameEn: 'Qianjiang District' },
  { key: 'scenic:zhuoshui', name: '濯水景区', nameEn: 'Zhuoshui Scenic Area' },
  { key: 'industry:sericulture', name: '蚕桑', nameEn: 'Sericulture' },
  { key: 'org:citic-group', name: '中信集团', nameEn: 'CITIC Group' },
];

/** The article the reading view shows: the seed's one source (seed/sources.yaml). */
export const ARTICLE_SOURCE = 'qianjiang-2021-04-15';
