import { resolveNodes } from '@pothos/plugin-relay';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.ts';
import { badInput } from '../../errors.ts';
import { MAX_PAGE_SIZE } from '../arguments.ts';
import { builder } from '../builder.ts';
import { decodeGlobalId, namesNodeType } from '../global-id.ts';

/**
 * `node(id:)` and `nodes(ids:)`, defined here instead of by the relay plugin so that an ID naming
 * a type that is not a node (`Change:1`, `Entity:town:jinxi`) is null like any ID naming nothing,
 * instead of an internal error, and `nodes` is bounded like every list.
 */

function load(ids: readonly string[], argument: string, ctx: Context, info: GraphQLResolveInfo) {
  const parsed = ids.map((id) => {
    const globalId = decodeGlobalId(id, argument);
    return namesNodeType(info.schema, globalId.typename) ? globalId : null;
  });
  return resolveNodes(builder, ctx, info, parsed);
}

builder.queryFields((t) => ({
  node: t.field({
    type: builder.nodeInterfaceRef(),
    nullable: true,
    description:
      'Anything with a global ID; null when nothing has it (an unknown or deleted key, or a type that is not a node). A malformed ID is BAD_USER_INPUT.',
    args: { id: t.arg.id({ required: true, description: 'A global ID, as read from any `id` field.' }) },
    resolve: async (_root, { id }, ctx, info) => (await load([String(id)], 'id', ctx, info))[0] ?? null,
  }),
  nodes: t.field({
    type: [builder.nodeInterfaceRef()],
    nullable: { list: false, items: true },
    description: `Several objects by global ID (at most ${MAX_PAGE_SIZE}), in the order asked; null for IDs that match nothing. One malformed ID makes the whole field BAD_USER_INPUT.`,
    args: {
      ids: t.arg.idList({
        required: true,
        description: `Global IDs, as read from \`id\` fields; at most ${MAX_PAGE_SIZE}.`,
      }),
    },
    resolve: (_root, { ids }, ctx, info) => {
      if (ids.length > MAX_PAGE_SIZE) {
        throw badInput(`\`ids\` takes at most ${MAX_PAGE_SIZE} IDs; got ${ids.length}.`, 'ids');
      }
      return load(ids.map(String), 'ids', ctx, info);
    },
  }),
}));
