/**
 * The closed vocabularies of the knowledge graph. Labels and relationship types in Cypher come only
 * from these lists, never from user input; the GraphQL enums and the seed validator are built from them.
 */

export const ENTITY_TYPES = {
  DISTRICT: {
    label: 'District',
    prefix: 'district',
    file: 'district',
    description: 'A district or county (区、县).',
  },
  TOWN: {
    label: 'Town',
    prefix: 'town',
    file: 'town',
    description: 'A town, township or subdistrict (镇、乡、街道).',
  },
  VILLAGE: {
    label: 'Village',
    prefix: 'village',
    file: 'village',
    description: 'A village or community (村、社区).',
  },
  SCENIC_AREA: {
    label: 'ScenicArea',
    prefix: 'scenic',
    file: 'scenic-area',
    description: 'A scenic area or tourist site (景区).',
  },
  ORGANIZATION: {
    label: 'Organization',
    prefix: 'org',
    file: 'organization',
    description:
      'A government body, enterprise, assisting city or province, hospital, school or other institution.',
  },
  INDUSTRY: { label: 'Industry', prefix: 'industry', file: 'industry', description: 'An industry (产业).' },
  PRODUCT: { label: 'Product', prefix: 'product', file: 'product', description: 'A product (产品).' },
  TEAM: {
    label: 'Team',
    prefix: 'team',
    file: 'team',
    description: 'A team or group of people (团队、工作队).',
  },
  HONOR: {
    label: 'Honor',
    prefix: 'honor',
    file: 'honor',
    description: 'An honour conferred on a recipient (荣誉).',
  },
  BRAND: {
    label: 'Brand',
    prefix: 'brand',
    file: 'brand',
    description:
      'A brand, title or designation: geographical indications, 中国蚕桑之乡, 国家5A级旅游景区 ...',
  },
  INITIATIVE: {
    label: 'Initiative',
    prefix: 'initiative',
    file: 'initiative',
    description: 'A work method, programme, campaign or activity (三联三促, 四个三, 千师访万家 ...).',
  },
  EVENT: {
    label: 'Event',
    prefix: 'event',
    file: 'event',
    description: 'A dated happening on the timeline.',
  },
  PLACE: {
    label: 'Place',
    prefix: 'place',
    file: 'place',
    description: 'A region or other place (武陵山区, 渝东南, 阿蓬江 ...).',
  },
  CONCEPT: {
    label: 'Concept',
    prefix: 'concept',
    file: 'concept',
    description: 'A goal, principle or motto (两不愁三保障, 生态优先、绿色发展 ...).',
  },
} as const;

export type EntityType = keyof typeof ENTITY_TYPES;
export const ENTITY_TYPE_NAMES = Object.keys(ENTITY_TYPES) as EntityType[];

export const RELATIONSHIP_TYPES = {
  LOCATED_IN: 'A place lies in, or along, a larger place (a town in its district, a belt along its river).',
  PART_OF: 'A member, component or sub-unit of something larger.',
  HAS_INDUSTRY: 'A place has or develops an industry.',
  PRODUCES: 'An industry, place or organisation produces a product.',
  AWARDED_TO: 'An honour, to its recipient.',
  CONFERRED_BY: 'An honour or designation, to the body that conferred it.',
  PRESENTED_AT: 'An honour, to the event where it was presented.',
  DESIGNATED_AS: 'An entity, to a brand, title or designation it holds.',
  SUPPORTS: 'An organisation, team or initiative, to the place, industry, product or people it helps.',
  STAFFS: 'An organisation, to a team its people are drawn into (医生抽调组成医疗专家组).',
  DIRECTS:
    'A body, to the work it directs: it sets the arrangements, requirements or guidance (部署、要求、指导性文件).',
  IMPLEMENTS: 'An actor, to an initiative it carries out.',
  APPLIED_TO:
    'A method or initiative, to the people it manages or the work it serves (三联三促 -> 驻村干部团队).',
  CREATED: 'An actor, to an initiative or method it originated.',
  BUILDS: 'An actor, to what it builds up or forms: a site, a belt, a cluster, a team (打造、组建、成立).',
  PARTICIPATED_IN: 'An actor, to an event it took part in.',
  HELD_IN: 'An event, to where it took place.',
  CONCERNS: 'An event, to what it is about.',
  UPHOLDS: 'An actor, to a concept, goal or principle it follows or achieves.',
} as const;

export type RelationshipType = keyof typeof RELATIONSHIP_TYPES;
export const RELATIONSHIP_TYPE_NAMES = Object.keys(RELATIONSHIP_TYPES) as RelationshipType[];

/**
 * `LOCATED_IN|PART_OF|...` for `[r:...]`: matches knowledge relationships and nothing else (not
 * citations, not statistics). No types, or an empty list, means every knowledge relationship.
 */
export const relationshipPattern = (types?: readonly RelationshipType[]): string =>
  (types?.length ? types : RELATIONSHIP_TYPE_NAMES).join('|');
