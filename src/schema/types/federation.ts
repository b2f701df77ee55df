import type { Context } from '../../context.ts';
import { ENTITY_TYPE_NAMES, ENTITY_TYPES } from '../../domain/vocabulary.ts';
import type { EntityRow } from '../../graph/storage.ts';
import { builder } from '../builder.ts';
import { decodeGlobalId } from '../global-id.ts';
import { EntityRef, EntityTypeRefs, RelationshipRef, SourceRef, StatisticRef } from '../refs.ts';

/**
 * What a federation gateway may resolve here by key (Apollo Federation 2 `@key`), for the subgraph
 * schema of ../subgraph.ts; the plain schema prints none of it. Entities and sources are found by
 * their stable `key` or by their global `id`, relationships and figures by `id`. Every reference is
 * loaded through the request's loaders, so a gateway asking for 100 entities costs one statement,
 * and their fields one statement per level, as for any other read.
 *
 * A reference naming nothing (an unknown key, a key of another type, a malformed ID) resolves to
 * null, as `node(id:)` does.
 */

type Reference = { key?: string; id?: string };

const byKeyOrId = [builder.selection<{ key: string }>('key'), builder.selection<{ id: string }>('id')];
const byId = builder.selection<{ id: string }>('id');

/** The key a reference names: its `key`, or the key inside its global `id` if that ID names `typename`. */
function keyOf(reference: Reference, accepts: (typename: string) => boolean): string | undefined {
  if (typeof reference.key === 'string') return reference.key;
  if (typeof reference.id !== 'string') return undefined;
  try {
    const { typename, id } = decodeGlobalId(reference.id);
    return accepts(typename) ? id : undefined;
  } catch {
    return undefined; // a malformed ID names nothing
  }
}

async function entityOf(reference: Reference, ctx: Context, type?: EntityRow['type']) {
  const key = keyOf(reference, (typename) => typename === (type ? ENTITY_TYPES[type].label : typename));
  if (key === undefined) return null;
  const row = await ctx.loaders.entity.load(key);
  return row && (type === undefined || row.type === type) ? row : null;
}

// Another subgraph may extend every entity at once through `Entity @interfaceObject`.
builder.asEntity(EntityRef, {
  key: byKeyOrId,
  resolveReference: (reference, ctx) => entityOf(reference, ctx),
});

for (const type of ENTITY_TYPE_NAMES) {
  builder.asEntity(EntityTypeRefs[type], {
    key: byKeyOrId,
    resolveReference: (reference, ctx) => entityOf(reference, ctx, type),
  });
}

builder.asEntity(SourceRef, {
  key: byKeyOrId,
  resolveReference: async (reference, ctx) => {
    const key = keyOf(reference, (typename) => typename === 'Source');
    return key === undefined ? null : ((await ctx.loaders.source.load(key)) ?? null);
  },
});

builder.asEntity(RelationshipRef, {
  key: byId,
  resolveReference: async (reference, ctx) => {
    const key = keyOf(reference, (typename) => typename === 'Relationship');
    return key === undefined ? null : ((await ctx.loaders.relationship.load(key)) ?? null);
  },
});

builder.asEntity(StatisticRef, {
  key: byId,
  resolveReference: async (reference, ctx) => {
    const key = keyOf(reference, (typename) => typename === 'Statistic');
    return key === undefined ? null : ((await ctx.loaders.statistic.load(key)) ?? null);
  },
});
