import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../logger.ts';

interface AnsweredError {
  message: string;
  extensions?: { code?: unknown };
}

/**
 * One log line per request answered with errors, without a stack. A refusal (over a limit, a bad
 * argument, no token) is the client's problem and is logged at info; a database that did not answer
 * is logged at warn, since it says something about the service. Level error stays for what the
 * operator must act on: the unexpected errors, which the server masks and logs where it masks them
 * (src/http/server.ts), so they are left out here.
 */
export function refusalLogPlugin(logger: Logger): Plugin {
  return {
    onResultProcess({ request, result }) {
      const errors: { code: string; message: string }[] = [];
      for (const item of Array.isArray(result) ? result : [result]) {
        for (const error of (item as { errors?: AnsweredError[] }).errors ?? []) {
          const code = String(error.extensions?.code ?? 'GRAPHQL_VALIDATION_FAILED');
          if (code !== 'INTERNAL_SERVER_ERROR') errors.push({ code, message: error.message });
        }
      }
      if (errors.length === 0) return;
      const requestId = request.headers.get('x-request-id') ?? undefined;
      if (errors.some(({ code }) => code === 'DATABASE_UNAVAILABLE'))
        logger.warn({ requestId, errors }, 'request failed: the database did not answer');
      else logger.info({ requestId, errors }, 'request refused');
    },
  };
}
