/**
 * `npm run neo4j:start | neo4j:stop | neo4j:status`: the managed local Neo4j used by `npm start`
 * (settings from the NEO4J_LOCAL_* variables).
 */

import {
  LocalNeo4jError,
  runningLocalNeo4j,
  startLocalNeo4j,
  stopLocalNeo4j,
} from '../src/neo4j/local-server.ts';
import { ConfigError, loadConfig } from '../src/process/config.ts';

const log = (message: string) => console.log(`[neo4j] ${message}`);

async function main(command: string | undefined): Promise<void> {
  const config = loadConfig();
  if (config.neo4j.mode !== 'local') {
    log(`NEO4J_URI is set (${config.neo4j.uri}); the managed local Neo4j is not used.`);
    return;
  }
  const { local } = config.neo4j;
  switch (command) {
    case 'start': {
      const connection = await startLocalNeo4j(local, log);
      log(`${connection.uri} (user ${connection.username}; password in ${local.dir}/credentials.json)`);
      return;
    }
    case 'stop': {
      if (!(await stopLocalNeo4j(local.dir, log))) log(`No managed Neo4j running for ${local.dir}.`);
      return;
    }
    case 'status': {
      const pid = runningLocalNeo4j(local.dir);
      log(pid ? `running (pid ${pid}) at bolt://127.0.0.1:${local.boltPort}` : `not running (${local.dir})`);
      return;
    }
    default:
      throw new Error(`Unknown command ${JSON.stringify(command)}; use start, stop or status.`);
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof LocalNeo4jError ? error.message : error);
  process.exit(1);
});
