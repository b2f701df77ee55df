/**
 * A small typed transport for the generated documents (client/generated), shared by the explorer
 * and the example client. Operations go by their trusted-document id, not their text: queries as
 * GET (so browsers and CDNs can keep them and revalidate with the ETag), mutations as POST.
 */

import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/** What went wrong: a GraphQL `extensions.code`, or NETWORK / HTTP when no GraphQL answer came. */
export type ErrorCode =
  | 'NETWORK'
  | 'HTTP'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'DATABASE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR'
  | (string & {});

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const isAbort = (error: unknown): boolean =>
  error instanceof DOMException && error.name === 'AbortError';

export interface RequestOptions {
  /** The GraphQL endpoint; default `/graphql` on the page's own origin. */
  endpoint?: string;
  signal?: AbortSignal | undefined;
  headers?: Record<string, string>;
}

interface GraphQLResponse<Data> {
  data?: Data | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

/** A generated document: its types, and the trusted-document id codegen embedded in it. */
type TrustedDocument<Result, Variables> = TypedDocumentNode<Result, Variables> & {
  __meta__?: { hash?: string };
};

/** The trusted-document id that codegen embedded in a generated document. */
export function documentIdOf<Result, Variables>(document: TrustedDocument<Result, Variables>): string {
  const id = document.__meta__?.hash;
  if (!id) throw new Error('This document has no trusted-document id; run `npm run codegen`.');
  return id;
}

function isMutation(document: Pick<TypedDocumentNode, 'definitions'>): boolean {
  return document.definitions.some(
    (definition) => definition.kind === 'OperationDefinition' && definition.operation === 'mutation',
  );
}

/**
 * Runs one operation and returns its `data`; throws an `ApiError` for transport failures and for
 * GraphQL errors (the first one, with its code).
 */
export async function execute<Result, Variables extends Record<string, unknown>>(
  document: TrustedDocument<Result, Variables>,
  variables: Variables,
  { endpoint = '/graphql', signal, headers = {} }: RequestOptions = {},
): Promise<Result> {
  const documentId = documentIdOf(document);
  const accept = 'application/graphql-response+json, application/json;q=0.9';
  let response: Response;
  try {
    if (isMutation(document)) {
      response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept, ...headers },
        body: JSON.stringify({ documentId, variables }),
        signal: signal ?? null,
      });
    } else {
      const url = new URL(endpoint, globalThis.location?.href);
      url.searchParams.set('documentId', documentId);
      if (Object.keys(variables).length > 0) url.searchParams.set('variables', JSON.stringify(variables));
      response = await fetch(url, { method: 'GET', headers: { accept, ...headers }, signal: signal ?? null });
    }
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError('NETWORK', error instanceof Error ? error.message : String(error));
  }
  let body: GraphQLResponse<Result> | undefined;
  try {
    body = (await response.json()) as GraphQLResponse<Result>;
  } catch (error) {
    if (isAbort(error)) throw error;
    body = undefined;
  }
  const first = body?.errors?.[0];
  if (first) {
    const { code, ...rest } = first.extensions ?? {};
    throw new ApiError(code ?? (response.ok ? 'INTERNAL_SERVER_ERROR' : 'HTTP'), first.message, rest);
  }
  if (!response.ok || !body?.data) {
    throw new ApiError(response.status >= 502 ? 'NETWORK' : 'HTTP', `HTTP ${response.status}`);
  }
  return body.data;
}
