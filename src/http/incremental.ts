import { GraphQLStreamDirective } from '@graphql-tools/utils';
import { useDeferStream } from '@graphql-yoga/plugin-defer-stream';
import {
  BREAK,
  type DirectiveNode,
  type DocumentNode,
  type GraphQLError,
  getDirectiveValues,
  visit,
} from 'graphql';
import { createGraphQLError, isAsyncIterable, type Plugin } from 'graphql-yoga';

/**
 * Incremental delivery: `@defer` and `@stream` (the 2022-08-24 format of graphql-tools' executor),
 * answered over multipart/mixed or text/event-stream. The directives themselves are declared in
 * src/schema/index.ts; the plugin adds their validation rules (not on a mutation's or a
 * subscription's root, labels static and unique, @stream on lists only).
 */
export function incrementalDeliveryPlugins(mask: (error: unknown) => Error): Plugin[] {
  return [useDeferStream(), streamArgumentsPlugin(), maskIncrementalErrorsPlugin(mask)];
}

const incremental = new WeakMap<DocumentNode, boolean>();

/**
 * Documents with @defer or @stream anywhere (any operation, any fragment) run on graphql-js's
 * executor (src/http/jit.ts): graphql-jit knows neither directive. Kept per
 * document, which yoga parses once and reuses, so a repeated request costs a lookup.
 */
export function isIncremental(document: DocumentNode): boolean {
  let found = incremental.get(document);
  if (found === undefined) {
    found = false;
    visit(document, {
      Directive: (directive) => {
        if (directive.name.value !== 'defer' && directive.name.value !== 'stream') return;
        found = true;
        return BREAK;
      },
    });
    incremental.set(document, found);
  }
  return found;
}

interface IncrementalPart {
  errors?: readonly GraphQLError[];
}

/**
 * Yoga masks `errors` of each result, but not those of the parts in `incremental`: an unexpected
 * error inside a deferred fragment would reach the client with its message (a database's text)
 * and no code. Masked here the same way.
 */
function maskIncrementalErrorsPlugin(mask: (error: unknown) => Error): Plugin {
  return {
    onExecute: () => ({
      onExecuteDone: ({ result }) => {
        if (!isAsyncIterable(result)) return;
        return {
          onNext: ({ result: payload, setResult }) => {
            const parts = (payload as { incremental?: readonly IncrementalPart[] }).incremental;
            if (!parts?.some((part) => part.errors?.length)) return;
            setResult({
              ...payload,
              incremental: parts.map((part) =>
                part.errors ? { ...part, errors: part.errors.map((error) => mask(error)) } : part,
              ),
            } as typeof payload);
          },
        };
      },
    }),
  };
}

const streamsOf = new WeakMap<DocumentNode, DirectiveNode[]>();

/** The @stream directives of a document, found once per document. */
function streams(document: DocumentNode): DirectiveNode[] {
  let found = streamsOf.get(document);
  if (!found) {
    const directives: DirectiveNode[] = [];
    visit(document, {
      Directive: (directive) => {
        if (directive.name.value === 'stream') directives.push(directive);
      },
    });
    found = directives;
    streamsOf.set(document, found);
  }
  return found;
}

/**
 * `@stream(initialCount:)` below 0, written or in a variable, is BAD_USER_INPUT before anything
 * runs: the executor would fail the field with an uncoded invariant, which clients see masked as
 * INTERNAL_SERVER_ERROR.
 */
function streamArgumentsPlugin(): Plugin {
  return {
    onExecute: ({ args, setResultAndStopExecution }) => {
      if (!isIncremental(args.document)) return;
      for (const directive of streams(args.document)) {
        let initialCount: unknown;
        try {
          initialCount = getDirectiveValues(
            GraphQLStreamDirective,
            { directives: [directive] },
            args.variableValues ?? {},
          )?.initialCount;
        } catch {
          continue; // a variable of the wrong type: the executor's own coercion reports it, with its code
        }
        if (typeof initialCount === 'number' && initialCount < 0) {
          setResultAndStopExecution({
            errors: [
              createGraphQLError(
                `@stream(initialCount: ${initialCount}): initialCount is how many items come in the first part, 0 or more.`,
                { nodes: directive, extensions: { code: 'BAD_USER_INPUT', argument: 'initialCount' } },
              ),
            ],
          });
          return;
        }
      }
    },
  };
}
