import { type GraphQLSchema, isObjectType } from 'graphql';
import { badInput } from '../errors.ts';

/**
 * Global IDs are base64url of `Type:key` (`Town:town:jinxi`), so they survive restarts. Two kinds of
 * wrong ID get two answers, the same everywhere:
 * - malformed (not base64url of `Type:key`): BAD_USER_INPUT naming the argument;
 * - well-formed but naming nothing (an unknown type, a type that is not a node such as `Change` or
 *   `Entity`, a deleted or missing key, a key of another type): null.
 */

export interface GlobalId {
  typename: string;
  id: string;
}

const TYPENAME = /^[A-Z][A-Za-z]*$/;
const BASE64URL = /^[A-Za-z0-9_-]+={0,2}$/;
const MAX_KEY_LENGTH = 500;

export const encodeGlobalId = (typename: string, id: string): string =>
  Buffer.from(`${typename}:${id}`, 'utf8').toString('base64url');

export function decodeGlobalId(globalId: string, argument = 'id'): GlobalId {
  const decoded = BASE64URL.test(globalId) ? Buffer.from(globalId, 'base64url').toString('utf8') : '';
  const separator = decoded.indexOf(':');
  const typename = decoded.slice(0, separator);
  const id = decoded.slice(separator + 1);
  if (separator < 1 || !TYPENAME.test(typename) || id.length === 0 || id.length > MAX_KEY_LENGTH) {
    throw badInput(
      `\`${argument}\`: "${globalId.slice(0, 100)}" is not a valid ID; use one read from an \`id\` field.`,
      argument,
    );
  }
  return { typename, id };
}

/** True when `typename` is an object type implementing Node: only those can be loaded by ID. */
export function namesNodeType(schema: GraphQLSchema, typename: string): boolean {
  const type = schema.getType(typename);
  return isObjectType(type) && type.getInterfaces().some((implemented) => implemented.name === 'Node');
}
