import type { ArgBuilder } from '@pothos/core';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.ts';
import type { EntityType, RelationshipType } from '../../domain/vocabulary.ts';
import { badInput, userError } from '../../errors.ts';
import { MAX_PATH_HOPS, MAX_SUBGRAPH_DEPTH, type TraversalFilter } from '../../graph/paths.ts';
import {
  citationOfRow,
  type EntityParts,
  type ProjectedEntityRow,
  type RelationshipRow,
} from '../../graph/storage.ts';
import { typeFilter } from '../arguments.ts';
import { type BuilderTypes, builder } from '../builder.ts';
import { entityParts, selects } from '../lookahead.ts';
import { CitationRef, EntityRef, RelationshipRef } from '../refs.ts';
import { EntityTypeEnum, RelationshipTypeEnum } from './enums.ts';

/** Path, subgraph and neighbourhood queries, with their bounds on hops, depth and size. */

const MAX_SUBGRAPH_NODES = 1000;

interface PathRow {
  nodes: ProjectedEntityRow[];
  relationships: RelationshipRow[];
}

/** One step of a path, in walking order, with the relationship it takes and the sentence stating it. */
interface HopRow {
  from: ProjectedEntityRow;
  to: ProjectedEntityRow;
  relationship: RelationshipRow;
}

const hopsOf = (path: PathRow): HopRow[] =>
  path.relationships.map((relationship, i) => ({
    from: path.nodes[i] as ProjectedEntityRow,
    to: path.nodes[i + 1] as ProjectedEntityRow,
    relationship,
  }));

/** What a path's selection reads of its entities, as nodes or as the ends of its hops. */
function pathParts(info: GraphQLResolveInfo): EntityParts {
  const read = [['nodes'], ['hops', 'from'], ['hops', 'to']].map((path) => entityParts(info, path));
  return {
    details: read.some((parts) => parts.details),
    citations: read.some((parts) => parts.citations),
  };
}

const PathHopRef = builder.objectRef<HopRow>('PathHop').implement({
  description:
    'One step along a path, in walking order: the relationship it takes (which may point either way) and the citation that states it, with its sentence.',
  fields: (t) => ({
    from: t.field({ type: EntityRef, description: 'Where the step starts.', resolve: (hop) => hop.from }),
    to: t.field({ type: EntityRef, description: 'Where the step ends.', resolve: (hop) => hop.to }),
    forward: t.boolean({
      description:
        'True when the relationship points from `from` to `to`; false when the step walks it backwards.',
      resolve: (hop) => hop.relationship.from === hop.from.key,
    }),
    relationship: t.field({
      type: RelationshipRef,
      description: 'The relationship taken.',
      resolve: (hop) => hop.relationship,
    }),
    citation: t.field({
      type: CitationRef,
      nullable: true,
      description: "The relationship's citation: its quote, where it stands and the sentence around it.",
      resolve: ({ relationship }) => citationOfRow(relationship),
    }),
  }),
});

const PathRef = builder.objectRef<PathRow>('Path').implement({
  description: 'A chain of entities joined by relationships, from the first node to the last.',
  fields: (t) => ({
    length: t.int({
      description: 'Number of relationships on the path.',
      resolve: (p) => p.relationships.length,
    }),
    nodes: t.field({
      type: [EntityRef],
      description: 'The entities, in path order.',
      resolve: (p) => p.nodes,
    }),
    relationships: t.field({
      type: [RelationshipRef],
      description: 'The relationships, in path order; each may point either way along the path.',
      resolve: (p) => p.relationships,
    }),
    hops: t.field({
      type: [PathHopRef],
      description: 'The steps, in walking order, each with the sentence that states its relationship.',
      resolve: hopsOf,
    }),
  }),
});

const SubgraphRef = builder
  .objectRef<{
    nodes: ProjectedEntityRow[];
    relationships: RelationshipRow[] | undefined;
    truncated: boolean;
  }>('Subgraph')
  .implement({
    description: "A neighbourhood for drawing: every relationship's ends are among `nodes`.",
    fields: (t) => ({
      nodes: t.field({
        type: [EntityRef],
        description: 'The centre first, then the others nearest first.',
        resolve: (s) => s.nodes,
      }),
      relationships: t.field({
        type: [RelationshipRef],
        description: 'Every relationship among `nodes`.',
        resolve: (s) => {
          // Read whenever the selection has this field (lookahead.ts's selects), deferred or not.
          if (!s.relationships) throw new Error('the subgraph was read without its relationships');
          return s.relationships;
        },
      }),
      truncated: t.exposeBoolean('truncated', {
        description: 'True when `limit` cut the neighbourhood short.',
      }),
    }),
  });

/** The shortest path of shortestPath and explain; null when there is none within maxHops. */
async function shortestPath(
  args: { fromKey: string; toKey: string; maxHops?: number | null } & Parameters<typeof traversalFilter>[0],
  ctx: Context,
  info: GraphQLResolveInfo,
): Promise<PathRow | null> {
  const maxHops = boundedInt(args.maxHops ?? 6, 1, MAX_PATH_HOPS, 'maxHops');
  const filter = traversalFilter(args);
  if (args.fromKey === args.toKey) {
    const entity = await ctx.loaders.entity.load(args.fromKey);
    if (!entity) throw badInput(`No entity has the key "${args.fromKey}".`, 'fromKey');
    return { nodes: [entity], relationships: [] };
  }
  const result = await ctx.repos.paths.shortest(args.fromKey, args.toKey, maxHops, filter, pathParts(info));
  if (!result.fromExists) throw badInput(`No entity has the key "${args.fromKey}".`, 'fromKey');
  if (!result.toExists) throw badInput(`No entity has the key "${args.toKey}".`, 'toKey');
  return result.path ?? null;
}

function boundedInt(value: number, min: number, max: number, argument: string): number {
  if (value < min || value > max)
    throw badInput(`\`${argument}\` must be between ${min} and ${max}; got ${value}.`, argument);
  return value;
}

/** The arguments of shortestPath and explain: two ends, the longest path, the type filters. */
const pathArgs = (arg: ArgBuilder<BuilderTypes>) => ({
  fromKey: arg.string({ required: true, description: 'Key of the first entity, e.g. `org:citic-group`.' }),
  toKey: arg.string({ required: true, description: 'Key of the last entity, e.g. `scenic:zhuoshui`.' }),
  maxHops: arg.int({ defaultValue: 6, description: `Longest path to consider, 1..${MAX_PATH_HOPS}.` }),
  ...traversalArgs(arg),
});

/** The relationship and entity type filters shared by shortestPath and subgraph; traversalFilter reads them. */
const traversalArgs = (arg: ArgBuilder<BuilderTypes>) => ({
  relationshipTypes: arg({
    type: [RelationshipTypeEnum],
    description: 'Only follow these relationship types.',
  }),
  entityTypes: arg({
    type: [EntityTypeEnum],
    description:
      'Only walk through entities of these types: every entity on the way and every one returned is of them, except the ends of a path and the centre of a subgraph.',
  }),
});

function traversalFilter(args: {
  relationshipTypes?: readonly RelationshipType[] | null;
  entityTypes?: readonly EntityType[] | null;
}): TraversalFilter {
  return {
    relationshipTypes: typeFilter(args.relationshipTypes, 'relationshipTypes'),
    entityTypes: typeFilter(args.entityTypes, 'entityTypes'),
  };
}

builder.queryFields((t) => ({
  shortestPath: t.field({
    type: PathRef,
    nullable: true,
    description:
      'A shortest path between two entities, ignoring direction; null when none within `maxHops`. ' +
      'An unknown key is an error (BAD_USER_INPUT).',
    args: pathArgs(t.arg),
    resolve: (_root, args, ctx, info) => shortestPath(args, ctx, info),
  }),
  explain: t.field({
    type: PathRef,
    nullable: true,
    description:
      'Why two entities are linked: a shortest path between them, to read through `hops` (each relationship with its located citation and sentence). Null when they are not linked within `maxHops`; an unknown key is an error (BAD_USER_INPUT).',
    args: pathArgs(t.arg),
    resolve: (_root, args, ctx, info) => shortestPath(args, ctx, info),
  }),
  subgraph: t.field({
    type: SubgraphRef,
    description: 'The neighbourhood within `depth` hops of an entity, at most `limit` nodes (nearest first).',
    args: {
      key: t.arg.string({ required: true, description: 'Key of the centre entity.' }),
      depth: t.arg.int({ defaultValue: 1, description: `Hops from the centre, 1..${MAX_SUBGRAPH_DEPTH}.` }),
      limit: t.arg.int({
        defaultValue: 200,
        description: `Most nodes to return, centre included, 1..${MAX_SUBGRAPH_NODES}.`,
      }),
      ...traversalArgs(t.arg),
    },
    resolve: async (_root, args, ctx, info) => {
      const depth = boundedInt(args.depth ?? 1, 1, MAX_SUBGRAPH_DEPTH, 'depth');
      const limit = boundedInt(args.limit ?? 200, 1, MAX_SUBGRAPH_NODES, 'limit');
      // Only what the selection reads: the relationships among the nodes, the nodes' details and citations.
      const result = await ctx.repos.paths.subgraph(args.key, depth, limit, traversalFilter(args), {
        relationships: selects(info, ['relationships']),
        ...entityParts(info, ['nodes']),
      });
      if (!result.exists)
        throw userError('NOT_FOUND', `No entity has the key "${args.key}".`, { argument: 'key' });
      return result;
    },
  }),
}));
