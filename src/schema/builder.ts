import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DirectivePlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { JSONResolver } from 'graphql-scalars';
import type { Context } from '../context.ts';
import { userError } from '../errors.ts';
import { fieldComplexity } from './complexity.ts';
import { decodeGlobalId, encodeGlobalId } from './global-id.ts';

/**
 * Configures the builder, its plugins and the custom scalars; defines no object types. Fields, edges and nodes are non-null
 * unless a field says otherwise. Global IDs: ./global-id.ts.
 */
export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  AuthScopes: { reader: boolean; editor: boolean };
  Scalars: { JSON: { Input: unknown; Output: unknown } };
  // Every connection resolver returns its list's total, which each connection type exposes (./connection.ts).
  Connection: { totalCount: number };
}>({
  // Federation after the plugins that wrap resolvers, as its documentation asks. Its `_entities`
  // comes from @apollo/subgraph, outside their wrapping: ./subgraph.ts guards it.
  plugins: [ScopeAuthPlugin, ComplexityPlugin, RelayPlugin, DirectivePlugin, FederationPlugin],
  defaultFieldNullability: false,
  // Estimated work of an operation: list fields multiply what they contain by their page size
  // (`first`, `limit`), so 100 entities x 100 neighbours x 100 neighbours is refused before it runs.
  complexity: {
    defaultComplexity: 1,
    defaultListMultiplier: 10,
    fieldComplexity: (args, _ctx, field) => fieldComplexity(field.name, args),
    // The limit is checked while validating (src/http/limits.ts), on the document the client sent.
  },
  // Rules sit on the root types (Query: reader, Mutation: editor), so no root field exists without one.
  scopeAuth: {
    // A subscription is refused when it starts, not at its first event.
    authorizeOnSubscribe: true,
    authScopes: (ctx) => ({
      reader: ctx.publicReads || ctx.viewer !== undefined,
      editor: ctx.viewer?.role === 'editor',
    }),
    unauthorizedError: (_parent, ctx) =>
      ctx.viewer
        ? userError(
            'FORBIDDEN',
            `The token of "${ctx.viewer.name}" may not do this; it needs the editor role.`,
          )
        : userError('UNAUTHENTICATED', 'Sign in: send `Authorization: Bearer <token>` with an editor token.'),
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: { nullable: false, description: 'The items of this page, each with its cursor.' },
    nodeFieldOptions: { nullable: false, description: 'The item.' },
    cursorFieldOptions: { description: 'Pass as `after` to continue after this item.' },
    pageInfoFieldOptions: { description: 'Where this page sits in the whole list.' },
    hasNextPageFieldOptions: { description: 'True when items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'True when items come before this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first item of the page; null when it is empty.' },
    endCursorFieldOptions: { description: 'Cursor of the last item; pass it as `after` for the next page.' },
    nodeTypeOptions: { description: 'Relay global object identification: anything with a global `id`.' },
    pageInfoTypeOptions: { description: 'Where a page of a connection sits in the whole list.' },
    idFieldOptions: { description: 'Opaque global ID; `node(id:)` resolves it.' },
    // node(id:) and nodes(ids:) are defined in types/node.ts, with the ID rules of ../global-id.ts.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    encodeGlobalID: (typename, id) => encodeGlobalId(typename, String(id)),
    decodeGlobalID: (globalID) => decodeGlobalId(globalID),
  },
});

/** The builder's schema types, for helpers that build fields or arguments outside a type's definition. */
export type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

builder.addScalarType('JSON', JSONResolver, { description: 'Any JSON value.' });

builder.queryType({
  description: 'Read the Qianjiang poverty-alleviation knowledge graph.',
  authScopes: { reader: true },
});

builder.mutationType({
  description:
    'Curate the knowledge graph: every change is validated, cited, versioned and recorded in history.',
  authScopes: { editor: true },
});
