import { graphql } from 'graphql';
import { createContext } from '../context.ts';
import type { AuthSettings } from '../http/auth.ts';
import { playgroundExamples } from '../http/playground-examples.ts';
import type { Logger } from '../logger.ts';
import type { Executor } from '../neo4j/executor.ts';
import { schema } from '../schema/index.ts';

/**
 * Runs the playground examples once, in-process, before the server takes traffic.
 *
 * A freshly started Neo4j plans each statement the first time it sees it, in up to a second, and
 * when fifty requests bring the same new statement at once it plans it for each of them: right after
 * `npm start`, `npm run load` (50 connections) had requests waiting over 10 s. Planned once here, the
 * statements are cached and the same load runs without a timeout. The examples cover what most reads
 * send: entities with their typed fields, search, paths, neighbourhoods, statistics and the timeline.
 * A refused example is noted and skipped: warming up must never stop the server from starting.
 */
export async function warmUp(executor: Executor, auth: AuthSettings, logger: Logger): Promise<void> {
  const started = Date.now();
  // A reader, so the examples also run where reads need a token (KG_PUBLIC_READS=false).
  const viewer = { name: 'warm-up', role: 'reader' as const };
  const refusals: string[] = [];
  // All at once: Neo4j plans different statements on different cores.
  await Promise.all(
    playgroundExamples.map(async (example) => {
      const result = await graphql({
        schema,
        source: example.query,
        variableValues: example.variables,
        contextValue: createContext(executor, { viewer, publicReads: auth.publicReads }),
      });
      const refusal = result.errors?.[0];
      if (refusal) {
        // On an empty database (SEED_ON_START=never) the examples' keys are simply NOT_FOUND.
        refusals.push(String(refusal.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
        logger.debug({ example: example.name, message: refusal.message }, 'warm-up query refused');
      }
    }),
  );
  logger.info(
    `warm-up: ${playgroundExamples.length} example queries in ${Date.now() - started} ms, ` +
      `${playgroundExamples.length - refusals.length} answered` +
      (refusals.length ? `, ${refusals.length} refused (${[...new Set(refusals)].join(', ')})` : ''),
  );
}
