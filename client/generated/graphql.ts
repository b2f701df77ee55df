/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A new relationship between two existing entities. */
export type AddRelationshipInput = {
  /** The sentence that states it. */
  citation: CitationInput;
  /** When it began or happened: YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: string | null | undefined;
  /** Key of the start entity. */
  from: string;
  /** Key of the end entity. */
  to: string;
  /** What it says. */
  type: RelationshipType;
};

/** Where a fact is stated: a source and the exact excerpt (spaces and line breaks are ignored when checking). */
export type CitationInput = {
  /** The excerpt, at most one sentence, exactly as in the source. */
  quote: string;
  /** Key of a source, e.g. `qianjiang-2021-04-15`. */
  source: string;
  /** Where the excerpt starts in the source's text (code points, as `Citation.start`), when an editor selected it there: the quote must stand at that offset, and be placed there from the quote alone (a quote that occurs several times needs a longer excerpt). Offsets are otherwise derived from the quote. */
  start?: number | null | undefined;
};

/** Compares a code exactly (a kind, metric or unit), with one operator: `{ eq: "kg" }`, `{ in: ["t", "kg"] }`. */
export type CodeFilter =
  {   /** This code. */
  eq: string; in?: never; }
  |  { eq?: never;   /** One of these codes (1..20). */
  in: Array<string>; };

/** Dates between two ISO 8601 dates (YYYY, YYYY-MM or YYYY-MM-DD), inclusive; dates of different precision compare at the coarser one, so an event dated `2020` is within `{ from: "2020-06" }`. At least one bound. */
export type DateRangeFilter = {
  /** Earliest date. */
  from?: string | null | undefined;
  /** Latest date. */
  to?: string | null | undefined;
};

/** Which relationships of an entity to follow. */
export type Direction =
  /** Both. */
  | 'BOTH'
  /** Relationships that end at the entity. */
  | 'IN'
  /** Relationships that start at the entity. */
  | 'OUT';

/** Conditions on an entity; the ones given must all hold. Combine with `AND`, `OR` and `NOT` (nesting at most 4 deep, at most 24 conditions). Names compare ignoring case. Examples: `{ type: { in: [TOWN, VILLAGE] }, name: { contains: "水" } }`; `{ type: { eq: ORGANIZATION }, relationship: { type: SUPPORTS, direction: OUT, some: { relationship: { type: HAS_INDUSTRY, direction: OUT, some: { key: { eq: "industry:sericulture" } } } } } }`. At least one condition must narrow the list through an index: a key, type, kind, name, English name, alias, date or a relationship that holds some entity; `NOT` and `none` only narrow further. */
export type EntityFilter = {
  /** Every one of these holds. */
  AND?: Array<EntityFilter> | null | undefined;
  /** This does not hold. */
  NOT?: EntityFilter | null | undefined;
  /** At least one of these holds. */
  OR?: Array<EntityFilter> | null | undefined;
  /** Any of the other names. */
  alias?: TextFilter | null | undefined;
  /** An event's date; entities without one never match. */
  date?: DateRangeFilter | null | undefined;
  /** The key. */
  key?: KeyFilter | null | undefined;
  /** The finer sub-kind, e.g. `township`. */
  kind?: CodeFilter | null | undefined;
  /** The Chinese name. */
  name?: TextFilter | null | undefined;
  /** The English name. */
  nameEn?: TextFilter | null | undefined;
  /** A relationship of one type to (or from) an entity matching a filter. */
  relationship?: RelationshipFilter | null | undefined;
  /** The type. */
  type?: EntityTypeFilter | null | undefined;
};

/** The kind of an entity; each has its own object type implementing `Entity`. */
export type EntityType =
  /** A brand, title or designation: geographical indications, 中国蚕桑之乡, 国家5A级旅游景区 ... */
  | 'BRAND'
  /** A goal, principle or motto (两不愁三保障, 生态优先、绿色发展 ...). */
  | 'CONCEPT'
  /** A district or county (区、县). */
  | 'DISTRICT'
  /** A dated happening on the timeline. */
  | 'EVENT'
  /** An honour conferred on a recipient (荣誉). */
  | 'HONOR'
  /** An industry (产业). */
  | 'INDUSTRY'
  /** A work method, programme, campaign or activity (三联三促, 四个三, 千师访万家 ...). */
  | 'INITIATIVE'
  /** A government body, enterprise, assisting city or province, hospital, school or other institution. */
  | 'ORGANIZATION'
  /** A region or other place (武陵山区, 渝东南, 阿蓬江 ...). */
  | 'PLACE'
  /** A product (产品). */
  | 'PRODUCT'
  /** A scenic area or tourist site (景区). */
  | 'SCENIC_AREA'
  /** A team or group of people (团队、工作队). */
  | 'TEAM'
  /** A town, township or subdistrict (镇、乡、街道). */
  | 'TOWN'
  /** A village or community (村、社区). */
  | 'VILLAGE';

/** One entity type or several: `{ eq: TOWN }`, `{ in: [TOWN, VILLAGE] }`. */
export type EntityTypeFilter =
  {   /** This type. */
  eq: EntityType; in?: never; }
  |  { eq?: never;   /** One of these types (1..20). */
  in: Array<EntityType>; };

/** Numbers within bounds: `{ gt: 10000 }`. At most one lower and one upper bound. */
export type FloatRangeFilter = {
  /** Greater than. */
  gt?: number | null | undefined;
  /** Greater than or equal to. */
  gte?: number | null | undefined;
  /** Less than. */
  lt?: number | null | undefined;
  /** Less than or equal to. */
  lte?: number | null | undefined;
};

/** Whole numbers within bounds: `{ gte: 2019, lte: 2020 }`. At most one lower and one upper bound. */
export type IntRangeFilter = {
  /** Greater than. */
  gt?: number | null | undefined;
  /** Greater than or equal to. */
  gte?: number | null | undefined;
  /** Less than. */
  lt?: number | null | undefined;
  /** Less than or equal to. */
  lte?: number | null | undefined;
};

/** Compares a key exactly, with one operator: `{ eq: "town:jinxi" }`, `{ startsWith: "village:" }`. */
export type KeyFilter =
  {   /** This key. */
  eq: string; in?: never; startsWith?: never; }
  |  { eq?: never;   /** One of these keys (1..20). */
  in: Array<string>; startsWith?: never; }
  |  { eq?: never; in?: never;   /** Keys starting with this, e.g. `org:`. */
  startsWith: string; };

/** Relationships of one type: at least one leads to an entity matching `some`, and none to an entity matching `none`; with neither, the entity has at least one. `NOT { relationship: ... }` asks for none at all. */
export type RelationshipFilter = {
  /** OUT: from the entity; IN: to it; BOTH: either. */
  direction?: Direction | null | undefined;
  /** No such relationship leads to an entity matching this. */
  none?: EntityFilter | null | undefined;
  /** At least one such relationship leads to an entity matching this. */
  some?: EntityFilter | null | undefined;
  /** The relationship type. */
  type: RelationshipType;
};

/** The closed vocabulary of relationships between entities (direction: from -> to). */
export type RelationshipType =
  /** A method or initiative, to the people it manages or the work it serves (三联三促 -> 驻村干部团队). */
  | 'APPLIED_TO'
  /** An honour, to its recipient. */
  | 'AWARDED_TO'
  /** An actor, to what it builds up or forms: a site, a belt, a cluster, a team (打造、组建、成立). */
  | 'BUILDS'
  /** An event, to what it is about. */
  | 'CONCERNS'
  /** An honour or designation, to the body that conferred it. */
  | 'CONFERRED_BY'
  /** An actor, to an initiative or method it originated. */
  | 'CREATED'
  /** An entity, to a brand, title or designation it holds. */
  | 'DESIGNATED_AS'
  /** A body, to the work it directs: it sets the arrangements, requirements or guidance (部署、要求、指导性文件). */
  | 'DIRECTS'
  /** A place has or develops an industry. */
  | 'HAS_INDUSTRY'
  /** An event, to where it took place. */
  | 'HELD_IN'
  /** An actor, to an initiative it carries out. */
  | 'IMPLEMENTS'
  /** A place lies in, or along, a larger place (a town in its district, a belt along its river). */
  | 'LOCATED_IN'
  /** An actor, to an event it took part in. */
  | 'PARTICIPATED_IN'
  /** A member, component or sub-unit of something larger. */
  | 'PART_OF'
  /** An honour, to the event where it was presented. */
  | 'PRESENTED_AT'
  /** An industry, place or organisation produces a product. */
  | 'PRODUCES'
  /** An organisation, to a team its people are drawn into (医生抽调组成医疗专家组). */
  | 'STAFFS'
  /** An organisation, team or initiative, to the place, industry, product or people it helps. */
  | 'SUPPORTS'
  /** An actor, to a concept, goal or principle it follows or achieves. */
  | 'UPHOLDS';

/** Conditions on a figure; the ones given must all hold. Combine with `AND`, `OR` and `NOT`. Example: `{ value: { gt: 10000 }, unit: { eq: "kg" } }`. At least one condition other than `NOT` must be given. */
export type StatisticFilter = {
  /** Every one of these holds. */
  AND?: Array<StatisticFilter> | null | undefined;
  /** This does not hold. */
  NOT?: StatisticFilter | null | undefined;
  /** At least one of these holds. */
  OR?: Array<StatisticFilter> | null | undefined;
  /** The metric, e.g. `cocoon_output`. */
  metric?: CodeFilter | null | undefined;
  /** Whom or what the figure counts, in Chinese. */
  scope?: TextFilter | null | undefined;
  /** What the figure is about. */
  subject?: StatisticSubjectFilter | null | undefined;
  /** The unit code, e.g. `CNY`. */
  unit?: CodeFilter | null | undefined;
  /** The number, in its unit. */
  value?: FloatRangeFilter | null | undefined;
  /** The year it refers to; figures without one never match. */
  year?: IntRangeFilter | null | undefined;
};

/** What statistic groups are formed by. */
export type StatisticGroupField =
  /** The metric. */
  | 'METRIC'
  /** Whom or what the figure counts (null when the whole subject). */
  | 'SCOPE'
  /** The entity the figure is about. */
  | 'SUBJECT'
  /** The unit; figures are always kept apart by unit anyway. */
  | 'UNIT'
  /** The year (null for figures without one). */
  | 'YEAR';

/** The entity a figure is about: `{ key: "industry:sericulture" }`, or `{ where: { type: { eq: TOWN } } }`. */
export type StatisticSubjectFilter =
  {   /** This entity. */
  key: string; where?: never; }
  |  { key?: never;   /** Any entity matching this. */
  where: EntityFilter; };

/** Compares a name with exactly one operator, ignoring case and full-width forms: `{ contains: "水" }`, `{ eq: "citic group" }`, `{ startsWith: "金" }`, `{ in: ["濯水景区", "小南海"] }`. */
export type TextFilter =
  {   /** Contains this. */
  contains: string; eq?: never; in?: never; startsWith?: never; }
  |  { contains?: never;   /** Equal to this. */
  eq: string; in?: never; startsWith?: never; }
  |  { contains?: never; eq?: never;   /** Equal to one of these (1..20). */
  in: Array<string>; startsWith?: never; }
  |  { contains?: never; eq?: never; in?: never;   /** Starts with this. */
  startsWith: string; };

/** An entity to create, or to replace as a whole (all fields, citations included). */
export type UpsertEntityInput = {
  /** Other names. */
  aliases?: Array<string> | null | undefined;
  /** At least one citation. */
  citations: Array<CitationInput>;
  /** EVENT only: YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: string | null | undefined;
  /** Chinese description. */
  description?: string | null | undefined;
  /** English description. */
  descriptionEn?: string | null | undefined;
  /** Fail with CONFLICT unless the entity is at this version (optimistic locking). */
  expectedVersion?: number | null | undefined;
  /** Stable key, `<prefix>:<slug>` matching the type, e.g. `town:jinxi`. */
  key: string;
  /** Finer English sub-kind. */
  kind?: string | null | undefined;
  /** Chinese name as written in the source. */
  name: string;
  /** English name. */
  nameEn: string;
  /** The type; cannot change once created. */
  type: EntityType;
};

export type DistrictOverviewQueryVariables = Exact<{
  key: string;
}>;


export type DistrictOverviewQuery = { entity:
    | { __typename: 'Brand', name: string, nameEn: string | null }
    | { __typename: 'Concept', name: string, nameEn: string | null }
    | { __typename: 'District', name: string, nameEn: string | null, industries: Array<{ name: string, nameEn: string | null }>, honors: Array<{ name: string }>, supporters: Array<{ from:
          | { name: string, nameEn: string | null }
          | { name: string, nameEn: string | null }
          | { name: string, nameEn: string | null }
          | { name: string, nameEn: string | null }
          | { name: string, nameEn: string | null }
          | { name: string, nameEn: string | null }
          | { name: string, nameEn: string | null }
          | { name: string, nameEn: string | null }
          | { name: string, nameEn: string | null }
          | { name: string, nameEn: string | null }
          | { name: string, nameEn: string | null }
          | { name: string, nameEn: string | null }
          | { name: string, nameEn: string | null }
          | { name: string, nameEn: string | null }
        , citation: { quote: string } | null }>, teams: Array<{ name: string }> }
    | { __typename: 'Event', name: string, nameEn: string | null }
    | { __typename: 'Honor', name: string, nameEn: string | null }
    | { __typename: 'Industry', name: string, nameEn: string | null }
    | { __typename: 'Initiative', name: string, nameEn: string | null }
    | { __typename: 'Organization', name: string, nameEn: string | null }
    | { __typename: 'Place', name: string, nameEn: string | null }
    | { __typename: 'Product', name: string, nameEn: string | null }
    | { __typename: 'ScenicArea', name: string, nameEn: string | null }
    | { __typename: 'Team', name: string, nameEn: string | null }
    | { __typename: 'Town', name: string, nameEn: string | null }
    | { __typename: 'Village', name: string, nameEn: string | null }
   | null };

export type DistrictListsFragment = { industries: Array<{ name: string, nameEn: string | null }>, honors: Array<{ name: string }>, supporters: Array<{ from:
      | { name: string, nameEn: string | null }
      | { name: string, nameEn: string | null }
      | { name: string, nameEn: string | null }
      | { name: string, nameEn: string | null }
      | { name: string, nameEn: string | null }
      | { name: string, nameEn: string | null }
      | { name: string, nameEn: string | null }
      | { name: string, nameEn: string | null }
      | { name: string, nameEn: string | null }
      | { name: string, nameEn: string | null }
      | { name: string, nameEn: string | null }
      | { name: string, nameEn: string | null }
      | { name: string, nameEn: string | null }
      | { name: string, nameEn: string | null }
    , citation: { quote: string } | null }>, teams: Array<{ name: string }> };

export type DistrictOverviewDeferredQueryVariables = Exact<{
  key: string;
}>;


export type DistrictOverviewDeferredQuery = { entity:
    | { __typename: 'Brand', name: string, nameEn: string | null }
    | { __typename: 'Concept', name: string, nameEn: string | null }
    | { __typename: 'District', name: string, nameEn: string | null } & ({ industries: Array<{ name: string, nameEn: string | null }>, honors: Array<{ name: string }>, supporters: Array<{ from:
          | { name: string, nameEn: string | null }
          | { name: string, nameEn: string | null }
          | { name: string, nameEn: string | null }
          | { name: string, nameEn: string | null }
          | { name: string, nameEn: string | null }
          | { name: string, nameEn: string | null }
          | { name: string, nameEn: string | null }
          | { name: string, nameEn: string | null }
          | { name: string, nameEn: string | null }
          | { name: string, nameEn: string | null }
          | { name: string, nameEn: string | null }
          | { name: string, nameEn: string | null }
          | { name: string, nameEn: string | null }
          | { name: string, nameEn: string | null }
        , citation: { quote: string } | null }>, teams: Array<{ name: string }> } | { industries?: never, honors?: never, supporters?: never, teams?: never })
    | { __typename: 'Event', name: string, nameEn: string | null }
    | { __typename: 'Honor', name: string, nameEn: string | null }
    | { __typename: 'Industry', name: string, nameEn: string | null }
    | { __typename: 'Initiative', name: string, nameEn: string | null }
    | { __typename: 'Organization', name: string, nameEn: string | null }
    | { __typename: 'Place', name: string, nameEn: string | null }
    | { __typename: 'Product', name: string, nameEn: string | null }
    | { __typename: 'ScenicArea', name: string, nameEn: string | null }
    | { __typename: 'Team', name: string, nameEn: string | null }
    | { __typename: 'Town', name: string, nameEn: string | null }
    | { __typename: 'Village', name: string, nameEn: string | null }
   | null };

type EntityBrief_Brand_Fragment = { key: string, type: EntityType, name: string, nameEn: string | null };

type EntityBrief_Concept_Fragment = { key: string, type: EntityType, name: string, nameEn: string | null };

type EntityBrief_District_Fragment = { key: string, type: EntityType, name: string, nameEn: string | null };

type EntityBrief_Event_Fragment = { key: string, type: EntityType, name: string, nameEn: string | null };

type EntityBrief_Honor_Fragment = { key: string, type: EntityType, name: string, nameEn: string | null };

type EntityBrief_Industry_Fragment = { key: string, type: EntityType, name: string, nameEn: string | null };

type EntityBrief_Initiative_Fragment = { key: string, type: EntityType, name: string, nameEn: string | null };

type EntityBrief_Organization_Fragment = { key: string, type: EntityType, name: string, nameEn: string | null };

type EntityBrief_Place_Fragment = { key: string, type: EntityType, name: string, nameEn: string | null };

type EntityBrief_Product_Fragment = { key: string, type: EntityType, name: string, nameEn: string | null };

type EntityBrief_ScenicArea_Fragment = { key: string, type: EntityType, name: string, nameEn: string | null };

type EntityBrief_Team_Fragment = { key: string, type: EntityType, name: string, nameEn: string | null };

type EntityBrief_Town_Fragment = { key: string, type: EntityType, name: string, nameEn: string | null };

type EntityBrief_Village_Fragment = { key: string, type: EntityType, name: string, nameEn: string | null };

export type EntityBriefFragment =
  | EntityBrief_Brand_Fragment
  | EntityBrief_Concept_Fragment
  | EntityBrief_District_Fragment
  | EntityBrief_Event_Fragment
  | EntityBrief_Honor_Fragment
  | EntityBrief_Industry_Fragment
  | EntityBrief_Initiative_Fragment
  | EntityBrief_Organization_Fragment
  | EntityBrief_Place_Fragment
  | EntityBrief_Product_Fragment
  | EntityBrief_ScenicArea_Fragment
  | EntityBrief_Team_Fragment
  | EntityBrief_Town_Fragment
  | EntityBrief_Village_Fragment
;

export type CitationFieldsFragment = { quote: string, start: number | null, end: number | null, source: { key: string, title: string, page: string | null, publishedOn: string } };

export type GraphEdgeFieldsFragment = { id: string, type: RelationshipType, date: string | null, from:
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
  , to:
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
   };

export type ExplorerSearchQueryVariables = Exact<{
  query: string;
  first: number;
}>;


export type ExplorerSearchQuery = { search: Array<{ score: number, entity:
      | { aliases: Array<string>, key: string, type: EntityType, name: string, nameEn: string | null }
      | { aliases: Array<string>, key: string, type: EntityType, name: string, nameEn: string | null }
      | { aliases: Array<string>, key: string, type: EntityType, name: string, nameEn: string | null }
      | { aliases: Array<string>, key: string, type: EntityType, name: string, nameEn: string | null }
      | { aliases: Array<string>, key: string, type: EntityType, name: string, nameEn: string | null }
      | { aliases: Array<string>, key: string, type: EntityType, name: string, nameEn: string | null }
      | { aliases: Array<string>, key: string, type: EntityType, name: string, nameEn: string | null }
      | { aliases: Array<string>, key: string, type: EntityType, name: string, nameEn: string | null }
      | { aliases: Array<string>, key: string, type: EntityType, name: string, nameEn: string | null }
      | { aliases: Array<string>, key: string, type: EntityType, name: string, nameEn: string | null }
      | { aliases: Array<string>, key: string, type: EntityType, name: string, nameEn: string | null }
      | { aliases: Array<string>, key: string, type: EntityType, name: string, nameEn: string | null }
      | { aliases: Array<string>, key: string, type: EntityType, name: string, nameEn: string | null }
      | { aliases: Array<string>, key: string, type: EntityType, name: string, nameEn: string | null }
     }> };

export type ExplorerEntityBriefQueryVariables = Exact<{
  key: string;
}>;


export type ExplorerEntityBriefQuery = { entity:
    | { key: string, type: EntityType, name: string, nameEn: string | null }
    | { key: string, type: EntityType, name: string, nameEn: string | null }
    | { key: string, type: EntityType, name: string, nameEn: string | null }
    | { key: string, type: EntityType, name: string, nameEn: string | null }
    | { key: string, type: EntityType, name: string, nameEn: string | null }
    | { key: string, type: EntityType, name: string, nameEn: string | null }
    | { key: string, type: EntityType, name: string, nameEn: string | null }
    | { key: string, type: EntityType, name: string, nameEn: string | null }
    | { key: string, type: EntityType, name: string, nameEn: string | null }
    | { key: string, type: EntityType, name: string, nameEn: string | null }
    | { key: string, type: EntityType, name: string, nameEn: string | null }
    | { key: string, type: EntityType, name: string, nameEn: string | null }
    | { key: string, type: EntityType, name: string, nameEn: string | null }
    | { key: string, type: EntityType, name: string, nameEn: string | null }
   | null };

export type ExplorerEntityQueryVariables = Exact<{
  key: string;
}>;


export type ExplorerEntityQuery = { entity:
    | { aliases: Array<string>, kind: string | null, description: string | null, descriptionEn: string | null, key: string, type: EntityType, name: string, nameEn: string | null, statistics: Array<{ metric: string, label: string, scope: string | null, scopeEn: string | null, value: number, unit: string, valueText: string, qualifier: string | null, year: number | null, citation: { quote: string, start: number | null, end: number | null, source: { key: string, title: string, page: string | null, publishedOn: string } } }>, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: RelationshipType, date: string | null, from:
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
            , to:
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
            , citation: { quote: string, start: number | null, end: number | null } | null } }> }, citations: Array<{ quote: string, start: number | null, end: number | null, source: { key: string, title: string, page: string | null, publishedOn: string } }> }
    | { aliases: Array<string>, kind: string | null, description: string | null, descriptionEn: string | null, key: string, type: EntityType, name: string, nameEn: string | null, statistics: Array<{ metric: string, label: string, scope: string | null, scopeEn: string | null, value: number, unit: string, valueText: string, qualifier: string | null, year: number | null, citation: { quote: string, start: number | null, end: number | null, source: { key: string, title: string, page: string | null, publishedOn: string } } }>, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: RelationshipType, date: string | null, from:
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
            , to:
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
            , citation: { quote: string, start: number | null, end: number | null } | null } }> }, citations: Array<{ quote: string, start: number | null, end: number | null, source: { key: string, title: string, page: string | null, publishedOn: string } }> }
    | { aliases: Array<string>, kind: string | null, description: string | null, descriptionEn: string | null, key: string, type: EntityType, name: string, nameEn: string | null, statistics: Array<{ metric: string, label: string, scope: string | null, scopeEn: string | null, value: number, unit: string, valueText: string, qualifier: string | null, year: number | null, citation: { quote: string, start: number | null, end: number | null, source: { key: string, title: string, page: string | null, publishedOn: string } } }>, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: RelationshipType, date: string | null, from:
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
            , to:
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
            , citation: { quote: string, start: number | null, end: number | null } | null } }> }, citations: Array<{ quote: string, start: number | null, end: number | null, source: { key: string, title: string, page: string | null, publishedOn: string } }> }
    | { date: string, aliases: Array<string>, kind: string | null, description: string | null, descriptionEn: string | null, key: string, type: EntityType, name: string, nameEn: string | null, statistics: Array<{ metric: string, label: string, scope: string | null, scopeEn: string | null, value: number, unit: string, valueText: string, qualifier: string | null, year: number | null, citation: { quote: string, start: number | null, end: number | null, source: { key: string, title: string, page: string | null, publishedOn: string } } }>, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: RelationshipType, date: string | null, from:
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
            , to:
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
            , citation: { quote: string, start: number | null, end: number | null } | null } }> }, citations: Array<{ quote: string, start: number | null, end: number | null, source: { key: string, title: string, page: string | null, publishedOn: string } }> }
    | { aliases: Array<string>, kind: string | null, description: string | null, descriptionEn: string | null, key: string, type: EntityType, name: string, nameEn: string | null, statistics: Array<{ metric: string, label: string, scope: string | null, scopeEn: string | null, value: number, unit: string, valueText: string, qualifier: string | null, year: number | null, citation: { quote: string, start: number | null, end: number | null, source: { key: string, title: string, page: string | null, publishedOn: string } } }>, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: RelationshipType, date: string | null, from:
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
            , to:
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
            , citation: { quote: string, start: number | null, end: number | null } | null } }> }, citations: Array<{ quote: string, start: number | null, end: number | null, source: { key: string, title: string, page: string | null, publishedOn: string } }> }
    | { aliases: Array<string>, kind: string | null, description: string | null, descriptionEn: string | null, key: string, type: EntityType, name: string, nameEn: string | null, statistics: Array<{ metric: string, label: string, scope: string | null, scopeEn: string | null, value: number, unit: string, valueText: string, qualifier: string | null, year: number | null, citation: { quote: string, start: number | null, end: number | null, source: { key: string, title: string, page: string | null, publishedOn: string } } }>, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: RelationshipType, date: string | null, from:
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
            , to:
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
            , citation: { quote: string, start: number | null, end: number | null } | null } }> }, citations: Array<{ quote: string, start: number | null, end: number | null, source: { key: string, title: string, page: string | null, publishedOn: string } }> }
    | { aliases: Array<string>, kind: string | null, description: string | null, descriptionEn: string | null, key: string, type: EntityType, name: string, nameEn: string | null, statistics: Array<{ metric: string, label: string, scope: string | null, scopeEn: string | null, value: number, unit: string, valueText: string, qualifier: string | null, year: number | null, citation: { quote: string, start: number | null, end: number | null, source: { key: string, title: string, page: string | null, publishedOn: string } } }>, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: RelationshipType, date: string | null, from:
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
            , to:
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
            , citation: { quote: string, start: number | null, end: number | null } | null } }> }, citations: Array<{ quote: string, start: number | null, end: number | null, source: { key: string, title: string, page: string | null, publishedOn: string } }> }
    | { aliases: Array<string>, kind: string | null, description: string | null, descriptionEn: string | null, key: string, type: EntityType, name: string, nameEn: string | null, statistics: Array<{ metric: string, label: string, scope: string | null, scopeEn: string | null, value: number, unit: string, valueText: string, qualifier: string | null, year: number | null, citation: { quote: string, start: number | null, end: number | null, source: { key: string, title: string, page: string | null, publishedOn: string } } }>, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: RelationshipType, date: string | null, from:
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
            , to:
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
            , citation: { quote: string, start: number | null, end: number | null } | null } }> }, citations: Array<{ quote: string, start: number | null, end: number | null, source: { key: string, title: string, page: string | null, publishedOn: string } }> }
    | { aliases: Array<string>, kind: string | null, description: string | null, descriptionEn: string | null, key: string, type: EntityType, name: string, nameEn: string | null, statistics: Array<{ metric: string, label: string, scope: string | null, scopeEn: string | null, value: number, unit: string, valueText: string, qualifier: string | null, year: number | null, citation: { quote: string, start: number | null, end: number | null, source: { key: string, title: string, page: string | null, publishedOn: string } } }>, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: RelationshipType, date: string | null, from:
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
            , to:
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
            , citation: { quote: string, start: number | null, end: number | null } | null } }> }, citations: Array<{ quote: string, start: number | null, end: number | null, source: { key: string, title: string, page: string | null, publishedOn: string } }> }
    | { aliases: Array<string>, kind: string | null, description: string | null, descriptionEn: string | null, key: string, type: EntityType, name: string, nameEn: string | null, statistics: Array<{ metric: string, label: string, scope: string | null, scopeEn: string | null, value: number, unit: string, valueText: string, qualifier: string | null, year: number | null, citation: { quote: string, start: number | null, end: number | null, source: { key: string, title: string, page: string | null, publishedOn: string } } }>, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: RelationshipType, date: string | null, from:
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
            , to:
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
            , citation: { quote: string, start: number | null, end: number | null } | null } }> }, citations: Array<{ quote: string, start: number | null, end: number | null, source: { key: string, title: string, page: string | null, publishedOn: string } }> }
    | { aliases: Array<string>, kind: string | null, description: string | null, descriptionEn: string | null, key: string, type: EntityType, name: string, nameEn: string | null, statistics: Array<{ metric: string, label: string, scope: string | null, scopeEn: string | null, value: number, unit: string, valueText: string, qualifier: string | null, year: number | null, citation: { quote: string, start: number | null, end: number | null, source: { key: string, title: string, page: string | null, publishedOn: string } } }>, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: RelationshipType, date: string | null, from:
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
            , to:
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
            , citation: { quote: string, start: number | null, end: number | null } | null } }> }, citations: Array<{ quote: string, start: number | null, end: number | null, source: { key: string, title: string, page: string | null, publishedOn: string } }> }
    | { aliases: Array<string>, kind: string | null, description: string | null, descriptionEn: string | null, key: string, type: EntityType, name: string, nameEn: string | null, statistics: Array<{ metric: string, label: string, scope: string | null, scopeEn: string | null, value: number, unit: string, valueText: string, qualifier: string | null, year: number | null, citation: { quote: string, start: number | null, end: number | null, source: { key: string, title: string, page: string | null, publishedOn: string } } }>, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: RelationshipType, date: string | null, from:
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
            , to:
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
            , citation: { quote: string, start: number | null, end: number | null } | null } }> }, citations: Array<{ quote: string, start: number | null, end: number | null, source: { key: string, title: string, page: string | null, publishedOn: string } }> }
    | { aliases: Array<string>, kind: string | null, description: string | null, descriptionEn: string | null, key: string, type: EntityType, name: string, nameEn: string | null, statistics: Array<{ metric: string, label: string, scope: string | null, scopeEn: string | null, value: number, unit: string, valueText: string, qualifier: string | null, year: number | null, citation: { quote: string, start: number | null, end: number | null, source: { key: string, title: string, page: string | null, publishedOn: string } } }>, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: RelationshipType, date: string | null, from:
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
            , to:
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
            , citation: { quote: string, start: number | null, end: number | null } | null } }> }, citations: Array<{ quote: string, start: number | null, end: number | null, source: { key: string, title: string, page: string | null, publishedOn: string } }> }
    | { aliases: Array<string>, kind: string | null, description: string | null, descriptionEn: string | null, key: string, type: EntityType, name: string, nameEn: string | null, statistics: Array<{ metric: string, label: string, scope: string | null, scopeEn: string | null, value: number, unit: string, valueText: string, qualifier: string | null, year: number | null, citation: { quote: string, start: number | null, end: number | null, source: { key: string, title: string, page: string | null, publishedOn: string } } }>, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: RelationshipType, date: string | null, from:
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
            , to:
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
            , citation: { quote: string, start: number | null, end: number | null } | null } }> }, citations: Array<{ quote: string, start: number | null, end: number | null, source: { key: string, title: string, page: string | null, publishedOn: string } }> }
   | null };

export type ExplorerSubgraphQueryVariables = Exact<{
  key: string;
  limit: number;
}>;


export type ExplorerSubgraphQuery = { subgraph: { truncated: boolean, nodes: Array<
      | { key: string, type: EntityType, name: string, nameEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null }
    >, relationships: Array<{ id: string, type: RelationshipType, date: string | null, from:
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
      , to:
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
       }> } };

export type ExplorerPathQueryVariables = Exact<{
  fromKey: string;
  toKey: string;
}>;


export type ExplorerPathQuery = { shortestPath: { length: number, nodes: Array<
      | { key: string, type: EntityType, name: string, nameEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null }
    >, relationships: Array<{ id: string, type: RelationshipType, date: string | null, citation: { quote: string } | null, from:
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
      , to:
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
       }> } | null };

export type ExplorerSourceSpansQueryVariables = Exact<{
  key: string;
  first: number;
  after?: string | null | undefined;
}>;


export type ExplorerSourceSpansQuery = { source: { key: string, title: string, text: string, citations: { edges: Array<{ node: { start: number, end: number, exact: string, entities: Array<
            | { key: string, type: EntityType, name: string, nameEn: string | null }
            | { key: string, type: EntityType, name: string, nameEn: string | null }
            | { key: string, type: EntityType, name: string, nameEn: string | null }
            | { key: string, type: EntityType, name: string, nameEn: string | null }
            | { key: string, type: EntityType, name: string, nameEn: string | null }
            | { key: string, type: EntityType, name: string, nameEn: string | null }
            | { key: string, type: EntityType, name: string, nameEn: string | null }
            | { key: string, type: EntityType, name: string, nameEn: string | null }
            | { key: string, type: EntityType, name: string, nameEn: string | null }
            | { key: string, type: EntityType, name: string, nameEn: string | null }
            | { key: string, type: EntityType, name: string, nameEn: string | null }
            | { key: string, type: EntityType, name: string, nameEn: string | null }
            | { key: string, type: EntityType, name: string, nameEn: string | null }
            | { key: string, type: EntityType, name: string, nameEn: string | null }
          >, relationships: Array<{ id: string, type: RelationshipType, date: string | null, from:
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
            , to:
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
             }>, statistics: Array<{ id: string, metric: string, label: string, valueText: string, year: number | null, subject:
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
              | { key: string, type: EntityType, name: string, nameEn: string | null }
             }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type ExplorerEditableEntityQueryVariables = Exact<{
  key: string;
}>;


export type ExplorerEditableEntityQuery = { entity:
    | { key: string, type: EntityType, name: string, nameEn: string | null, aliases: Array<string>, kind: string | null, description: string | null, descriptionEn: string | null, version: number, citations: Array<{ quote: string, start: number | null, source: { key: string } }> }
    | { key: string, type: EntityType, name: string, nameEn: string | null, aliases: Array<string>, kind: string | null, description: string | null, descriptionEn: string | null, version: number, citations: Array<{ quote: string, start: number | null, source: { key: string } }> }
    | { key: string, type: EntityType, name: string, nameEn: string | null, aliases: Array<string>, kind: string | null, description: string | null, descriptionEn: string | null, version: number, citations: Array<{ quote: string, start: number | null, source: { key: string } }> }
    | { date: string, key: string, type: EntityType, name: string, nameEn: string | null, aliases: Array<string>, kind: string | null, description: string | null, descriptionEn: string | null, version: number, citations: Array<{ quote: string, start: number | null, source: { key: string } }> }
    | { key: string, type: EntityType, name: string, nameEn: string | null, aliases: Array<string>, kind: string | null, description: string | null, descriptionEn: string | null, version: number, citations: Array<{ quote: string, start: number | null, source: { key: string } }> }
    | { key: string, type: EntityType, name: string, nameEn: string | null, aliases: Array<string>, kind: string | null, description: string | null, descriptionEn: string | null, version: number, citations: Array<{ quote: string, start: number | null, source: { key: string } }> }
    | { key: string, type: EntityType, name: string, nameEn: string | null, aliases: Array<string>, kind: string | null, description: string | null, descriptionEn: string | null, version: number, citations: Array<{ quote: string, start: number | null, source: { key: string } }> }
    | { key: string, type: EntityType, name: string, nameEn: string | null, aliases: Array<string>, kind: string | null, description: string | null, descriptionEn: string | null, version: number, citations: Array<{ quote: string, start: number | null, source: { key: string } }> }
    | { key: string, type: EntityType, name: string, nameEn: string | null, aliases: Array<string>, kind: string | null, description: string | null, descriptionEn: string | null, version: number, citations: Array<{ quote: string, start: number | null, source: { key: string } }> }
    | { key: string, type: EntityType, name: string, nameEn: string | null, aliases: Array<string>, kind: string | null, description: string | null, descriptionEn: string | null, version: number, citations: Array<{ quote: string, start: number | null, source: { key: string } }> }
    | { key: string, type: EntityType, name: string, nameEn: string | null, aliases: Array<string>, kind: string | null, description: string | null, descriptionEn: string | null, version: number, citations: Array<{ quote: string, start: number | null, source: { key: string } }> }
    | { key: string, type: EntityType, name: string, nameEn: string | null, aliases: Array<string>, kind: string | null, description: string | null, descriptionEn: string | null, version: number, citations: Array<{ quote: string, start: number | null, source: { key: string } }> }
    | { key: string, type: EntityType, name: string, nameEn: string | null, aliases: Array<string>, kind: string | null, description: string | null, descriptionEn: string | null, version: number, citations: Array<{ quote: string, start: number | null, source: { key: string } }> }
    | { key: string, type: EntityType, name: string, nameEn: string | null, aliases: Array<string>, kind: string | null, description: string | null, descriptionEn: string | null, version: number, citations: Array<{ quote: string, start: number | null, source: { key: string } }> }
   | null };

export type ExplorerUpsertEntityMutationVariables = Exact<{
  input: UpsertEntityInput;
}>;


export type ExplorerUpsertEntityMutation = { upsertEntity: { entity:
      | { key: string, version: number }
      | { key: string, version: number }
      | { key: string, version: number }
      | { key: string, version: number }
      | { key: string, version: number }
      | { key: string, version: number }
      | { key: string, version: number }
      | { key: string, version: number }
      | { key: string, version: number }
      | { key: string, version: number }
      | { key: string, version: number }
      | { key: string, version: number }
      | { key: string, version: number }
      | { key: string, version: number }
     | null } };

export type ExplorerAddRelationshipMutationVariables = Exact<{
  input: AddRelationshipInput;
}>;


export type ExplorerAddRelationshipMutation = { addRelationship: { relationship: { id: string, type: RelationshipType, citation: { start: number | null, end: number | null } | null } | null } };

export type ExplorerChangesSubscriptionVariables = Exact<{
  afterSeq?: number | null | undefined;
}>;


export type ExplorerChangesSubscription = { changes: { seq: number, who: string, mutation: string, keys: Array<string>, before: unknown, after: unknown } };

export type ExplorerLastChangeSeqQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerLastChangeSeqQuery = { lastChangeSeq: number };

export type ExplorerTimelineQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerTimelineQuery = { timeline: Array<{ date: string, key: string, type: EntityType, name: string, nameEn: string | null }> };

export type McpSearchEntitiesQueryVariables = Exact<{
  query: string;
  types?: Array<EntityType> | EntityType | null | undefined;
  first?: number | null | undefined;
}>;


export type McpSearchEntitiesQuery = { search: Array<{ score: number, entity:
      | { key: string, type: EntityType, name: string, nameEn: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null }
     }> };

export type McpGetEntityQueryVariables = Exact<{
  key: string;
}>;


export type McpGetEntityQuery = { entity:
    | { key: string, type: EntityType, kind: string | null, name: string, nameEn: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null, relationships: { totalCount: number, edges: Array<{ node: { type: RelationshipType, date: string | null, from:
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
            , to:
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
            , citation: { quote: string, exact: string | null, start: number | null, end: number | null, sentence: { plain: string } | null, source: { key: string } } | null } }> }, statistics: Array<{ metric: string, label: string, scope: string | null, value: number, unit: string, valueText: string, qualifier: string | null, year: number | null, citation: { quote: string, exact: string | null, start: number | null, end: number | null, sentence: { plain: string } | null, source: { key: string } } }> }
    | { key: string, type: EntityType, kind: string | null, name: string, nameEn: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null, relationships: { totalCount: number, edges: Array<{ node: { type: RelationshipType, date: string | null, from:
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
            , to:
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
            , citation: { quote: string, exact: string | null, start: number | null, end: number | null, sentence: { plain: string } | null, source: { key: string } } | null } }> }, statistics: Array<{ metric: string, label: string, scope: string | null, value: number, unit: string, valueText: string, qualifier: string | null, year: number | null, citation: { quote: string, exact: string | null, start: number | null, end: number | null, sentence: { plain: string } | null, source: { key: string } } }> }
    | { key: string, type: EntityType, kind: string | null, name: string, nameEn: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null, relationships: { totalCount: number, edges: Array<{ node: { type: RelationshipType, date: string | null, from:
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
            , to:
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
            , citation: { quote: string, exact: string | null, start: number | null, end: number | null, sentence: { plain: string } | null, source: { key: string } } | null } }> }, statistics: Array<{ metric: string, label: string, scope: string | null, value: number, unit: string, valueText: string, qualifier: string | null, year: number | null, citation: { quote: string, exact: string | null, start: number | null, end: number | null, sentence: { plain: string } | null, source: { key: string } } }> }
    | { key: string, type: EntityType, kind: string | null, name: string, nameEn: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null, relationships: { totalCount: number, edges: Array<{ node: { type: RelationshipType, date: string | null, from:
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
            , to:
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
            , citation: { quote: string, exact: string | null, start: number | null, end: number | null, sentence: { plain: string } | null, source: { key: string } } | null } }> }, statistics: Array<{ metric: string, label: string, scope: string | null, value: number, unit: string, valueText: string, qualifier: string | null, year: number | null, citation: { quote: string, exact: string | null, start: number | null, end: number | null, sentence: { plain: string } | null, source: { key: string } } }> }
    | { key: string, type: EntityType, kind: string | null, name: string, nameEn: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null, relationships: { totalCount: number, edges: Array<{ node: { type: RelationshipType, date: string | null, from:
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
            , to:
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
            , citation: { quote: string, exact: string | null, start: number | null, end: number | null, sentence: { plain: string } | null, source: { key: string } } | null } }> }, statistics: Array<{ metric: string, label: string, scope: string | null, value: number, unit: string, valueText: string, qualifier: string | null, year: number | null, citation: { quote: string, exact: string | null, start: number | null, end: number | null, sentence: { plain: string } | null, source: { key: string } } }> }
    | { key: string, type: EntityType, kind: string | null, name: string, nameEn: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null, relationships: { totalCount: number, edges: Array<{ node: { type: RelationshipType, date: string | null, from:
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
            , to:
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
            , citation: { quote: string, exact: string | null, start: number | null, end: number | null, sentence: { plain: string } | null, source: { key: string } } | null } }> }, statistics: Array<{ metric: string, label: string, scope: string | null, value: number, unit: string, valueText: string, qualifier: string | null, year: number | null, citation: { quote: string, exact: string | null, start: number | null, end: number | null, sentence: { plain: string } | null, source: { key: string } } }> }
    | { key: string, type: EntityType, kind: string | null, name: string, nameEn: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null, relationships: { totalCount: number, edges: Array<{ node: { type: RelationshipType, date: string | null, from:
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
            , to:
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
            , citation: { quote: string, exact: string | null, start: number | null, end: number | null, sentence: { plain: string } | null, source: { key: string } } | null } }> }, statistics: Array<{ metric: string, label: string, scope: string | null, value: number, unit: string, valueText: string, qualifier: string | null, year: number | null, citation: { quote: string, exact: string | null, start: number | null, end: number | null, sentence: { plain: string } | null, source: { key: string } } }> }
    | { key: string, type: EntityType, kind: string | null, name: string, nameEn: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null, relationships: { totalCount: number, edges: Array<{ node: { type: RelationshipType, date: string | null, from:
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
            , to:
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
            , citation: { quote: string, exact: string | null, start: number | null, end: number | null, sentence: { plain: string } | null, source: { key: string } } | null } }> }, statistics: Array<{ metric: string, label: string, scope: string | null, value: number, unit: string, valueText: string, qualifier: string | null, year: number | null, citation: { quote: string, exact: string | null, start: number | null, end: number | null, sentence: { plain: string } | null, source: { key: string } } }> }
    | { key: string, type: EntityType, kind: string | null, name: string, nameEn: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null, relationships: { totalCount: number, edges: Array<{ node: { type: RelationshipType, date: string | null, from:
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
            , to:
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
            , citation: { quote: string, exact: string | null, start: number | null, end: number | null, sentence: { plain: string } | null, source: { key: string } } | null } }> }, statistics: Array<{ metric: string, label: string, scope: string | null, value: number, unit: string, valueText: string, qualifier: string | null, year: number | null, citation: { quote: string, exact: string | null, start: number | null, end: number | null, sentence: { plain: string } | null, source: { key: string } } }> }
    | { key: string, type: EntityType, kind: string | null, name: string, nameEn: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null, relationships: { totalCount: number, edges: Array<{ node: { type: RelationshipType, date: string | null, from:
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
            , to:
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
            , citation: { quote: string, exact: string | null, start: number | null, end: number | null, sentence: { plain: string } | null, source: { key: string } } | null } }> }, statistics: Array<{ metric: string, label: string, scope: string | null, value: number, unit: string, valueText: string, qualifier: string | null, year: number | null, citation: { quote: string, exact: string | null, start: number | null, end: number | null, sentence: { plain: string } | null, source: { key: string } } }> }
    | { key: string, type: EntityType, kind: string | null, name: string, nameEn: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null, relationships: { totalCount: number, edges: Array<{ node: { type: RelationshipType, date: string | null, from:
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
            , to:
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
            , citation: { quote: string, exact: string | null, start: number | null, end: number | null, sentence: { plain: string } | null, source: { key: string } } | null } }> }, statistics: Array<{ metric: string, label: string, scope: string | null, value: number, unit: string, valueText: string, qualifier: string | null, year: number | null, citation: { quote: string, exact: string | null, start: number | null, end: number | null, sentence: { plain: string } | null, source: { key: string } } }> }
    | { key: string, type: EntityType, kind: string | null, name: string, nameEn: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null, relationships: { totalCount: number, edges: Array<{ node: { type: RelationshipType, date: string | null, from:
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
            , to:
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
            , citation: { quote: string, exact: string | null, start: number | null, end: number | null, sentence: { plain: string } | null, source: { key: string } } | null } }> }, statistics: Array<{ metric: string, label: string, scope: string | null, value: number, unit: string, valueText: string, qualifier: string | null, year: number | null, citation: { quote: string, exact: string | null, start: number | null, end: number | null, sentence: { plain: string } | null, source: { key: string } } }> }
    | { key: string, type: EntityType, kind: string | null, name: string, nameEn: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null, relationships: { totalCount: number, edges: Array<{ node: { type: RelationshipType, date: string | null, from:
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
            , to:
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
            , citation: { quote: string, exact: string | null, start: number | null, end: number | null, sentence: { plain: string } | null, source: { key: string } } | null } }> }, statistics: Array<{ metric: string, label: string, scope: string | null, value: number, unit: string, valueText: string, qualifier: string | null, year: number | null, citation: { quote: string, exact: string | null, start: number | null, end: number | null, sentence: { plain: string } | null, source: { key: string } } }> }
    | { key: string, type: EntityType, kind: string | null, name: string, nameEn: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null, relationships: { totalCount: number, edges: Array<{ node: { type: RelationshipType, date: string | null, from:
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
            , to:
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
            , citation: { quote: string, exact: string | null, start: number | null, end: number | null, sentence: { plain: string } | null, source: { key: string } } | null } }> }, statistics: Array<{ metric: string, label: string, scope: string | null, value: number, unit: string, valueText: string, qualifier: string | null, year: number | null, citation: { quote: string, exact: string | null, start: number | null, end: number | null, sentence: { plain: string } | null, source: { key: string } } }> }
   | null };

export type McpCitationFragment = { quote: string, exact: string | null, start: number | null, end: number | null, sentence: { plain: string } | null, source: { key: string } };

export type McpExplainLinkQueryVariables = Exact<{
  fromKey: string;
  toKey: string;
  maxHops?: number | null | undefined;
}>;


export type McpExplainLinkQuery = { explain: { length: number, hops: Array<{ forward: boolean, from:
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
      , to:
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
      , relationship: { type: RelationshipType, date: string | null }, citation: { quote: string, exact: string | null, start: number | null, end: number | null, sentence: { plain: string } | null, source: { key: string } } | null }> } | null };

export type McpNeighbourhoodQueryVariables = Exact<{
  key: string;
  depth?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type McpNeighbourhoodQuery = { subgraph: { truncated: boolean, nodes: Array<
      | { key: string, type: EntityType, name: string, nameEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null }
      | { key: string, type: EntityType, name: string, nameEn: string | null }
    >, relationships: Array<{ type: RelationshipType, date: string | null, from:
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
      , to:
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
      , citation: { quote: string, exact: string | null, start: number | null, end: number | null, sentence: { plain: string } | null, source: { key: string } } | null }> } };

export type McpTimelineQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type McpTimelineQuery = { timeline: Array<{ key: string, name: string, nameEn: string | null, description: string | null, descriptionEn: string | null, date: string, participants: Array<
      | { key: string, name: string }
      | { key: string, name: string }
      | { key: string, name: string }
      | { key: string, name: string }
      | { key: string, name: string }
      | { key: string, name: string }
      | { key: string, name: string }
      | { key: string, name: string }
      | { key: string, name: string }
      | { key: string, name: string }
      | { key: string, name: string }
      | { key: string, name: string }
      | { key: string, name: string }
      | { key: string, name: string }
    >, citations: Array<{ quote: string, exact: string | null, start: number | null, end: number | null, sentence: { plain: string } | null, source: { key: string } }> }> };

export type McpFiguresQueryVariables = Exact<{
  where?: StatisticFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type McpFiguresQuery = { statistics: { totalCount: number, edges: Array<{ node: { metric: string, label: string, scope: string | null, value: number, unit: string, valueText: string, qualifier: string | null, year: number | null, subject:
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
        , citation: { quote: string, exact: string | null, start: number | null, end: number | null, sentence: { plain: string } | null, source: { key: string } } } }> } };

export type McpFigureGroupsQueryVariables = Exact<{
  where?: StatisticFilter | null | undefined;
  by: Array<StatisticGroupField> | StatisticGroupField;
  first?: number | null | undefined;
}>;


export type McpFigureGroupsQuery = { statisticGroups: { totalCount: number, edges: Array<{ node: { count: number, sum: number, min: number, max: number, average: number, key: { metric: string | null, year: number | null, unit: string, scope: string | null, subject:
            | { key: string, name: string }
            | { key: string, name: string }
            | { key: string, name: string }
            | { key: string, name: string }
            | { key: string, name: string }
            | { key: string, name: string }
            | { key: string, name: string }
            | { key: string, name: string }
            | { key: string, name: string }
            | { key: string, name: string }
            | { key: string, name: string }
            | { key: string, name: string }
            | { key: string, name: string }
            | { key: string, name: string }
           | null } } }> } };

export type McpReadPassageQueryVariables = Exact<{
  sourceKey: string;
  start: number;
  end: number;
  context?: number | null | undefined;
}>;


export type McpReadPassageQuery = { source: { key: string, title: string, publishedOn: string, passage: { start: number, end: number, text: string, sentences: Array<{ index: number, start: number, end: number, plain: string }> } } | null };

export type McpSourceListQueryVariables = Exact<{ [key: string]: never; }>;


export type McpSourceListQuery = { sources: Array<{ key: string, title: string, titleEn: string | null, publishedOn: string }> };

export type McpSourceTextQueryVariables = Exact<{
  key: string;
}>;


export type McpSourceTextQuery = { source: { key: string, title: string, text: string } | null };

export const DistrictListsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DistrictLists"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"District"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"industries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"honors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supporters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DistrictListsFragment, unknown>;
export const EntityBriefFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityBrief"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]} as unknown as DocumentNode<EntityBriefFragment, unknown>;
export const CitationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]}}]} as unknown as DocumentNode<CitationFieldsFragment, unknown>;
export const GraphEdgeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphEdgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<GraphEdgeFieldsFragment, unknown>;
export const McpCitationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"McpCitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plain"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<McpCitationFragment, unknown>;
export const DistrictOverviewDocument = {"__meta__":{"hash":"sha256:a6b9fe19fd619ecd5a86e4da4789d2b1bf05c773a7e053fa61b37eb78fcbcbcc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"District"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"industries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"honors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supporters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DistrictOverviewQuery, DistrictOverviewQueryVariables>;
export const DistrictOverviewDeferredDocument = {"__meta__":{"hash":"sha256:d42faaad574a225fc681c704e7a9033d7d883c8a09843b1dee93f69a923d8302","deferredFields":{"DistrictLists":["industries","honors","supporters","teams"]}},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictOverviewDeferred"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DistrictLists"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"defer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"label"},"value":{"kind":"StringValue","value":"lists","block":false}}]}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DistrictLists"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"District"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"industries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"honors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supporters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DistrictOverviewDeferredQuery, DistrictOverviewDeferredQueryVariables>;
export const ExplorerSearchDocument = {"__meta__":{"hash":"sha256:e4c60aa07d320e723b452d5df485f1b2d65209a68526415f4167c1bbc5b27e6d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityBrief"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityBrief"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]} as unknown as DocumentNode<ExplorerSearchQuery, ExplorerSearchQueryVariables>;
export const ExplorerEntityBriefDocument = {"__meta__":{"hash":"sha256:1a9c7870079112a2328e665a2af1fa15f4572a164d81f9871f9024fab6797636"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerEntityBrief"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityBrief"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityBrief"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]} as unknown as DocumentNode<ExplorerEntityBriefQuery, ExplorerEntityBriefQueryVariables>;
export const ExplorerEntityDocument = {"__meta__":{"hash":"sha256:b360025eede08082f922a2b851e154f9e237ecef468f53cbac98d2f31534daca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerEntity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityBrief"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"scopeEn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"valueText"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"citation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityBrief"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityBrief"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityBrief"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]}}]} as unknown as DocumentNode<ExplorerEntityQuery, ExplorerEntityQueryVariables>;
export const ExplorerSubgraphDocument = {"__meta__":{"hash":"sha256:c471ef43a39276d3b3001647026fa6584a022cf417b25d98b1b35c2ee8ac77fe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerSubgraph"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subgraph"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityBrief"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphEdgeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityBrief"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphEdgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<ExplorerSubgraphQuery, ExplorerSubgraphQueryVariables>;
export const ExplorerPathDocument = {"__meta__":{"hash":"sha256:326d8747ad465c2123cf3b91d7be746558538cd9e8d67629aa3c19683520d062"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerPath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortestPath"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"toKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityBrief"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphEdgeFields"}},{"kind":"Field","name":{"kind":"Name","value":"citation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityBrief"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphEdgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<ExplorerPathQuery, ExplorerPathQueryVariables>;
export const ExplorerSourceSpansDocument = {"__meta__":{"hash":"sha256:758354d32a3190fca59db9a216c68b6caf403a00bf55be39f0526b03fc848a51"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerSourceSpans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"entities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityBrief"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphEdgeFields"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityBrief"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityBrief"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"valueText"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityBrief"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityBrief"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphEdgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<ExplorerSourceSpansQuery, ExplorerSourceSpansQueryVariables>;
export const ExplorerEditableEntityDocument = {"__meta__":{"hash":"sha256:2d56a7c5c824e0cfd4fb14c860999064004451ac6df419b75d5c889902e96a66"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerEditableEntity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerEditableEntityQuery, ExplorerEditableEntityQueryVariables>;
export const ExplorerUpsertEntityDocument = {"__meta__":{"hash":"sha256:fe82d5bd24f3d0e7074b6b39784ec31d06b6b3bb1d2dd9b047a519ebc8a22aa0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExplorerUpsertEntity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertEntityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertEntity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerUpsertEntityMutation, ExplorerUpsertEntityMutationVariables>;
export const ExplorerAddRelationshipDocument = {"__meta__":{"hash":"sha256:635e68bb6cc63b8afa6fe7fac4bc988f05f21d289ec6ccc83881efbe7f443f08"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExplorerAddRelationship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddRelationshipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRelationship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"citation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerAddRelationshipMutation, ExplorerAddRelationshipMutationVariables>;
export const ExplorerChangesDocument = {"__meta__":{"hash":"sha256:8f2a741039efb1638370e7af2aefd1e21a1e0a6f2f060d8d2dab4ffb33cd8a08"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ExplorerChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"afterSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"who"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}},{"kind":"Field","name":{"kind":"Name","value":"keys"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<ExplorerChangesSubscription, ExplorerChangesSubscriptionVariables>;
export const ExplorerLastChangeSeqDocument = {"__meta__":{"hash":"sha256:c3505905dd48734cca195cf5db6c24044549007f0f4e60683e348fc27def731a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerLastChangeSeq"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastChangeSeq"}}]}}]} as unknown as DocumentNode<ExplorerLastChangeSeqQuery, ExplorerLastChangeSeqQueryVariables>;
export const ExplorerTimelineDocument = {"__meta__":{"hash":"sha256:b9c4b5a94541f8802a7f596a4028e16022ff8780d7976ed191fa524db4764b4b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerTimeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityBrief"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityBrief"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]} as unknown as DocumentNode<ExplorerTimelineQuery, ExplorerTimelineQueryVariables>;
export const McpSearchEntitiesDocument = {"__meta__":{"hash":"sha256:0f96924ea1c5f345edd7a637f3949019ce0e450691d3eecf0d36645c5c7fc74a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"McpSearchEntities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}}]}}]}}]}}]} as unknown as DocumentNode<McpSearchEntitiesQuery, McpSearchEntitiesQueryVariables>;
export const McpGetEntityDocument = {"__meta__":{"hash":"sha256:e866ba507d5ab65f3f05c1e88b5bdaaa468944907374ce930734f461accf710b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"McpGetEntity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"McpCitation"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"valueText"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"citation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"McpCitation"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"McpCitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plain"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<McpGetEntityQuery, McpGetEntityQueryVariables>;
export const McpExplainLinkDocument = {"__meta__":{"hash":"sha256:9d25cfaa053709ab2a6eb1e8aa24f608d9ed4fc3621d0ce803ed35d003461b31"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"McpExplainLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"explain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"toKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"hops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forward"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"McpCitation"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"McpCitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plain"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<McpExplainLinkQuery, McpExplainLinkQueryVariables>;
export const McpNeighbourhoodDocument = {"__meta__":{"hash":"sha256:49d78061fd2fe03a7a2e4519eefd0f11da0823c906d89beb6e9ee1c69fa014a4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"McpNeighbourhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subgraph"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"McpCitation"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"McpCitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plain"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<McpNeighbourhoodQuery, McpNeighbourhoodQueryVariables>;
export const McpTimelineDocument = {"__meta__":{"hash":"sha256:98cf9efb112c43f7815063957d5b45d69033e4bc691434794183a0dc05570b4a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"McpTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"McpCitation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"McpCitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plain"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<McpTimelineQuery, McpTimelineQueryVariables>;
export const McpFiguresDocument = {"__meta__":{"hash":"sha256:fff8076af192d4d597bcf1569b38df6a855b0665c3dac986e20a6b9d54f2ea14"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"McpFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"valueText"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"McpCitation"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"McpCitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plain"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<McpFiguresQuery, McpFiguresQueryVariables>;
export const McpFigureGroupsDocument = {"__meta__":{"hash":"sha256:1bf8d2dec834a41d683668a070ea689692f6207aaf8172d9a4046435099b04a4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"McpFigureGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"by"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticGroupField"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statisticGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sum"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}}]}}]}}]}}]} as unknown as DocumentNode<McpFigureGroupsQuery, McpFigureGroupsQueryVariables>;
export const McpReadPassageDocument = {"__meta__":{"hash":"sha256:60afed55a3229a6956ef129a554755aa3de231846124f40eca4f4bf7d897bda0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"McpReadPassage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sourceKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"start"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"end"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"context"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sourceKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"passage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"start"},"value":{"kind":"Variable","name":{"kind":"Name","value":"start"}}},{"kind":"Argument","name":{"kind":"Name","value":"end"},"value":{"kind":"Variable","name":{"kind":"Name","value":"end"}}},{"kind":"Argument","name":{"kind":"Name","value":"context"},"value":{"kind":"Variable","name":{"kind":"Name","value":"context"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"sentences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"plain"}}]}}]}}]}}]}}]} as unknown as DocumentNode<McpReadPassageQuery, McpReadPassageQueryVariables>;
export const McpSourceListDocument = {"__meta__":{"hash":"sha256:558fbae1505d6b643b5e2b7846b5180a92700ca4ed28f0ad006e636adce13e14"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"McpSourceList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]}}]} as unknown as DocumentNode<McpSourceListQuery, McpSourceListQueryVariables>;
export const McpSourceTextDocument = {"__meta__":{"hash":"sha256:02f4bcae2d60b57df8730782863da198aedf3ba9549350e80b4190d83015f9cc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"McpSourceText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<McpSourceTextQuery, McpSourceTextQueryVariables>;