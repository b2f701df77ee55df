import { printSubgraphSchema } from '@apollo/subgraph';
import {
  type GraphQLFieldConfig,
  GraphQLObjectType,
  GraphQLSchema,
  isInterfaceType,
  isObjectType,
  type ObjectTypeDefinitionNode,
} from 'graphql';
import type { Context } from '../context.ts';
import { badInput, userError } from '../errors.ts';
import { builder } from './builder.ts';
import './index.ts';

/**
 * The Apollo Federation 2 subgraph: the plain schema plus `_service { sdl }` and
 * `_entities(representations:)` (entities declared in ./types/federation.ts), served at /subgraph
 * for a gateway (src/http/server.ts). The two root fields come from @apollo/subgraph, outside the
 * builder, so they are wrapped here to follow the API's rules: reads need the reader scope, a bad
 * representation is BAD_USER_INPUT naming it, and `_entities` costs its representations' count
 * times what is selected of each.
 */

/** Most representations one `_entities` call may name (a gateway batches per subgraph fetch). */
export const MAX_REPRESENTATIONS = 1_000;

let built: GraphQLSchema | undefined;

/** Built on first use: a server without a gateway never pays for it. */
export function subgraphSchema(): GraphQLSchema {
  built ??= guarded(builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' }));
  return built;
}

/** The SDL checked in as subgraph.graphql, as a gateway reads it from `_service { sdl }`. */
export const printedSubgraphSchema = (): string => `${printSubgraphSchema(subgraphSchema())}\n`;

function guarded(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  if (!query) throw new Error('the subgraph schema has no Query type');
  const config = query.toConfig();
  const entities = config.fields._entities;
  const service = config.fields._service;
  if (!entities?.resolve || !service?.resolve)
    throw new Error('the subgraph schema lacks _entities or _service');
  const guardedQuery = new GraphQLObjectType({
    ...config,
    astNode: config.astNode as ObjectTypeDefinitionNode | undefined,
    fields: {
      ...config.fields,
      _entities: {
        ...entities,
        description: `Entities by their \`@key\`, for a federation gateway; at most ${MAX_REPRESENTATIONS} per call.`,
        extensions: {
          ...entities.extensions,
          // Read by the cost estimate (src/http/limits.ts): each representation is one item.
          complexity: (args: { representations?: unknown[] }) => ({
            field: 1,
            multiplier: Math.max(1, args.representations?.length ?? 1),
          }),
        },
        resolve: (source, args, ctx: Context, info) => {
          const { representations } = args as { representations: unknown[] };
          // Refused per representation: a gateway reports errors at the paths of the items it asked for.
          const refusal = readerRefusal(ctx);
          if (refusal) return representations.map(() => refusal);
          checkRepresentations(schema, representations);
          return entities.resolve?.(source, args, ctx, info);
        },
      } satisfies GraphQLFieldConfig<unknown, Context>,
      _service: {
        ...service,
        resolve: (source, args, ctx: Context, info) => {
          const refusal = readerRefusal(ctx);
          if (refusal) throw refusal;
          return service.resolve?.(source, args, ctx, info);
        },
      } satisfies GraphQLFieldConfig<unknown, Context>,
    },
  });
  const whole = schema.toConfig();
  return new GraphQLSchema({
    ...whole,
    query: guardedQuery,
    types: whole.types.map((type) => (type === query ? guardedQuery : type)),
  });
}

/** The reader scope of every Query field (src/schema/builder.ts), for the two fields outside the builder. */
function readerRefusal(ctx: Context) {
  if (ctx.publicReads || ctx.viewer !== undefined) return undefined;
  return userError('UNAUTHENTICATED', 'Sign in: send `Authorization: Bearer <token>` with a reader token.');
}

/** Each representation names an entity type of this subgraph and carries its key fields. */
function checkRepresentations(schema: GraphQLSchema, representations: unknown[]): void {
  if (representations.length > MAX_REPRESENTATIONS) {
    throw badInput(
      `\`representations\`: ${representations.length} given, at most ${MAX_REPRESENTATIONS} per call.`,
      'representations',
    );
  }
  representations.forEach((representation, i) => {
    const argument = `representations[${i}]`;
    const typename = (representation as { __typename?: unknown } | null)?.__typename;
    if (typeof representation !== 'object' || representation === null || typeof typename !== 'string') {
      throw badInput(`\`${argument}\`: an object with a \`__typename\` is expected.`, argument);
    }
    const type = schema.getType(typename);
    const keyed = (isObjectType(type) || isInterfaceType(type)) && resolvesReferences(type);
    if (!keyed) {
      throw badInput(
        `\`${argument}\`: "${typename.slice(0, 100)}" is not an entity type of this subgraph.`,
        argument,
      );
    }
    const { key, id } = representation as { key?: unknown; id?: unknown };
    if (typeof key !== 'string' && typeof id !== 'string') {
      throw badInput(`\`${argument}\`: a \`key\` or an \`id\` string is expected.`, argument);
    }
  });
}

const resolvesReferences = (type: { extensions: Record<string, unknown> }): boolean =>
  typeof (type.extensions.apollo as { subgraph?: { resolveReference?: unknown } } | undefined)?.subgraph
    ?.resolveReference === 'function';
