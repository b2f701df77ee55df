import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../logger.ts';
import { resultErrors } from './result-errors.ts';

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
      const errors = resultErrors(result).filter(({ code }) => code !== 'INTERNAL_SERVER_ERROR');
      if (errors.length === 0) return;
      const requestId = request.headers.get('x-request-id') ?? undefined;
      if (errors.some(({ code }) => code === 'DATABASE_UNAVAILABLE'))
        logger.warn({ requestId, errors }, 'request failed: the database did not answer');
      else logger.info({ requestId, errors }, 'request refused');
    },
  };
}
