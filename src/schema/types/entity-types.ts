import type { ObjectFieldBuilder } from '@pothos/core';
import type { Context } from '../../context.ts';
import {
  ENTITY_TYPE_NAMES,
  ENTITY_TYPES,
  type EntityType,
  type RelationshipType,
} from '../../domain/vocabulary.ts';
import type { Direction, PageAsk, Through } from '../../graph/asks.ts';
import type { EntityParts, ProjectedEntityRow } from '../../graph/storage.ts';
import { type BuilderTypes, builder } from '../builder.ts';
import { fromPart } from '../entity-parts.ts';
import { asksExtension, entityParts } from '../lookahead.ts';
import { EntityRef, EntityTypeRefs, RelationshipRef } from '../refs.ts';

/**
 * One object type per entity type, each implementing `Entity`, plus typed domain fields so a
 * frontend gets a whole page in one request (District.towns, Honor.recipient, Team.initiatives ...).
 * Every domain field is a view of relationship pages asked of the entity (../../graph/asks.ts), batched
 * per level and declared on the field for lookahead, so none costs a query per item.
 */

type Fields = ObjectFieldBuilder<BuilderTypes, ProjectedEntityRow>;

// Domain lists are whole (not paged): they are short by nature. The cap guards against hubs.
const DOMAIN_LIST_LIMIT = 500;

/**
 * What a domain list asks: every relationship of `types` in `direction` (up to the cap), as one
 * page; its entities in `parts` (absent: whole, for a list of the relationships themselves).
 */
function listAsk(
  direction: Direction,
  types: RelationshipType[],
  entityTypes?: EntityType[],
  through?: Through,
  parts?: EntityParts,
): PageAsk {
  return {
    kind: 'page',
    page: {
      direction,
      types,
      entityTypes: entityTypes ?? null,
      through: through ?? null,
      skip: 0,
      limit: DOMAIN_LIST_LIMIT,
      ...(parts && { parts }),
    },
  };
}

/** The answer to a page ask, batched with everything else asked of entities at this level. */
const pageOf = (ctx: Context, entity: ProjectedEntityRow, ask: PageAsk) => ctx.loaders.page(entity.key, ask);

/** Field extensions declaring the field's fixed asks, for the lookahead of the root fields. */
const asking = (...asks: PageAsk[]) => asksExtension(() => asks);

/**
 * Field extensions declaring the asks of a field returning entities, which read the parts the
 * field's selection reads of them; its resolver passes `entityParts(info, [])` to the same `asks`.
 */
const askingFor = (asks: (parts: EntityParts) => PageAsk[]) =>
  asksExtension((_args: object, parts) => asks(parts), []);

const uniqueEntities = (entities: ProjectedEntityRow[]) => [
  ...new Map(entities.map((e) => [e.key, e])).values(),
];

/** Entities of one of `asks`' pages, first page first, each once. */
async function entitiesOf(ctx: Context, entity: ProjectedEntityRow, asks: PageAsk[]) {
  const pages = await Promise.all(asks.map((ask) => pageOf(ctx, entity, ask)));
  return uniqueEntities(pages.flatMap((page) => page.items.map((item) => item.entity)));
}

/**
 * What points at `entity` by `target`, directly or at one of its members (what points at it by
 * `via`): villages of a district's towns, honours of a district's own bodies. Both are asked at once.
 */
function directOrThrough(
  t: Fields,
  type: (typeof EntityTypeRefs)[EntityType],
  target: { types: RelationshipType[]; of: EntityType },
  via: Through,
  description: string,
) {
  const asks = (parts: EntityParts) => [
    listAsk('IN', target.types, [target.of], undefined, parts),
    listAsk('IN', target.types, [target.of], via, parts),
  ];
  return t.field({
    type: [type],
    description,
    extensions: askingFor(asks),
    resolve: (entity, _args, ctx, info) => entitiesOf(ctx, entity, asks(entityParts(info, []))),
  });
}

/** Entities of `entityType` related to the entity through `types` in `direction`. */
function relatedList(
  t: Fields,
  entityType: EntityType | undefined,
  direction: Direction,
  types: RelationshipType[],
  description: string,
) {
  const asks = (parts: EntityParts) => [
    listAsk(direction, types, entityType ? [entityType] : undefined, undefined, parts),
  ];
  return t.field({
    type: [entityType ? EntityTypeRefs[entityType] : EntityRef],
    description,
    extensions: askingFor(asks),
    resolve: (entity, _args, ctx, info) => entitiesOf(ctx, entity, asks(entityParts(info, []))),
  });
}

/** The single entity at the end of a relationship, e.g. Honor.recipient; null when the source names none. */
function relatedOne(t: Fields, direction: Direction, type: RelationshipType, description: string) {
  const ask = (parts: EntityParts) => listAsk(direction, [type], undefined, undefined, parts);
  return t.field({
    type: EntityRef,
    nullable: true,
    description,
    extensions: askingFor((parts) => [ask(parts)]),
    resolve: async (entity, _args, ctx, info) =>
      (await pageOf(ctx, entity, ask(entityParts(info, [])))).items[0]?.entity ?? null,
  });
}

/** The relationships themselves, for lists whose citation matters (who supports whom, and where it says so). */
function relationshipList(t: Fields, direction: Direction, type: RelationshipType, description: string) {
  const ask = listAsk(direction, [type]);
  return t.field({
    type: [RelationshipRef],
    description,
    extensions: asking(ask),
    resolve: async (entity, _args, ctx) =>
      (await pageOf(ctx, entity, ask)).items.map((item) => item.relationship),
  });
}

const designations = (t: Fields) =>
  relatedList(t, 'BRAND', 'OUT', ['DESIGNATED_AS'], 'Brands, titles and designations it holds.');
const supporters = (t: Fields) =>
  relationshipList(
    t,
    'IN',
    'SUPPORTS',
    'SUPPORTS relationships pointing here: `from` is the supporter, `citation` the sentence.',
  );
const inDistrict = (t: Fields) =>
  relatedList(t, 'DISTRICT', 'OUT', ['LOCATED_IN'], 'The district it lies in.');

const productAsks = (parts: EntityParts) => [
  listAsk('OUT', ['PRODUCES'], ['PRODUCT'], undefined, parts),
  listAsk('IN', ['PART_OF'], ['PRODUCT'], undefined, parts),
];
const AWARD_ASK = listAsk('OUT', ['AWARDED_TO']);

const domainFields: Partial<Record<EntityType, (t: Fields) => Record<string, ReturnType<Fields['field']>>>> =
  {
    DISTRICT: (t) => ({
      towns: relatedList(t, 'TOWN', 'IN', ['LOCATED_IN'], 'Towns and townships in the district.'),
      villages: directOrThrough(
        t,
        EntityTypeRefs.VILLAGE,
        { types: ['LOCATED_IN'], of: 'VILLAGE' },
        { types: ['LOCATED_IN'], of: 'TOWN' },
        'Villages in the district, directly or through one of its towns.',
      ),
      scenicAreas: relatedList(t, 'SCENIC_AREA', 'IN', ['LOCATED_IN'], 'Scenic areas in the district.'),
      regions: relatedList(
        t,
        'PLACE',
        'OUT',
        ['LOCATED_IN'],
        'The regions the district lies in (渝东南, 武陵山区 ...).',
      ),
      industries: relatedList(t, 'INDUSTRY', 'OUT', ['HAS_INDUSTRY'], 'Industries the district develops.'),
      honors: directOrThrough(
        t,
        EntityTypeRefs.HONOR,
        { types: ['AWARDED_TO'], of: 'HONOR' },
        { types: ['PART_OF'], of: 'ORGANIZATION' },
        'Honours awarded to the district, or to a body the source states is part of it (PART_OF).',
      ),
      designations: designations(t),
      supporters: supporters(t),
      teams: relatedList(t, 'TEAM', 'BOTH', [], 'Teams that work for the district.'),
      bodies: relatedList(
        t,
        'ORGANIZATION',
        'IN',
        ['PART_OF'],
        'Offices and systems the source states are part of the district (PART_OF).',
      ),
      events: relatedList(t, 'EVENT', 'BOTH', [], 'Events the district took part in or that concern it.'),
    }),
    TOWN: (t) => ({
      district: inDistrict(t),
      villages: relatedList(t, 'VILLAGE', 'IN', ['LOCATED_IN'], 'Villages in the town.'),
      designations: designations(t),
      supporters: supporters(t),
    }),
    VILLAGE: (t) => ({
      locatedIn: relatedList(t, undefined, 'OUT', ['LOCATED_IN'], 'The town or district it lies in.'),
      designations: designations(t),
    }),
    SCENIC_AREA: (t) => ({
      district: inDistrict(t),
      designations: designations(t),
    }),
    INDUSTRY: (t) => ({
      products: t.field({
        type: [EntityTypeRefs.PRODUCT],
        description: 'Products of the industry (it PRODUCES them, or they are PART_OF it).',
        extensions: askingFor(productAsks),
        resolve: (industry, _args, ctx, info) =>
          entitiesOf(ctx, industry, productAsks(entityParts(info, []))),
      }),
      places: relatedList(t, undefined, 'IN', ['HAS_INDUSTRY'], 'Places that develop the industry.'),
      partOf: relatedList(
        t,
        undefined,
        'OUT',
        ['PART_OF'],
        'What the industry belongs to (a plan, a belt, a larger industry).',
      ),
    }),
    PRODUCT: (t) => ({
      industries: relatedList(
        t,
        'INDUSTRY',
        'BOTH',
        ['PRODUCES', 'PART_OF'],
        'The industries it belongs to.',
      ),
      designations: designations(t),
    }),
    HONOR: (t) => ({
      recipient: relatedOne(t, 'OUT', 'AWARDED_TO', 'Who received the honour.'),
      conferredBy: relatedOne(t, 'OUT', 'CONFERRED_BY', 'Who conferred it, where the source says.'),
      presentedAt: relatedOne(
        t,
        'OUT',
        'PRESENTED_AT',
        'The event where it was presented, where the source says.',
      ),
      date: t.string({
        nullable: true,
        description: "When it was awarded, ISO 8601 at the source's precision (`2021-02-25`, `2021-03`).",
        extensions: asking(AWARD_ASK),
        resolve: async (honor, _args, ctx) =>
          (await pageOf(ctx, honor, AWARD_ASK)).items.find((item) => item.relationship.date)?.relationship
            .date ?? null,
      }),
      award: t.field({
        type: RelationshipRef,
        nullable: true,
        description: 'The AWARDED_TO relationship itself, with its citation.',
        extensions: asking(AWARD_ASK),
        resolve: async (honor, _args, ctx) =>
          (await pageOf(ctx, honor, AWARD_ASK)).items[0]?.relationship ?? null,
      }),
    }),
    BRAND: (t) => ({
      holders: relatedList(
        t,
        undefined,
        'IN',
        ['DESIGNATED_AS'],
        'Who holds the brand, title or designation.',
      ),
      conferredBy: relatedOne(t, 'OUT', 'CONFERRED_BY', 'Who conferred it, where the source says.'),
    }),
    ORGANIZATION: (t) => ({
      supports: relationshipList(
        t,
        'OUT',
        'SUPPORTS',
        'SUPPORTS relationships from this organization, with their citations.',
      ),
      created: relatedList(
        t,
        'INITIATIVE',
        'OUT',
        ['CREATED'],
        'Initiatives and work methods it originated.',
      ),
      implements: relatedList(t, 'INITIATIVE', 'OUT', ['IMPLEMENTS'], 'Initiatives it carries out.'),
      honors: relatedList(t, 'HONOR', 'IN', ['AWARDED_TO'], 'Honours it received.'),
      partOf: relatedList(t, undefined, 'OUT', ['PART_OF'], 'What it belongs to.'),
    }),
    TEAM: (t) => ({
      initiatives: relatedList(
        t,
        'INITIATIVE',
        'OUT',
        ['IMPLEMENTS', 'CREATED'],
        'Initiatives the team carries out.',
      ),
      supports: relationshipList(
        t,
        'OUT',
        'SUPPORTS',
        'SUPPORTS relationships from this team, with their citations.',
      ),
      members: relatedList(
        t,
        undefined,
        'IN',
        ['PART_OF', 'STAFFS'],
        'Teams that are part of it, and bodies whose people staff it.',
      ),
    }),
    INITIATIVE: (t) => ({
      implementedBy: relatedList(t, undefined, 'IN', ['IMPLEMENTS'], 'Who carries it out.'),
      createdBy: relatedList(t, undefined, 'IN', ['CREATED'], 'Who originated it.'),
      parts: relatedList(t, undefined, 'IN', ['PART_OF'], 'Its components.'),
    }),
    EVENT: (t) => ({
      date: t.string({
        description: 'ISO 8601 at the precision the source gives: `2017`, `2020-12` or `2021-02-25`.',
        resolve: fromPart('date', (date) => date ?? ''),
      }),
      participants: relatedList(t, undefined, 'IN', ['PARTICIPATED_IN'], 'Who took part.'),
      concerns: relatedList(
        t,
        undefined,
        'OUT',
        ['CONCERNS'],
        'What the event is about (an honour, a designation ...).',
      ),
      heldIn: relatedOne(t, 'OUT', 'HELD_IN', 'Where it took place, where the source says.'),
    }),
  };

for (const type of ENTITY_TYPE_NAMES) {
  builder.node(EntityTypeRefs[type], {
    description: `${ENTITY_TYPES[type].description} Implements \`Entity\`.`,
    interfaces: [EntityRef],
    id: { resolve: (row) => row.key },
    // A global ID names its type: an ID saying Town for a district's key resolves to nothing.
    loadMany: (keys, ctx) =>
      keys.map(async (key) => {
        const row = await ctx.loaders.entity.load(key);
        return row?.type === type ? row : null;
      }),
    isTypeOf: (row) => (row as ProjectedEntityRow).type === type,
    fields: (t) => domainFields[type]?.(t as Fields) ?? {},
  });
}
