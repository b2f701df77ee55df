import { readFileSync } from 'node:fs';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { createGraphQLError, type GraphQLParams, type Plugin } from 'graphql-yoga';
import { fromRoot } from '../project-root.ts';
import { type AuthSettings, viewerOf } from './auth.ts';

/**
 * Trusted documents (persisted operations). `npm run codegen` writes every operation of the
 * explorer and the example client into a manifest, `sha256:<hex>` -> document. Clients send
 * `documentId` instead of `query` (in the JSON body or the GET query string), or Apollo's
 * `extensions.persistedQuery.sha256Hash`. In strict mode only those documents run; arbitrary
 * documents are refused, except for editors, whose curation tools compose their own mutations.
 */

/** From GRAPHQL_TRUSTED_DOCUMENTS_ONLY (src/process/config.ts). */
export interface TrustedDocumentsSettings {
  /** Run only operations from the trusted-documents manifest (editors excepted). */
  trustedDocumentsOnly: boolean;
}

/** The default: any document runs; trusted ones may be sent by id. */
export const DEFAULT_TRUSTED_DOCUMENTS_SETTINGS: TrustedDocumentsSettings = { trustedDocumentsOnly: false };

export const TRUSTED_DOCUMENTS_MANIFEST = fromRoot('client', 'generated', 'persisted-documents.json');

export type TrustedDocuments = ReadonlyMap<string, string>;

export function loadTrustedDocuments(path = TRUSTED_DOCUMENTS_MANIFEST): TrustedDocuments {
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
  return new Map(Object.entries(manifest));
}

/** The document id a request names, as `sha256:<hex>`, or null when it names none. */
export function requestedDocumentId(params: GraphQLParams, request: Request): string | null {
  const fromBody = (params as { documentId?: unknown }).documentId;
  const fromUrl = request.method === 'GET' ? new URL(request.url).searchParams.get('documentId') : null;
  const apollo = (params.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined)?.sha256Hash;
  const id = fromBody ?? fromUrl ?? (typeof apollo === 'string' ? `sha256:${apollo}` : null);
  return typeof id === 'string' ? id : null;
}

const badRequest = (code: string, message: string) =>
  createGraphQLError(message, { extensions: { code, http: { status: 400 } } });

export function trustedDocumentsPlugin(
  documents: TrustedDocuments,
  { strict, auth }: { strict: boolean; auth: AuthSettings },
): Plugin {
  return usePersistedOperations({
    getPersistedOperation: (id) => documents.get(id) ?? null,
    extractPersistedOperationId: (params, request) => requestedDocumentId(params, request),
    allowArbitraryOperations: (request) => !strict || viewerOf(request, auth)?.role === 'editor',
    customErrors: {
      notFound: ({ params, request }) =>
        badRequest(
          'PERSISTED_QUERY_NOT_FOUND',
          `Unknown documentId ${JSON.stringify(requestedDocumentId(params, request))}: not in this server's trusted documents (client/generated/persisted-documents.json).`,
        ),
      keyNotFound: () =>
        badRequest('BAD_REQUEST', 'Must provide a query string, or a documentId naming a trusted document.'),
      persistedQueryOnly: () =>
        badRequest(
          'PERSISTED_QUERY_ONLY',
          'This server runs only trusted documents: send `documentId` (see client/generated/persisted-documents.json) instead of `query`.',
        ),
    },
  });
}
