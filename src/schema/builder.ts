import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import type { Context } from '../context.ts';
import { badInput } from '../errors.ts';

/** The GraphQL type names that carry global IDs; the relay plugin fills in node(id) for each. */
const NODE_TYPENAME = /^[A-Z][A-Za-z]*$/;

/**
 * Configures the builder and its plugins; defines no types. Fields, edges and nodes are non-null
 * unless a field says otherwise. Global IDs are base64url of `Type:key`, so they survive restarts;
 * a malformed one is the client's error, not ours.
 */
export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  plugins: [RelayPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    nodeTypeOptions: { description: 'Relay global object identification: anything with a global `id`.' },
    pageInfoTypeOptions: { description: 'Where a page of a connection sits in the whole list.' },
    idFieldOptions: { description: 'Opaque global ID; `node(id:)` resolves it.' },
    nodeQueryOptions: { description: 'Anything with a global ID; null when nothing has it.' },
    nodesQueryOptions: {
      description: 'Several objects by global ID, in the order asked; null for IDs that match nothing.',
    },
    encodeGlobalID: (typename, id) => Buffer.from(`${typename}:${id}`, 'utf8').toString('base64url'),
    decodeGlobalID: (globalID) => {
      const decoded = Buffer.from(globalID, 'base64url').toString('utf8');
      const separator = decoded.indexOf(':');
      const typename = decoded.slice(0, separator);
      const id = decoded.slice(separator + 1);
      if (separator < 1 || !NODE_TYPENAME.test(typename) || id.length === 0 || id.length > 500) {
        throw badInput(`"${globalID.slice(0, 100)}" is not a valid ID.`, 'id');
      }
      return { typename, id };
    },
  },
});

builder.queryType({ description: 'Read the Qianjiang poverty-alleviation knowledge graph.' });
