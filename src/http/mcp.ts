import type { IncomingMessage, ServerResponse } from 'node:http';
import { Server as McpServer } from '@modelcontextprotocol/sdk/server/index.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import {
  CallToolRequestSchema,
  type CallToolResult,
  ErrorCode,
  ListResourcesRequestSchema,
  ListToolsRequestSchema,
  McpError,
  ReadResourceRequestSchema,
  type Tool,
} from '@modelcontextprotocol/sdk/types.js';
import { type GraphQLSchema, Kind, type OperationDefinitionNode, parse } from 'graphql';
import type { Logger } from '../logger.ts';
import { type AuthSettings, authenticate } from './auth.ts';
import { type JsonSchema, variablesJsonSchema } from './json-schema.ts';
import { MCP_SOURCE_RESOURCES, MCP_TOOLS, type McpToolDefinition } from './mcp-tools.ts';
import type { TrustedDocuments } from './trusted-documents.ts';

/**
 * The MCP endpoint (`/mcp`, when MCP_ENABLED): Model Context Protocol over the Streamable HTTP transport
 * of @modelcontextprotocol/sdk 1.x, stateless (a new server and transport per request, no session).
 * Each tool is a trusted document (src/http/mcp-tools.ts, in the manifest), run in-process through the
 * same yoga by its `documentId`, with the caller's Authorization header and request id: auth, limits,
 * deadlines, error codes and metrics are the API's. No tool runs a document of the caller's.
 */

/** From MCP_ENABLED (src/process/config.ts). */
export interface McpSettings {
  mcpEnabled: boolean;
}

export const DEFAULT_MCP_SETTINGS: McpSettings = { mcpEnabled: false };

export interface McpTool {
  name: string;
  description: string;
  documentId: string;
  inputSchema: JsonSchema;
}

/** `McpGetEntity` -> `get_entity`. */
export const toolName = (operationName: string) =>
  operationName
    .replace(/^Mcp/, '')
    .replace(/(?<=[a-z0-9])(?=[A-Z])/g, '_')
    .toLowerCase();

const operationOf = (document: string): OperationDefinitionNode | undefined =>
  parse(document).definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );

/** What the endpoint may run: the tools, and the two documents behind the source resources. */
export interface McpCatalogue {
  tools: McpTool[];
  sources: { list: string; read: string };
}

/**
 * Finds every tool's and resource's operation in the manifest by its name: what the manifest lacks is
 * an error at start-up ("run npm run codegen"), never a tool.
 */
export function mcpCatalogue(
  schema: GraphQLSchema,
  trustedDocuments: TrustedDocuments,
  definitions: readonly McpToolDefinition[] = MCP_TOOLS,
): McpCatalogue {
  const byName = new Map<string, { id: string; operation: OperationDefinitionNode }>();
  for (const [id, text] of trustedDocuments) {
    const operation = operationOf(text);
    if (operation?.name) byName.set(operation.name.value, { id, operation });
  }
  const trusted = (document: string) => {
    const name = operationOf(document)?.name?.value;
    const found = name ? byName.get(name) : undefined;
    if (!name || !found) {
      throw new Error(
        `MCP operation ${name ?? '(unnamed)'} is not in the trusted documents: run npm run codegen`,
      );
    }
    if (found.operation.operation !== 'query') throw new Error(`MCP operation ${name} must be a query`);
    return { name, ...found };
  };
  return {
    tools: definitions.map(({ description, document }) => {
      const { name, id, operation } = trusted(document);
      return {
        name: toolName(name),
        description,
        documentId: id,
        inputSchema: variablesJsonSchema(schema, operation),
      };
    }),
    sources: { list: trusted(MCP_SOURCE_RESOURCES.list).id, read: trusted(MCP_SOURCE_RESOURCES.read).id },
  };
}

const SOURCE_URI = 'kg://sources/';

interface GraphQLAnswer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string; argument?: string } }[];
}

const toolError = (text: string): CallToolResult => ({ isError: true, content: [{ type: 'text', text }] });

/** `BAD_USER_INPUT: No entity has the key "x". (argument: key)`: the code, the message and the argument when one is named. */
const errorText = ({ message, extensions }: NonNullable<GraphQLAnswer['errors']>[number]) =>
  `${extensions?.code ?? 'ERROR'}: ${message}${extensions?.argument ? ` (argument: ${extensions.argument})` : ''}`;

type GraphQLFetch = (
  url: string,
  init: RequestInit,
  context: { req: IncomingMessage },
) => Promise<Response> | Response;

const jsonRpcError = (response: ServerResponse, status: number, message: string, headers = {}) =>
  response
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
    .end(JSON.stringify({ jsonrpc: '2.0', error: { code: -32000, message }, id: null }));

export function createMcpHandler({
  catalogue: { tools, sources },
  graphql,
  auth,
  logger,
}: {
  catalogue: McpCatalogue;
  graphql: GraphQLFetch;
  auth: AuthSettings;
  logger: Logger;
}): (request: IncomingMessage, response: ServerResponse) => void {
  const listed: Tool[] = tools.map(({ name, description, inputSchema }) => ({
    name,
    description,
    inputSchema: inputSchema as Tool['inputSchema'],
    annotations: { readOnlyHint: true, openWorldHint: false },
  }));
  const byName = new Map(tools.map((tool) => [tool.name, tool]));

  /** One trusted document through yoga, as the caller: its Authorization header and request id. */
  const run = async (
    request: IncomingMessage,
    documentId: string,
    variables: Record<string, unknown>,
  ): Promise<GraphQLAnswer> => {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
    };
    for (const header of ['authorization', 'x-request-id'] as const) {
      const value = request.headers[header];
      if (typeof value === 'string') headers[header] = value;
    }
    const response = await graphql(
      'http://localhost/graphql',
      { method: 'POST', headers, body: JSON.stringify({ documentId, variables }) },
      { req: request },
    );
    return (await response.json()) as GraphQLAnswer;
  };

  /** A resource's answer, or the GraphQL errors as an MCP error. */
  const resourceData = async <Data>(
    request: IncomingMessage,
    documentId: string,
    variables: Record<string, unknown>,
  ): Promise<Data> => {
    const answer = await run(request, documentId, variables);
    if (answer.errors?.length || !answer.data) {
      throw new McpError(ErrorCode.InvalidParams, (answer.errors ?? []).map(errorText).join('\n'));
    }
    return answer.data as Data;
  };

  const call = async (
    request: IncomingMessage,
    name: string,
    args: Record<string, unknown> = {},
  ): Promise<CallToolResult> => {
    const tool = byName.get(name);
    if (!tool) return toolError(`Unknown tool ${JSON.stringify(name)}: see tools/list.`);
    const known = Object.keys(tool.inputSchema.properties ?? {});
    const unknown = Object.keys(args).filter((key) => !known.includes(key));
    if (unknown.length > 0) {
      return toolError(
        `BAD_USER_INPUT: unknown argument ${unknown.map((key) => JSON.stringify(key)).join(', ')}; ${name} takes ${known.join(', ')}.`,
      );
    }
    const answer = await run(request, tool.documentId, args);
    if (answer.errors?.length) return toolError(answer.errors.map(errorText).join('\n'));
    const data = answer.data ?? {};
    return { structuredContent: data, content: [{ type: 'text', text: JSON.stringify(data) }] };
  };

  return (request, response) => {
    // Stateless: no session to resume or end, so only POST carries messages.
    if (request.method !== 'POST') {
      jsonRpcError(response, 405, 'Method not allowed: send MCP messages with POST.', { allow: 'POST' });
      return;
    }
    if (!auth.publicReads && !authenticate(request.headers.authorization ?? null, auth)) {
      jsonRpcError(
        response,
        401,
        'Reads are not public here: send a reader or editor token as `Authorization: Bearer <token>`.',
        { 'www-authenticate': 'Bearer' },
      );
      return;
    }
    const server = new McpServer(
      { name: 'qianjiang-kg', version: '1.0.0' },
      { capabilities: { tools: { listChanged: false }, resources: {} } },
    );
    server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: listed }));
    server.setRequestHandler(ListResourcesRequestSchema, async () => {
      const data = await resourceData<{
        sources: { key: string; title: string; titleEn: string | null; publishedOn: string }[];
      }>(request, sources.list, {});
      return {
        resources: data.sources.map((source) => ({
          uri: `${SOURCE_URI}${source.key}`,
          name: source.key,
          title: source.title,
          description: `${source.titleEn ?? source.title} (${source.publishedOn}): the text citation offsets count into, in code points.`,
          mimeType: 'text/plain',
        })),
      };
    });
    server.setRequestHandler(ReadResourceRequestSchema, async ({ params }) => {
      if (!params.uri.startsWith(SOURCE_URI)) {
        throw new McpError(
          ErrorCode.InvalidParams,
          `Unknown resource ${params.uri}: sources are ${SOURCE_URI}<key>.`,
        );
      }
      const key = params.uri.slice(SOURCE_URI.length);
      const { source } = await resourceData<{ source: { text: string } | null }>(request, sources.read, {
        key,
      });
      // -32002: the MCP specification's code for a resource not found.
      if (!source)
        throw new McpError(-32002, `Resource not found: no source has the key ${JSON.stringify(key)}.`);
      return { contents: [{ uri: params.uri, mimeType: 'text/plain', text: source.text }] };
    });
    server.setRequestHandler(CallToolRequestSchema, ({ params }) =>
      call(request, params.name, params.arguments),
    );
    const transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: undefined,
      enableJsonResponse: true,
    });
    response.once('close', () => {
      void transport.close();
      void server.close();
    });
    server
      .connect(transport)
      .then(() => transport.handleRequest(request, response))
      .catch((error: unknown) => {
        logger.error({ err: error }, 'MCP request failed');
        if (!response.headersSent) jsonRpcError(response, 500, 'Internal server error.');
      });
  };
}
