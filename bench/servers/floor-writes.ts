/**
 * The writes section's floor behind bare node:http, as servers/floor.ts is the read shapes' floor:
 * POST /upsert with an entity, POST /relationship with a relationship (JSON), each one transaction
 * through the bare driver (bench/writes-floor.ts). No GraphQL, checks, lock or change log.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createDriver } from '../../src/neo4j/driver.ts';
import { floorWriters } from '../writes-floor.ts';
import { childEnv, serveChild } from './child.ts';

const env = childEnv();
const driver = createDriver({ uri: env.uri, username: env.username, password: env.password });
const floor = floorWriters(driver, env.database);

async function handle(req: IncomingMessage, res: ServerResponse) {
  try {
    let body = '';
    for await (const chunk of req) body += chunk;
    if (req.url === '/upsert') await floor.upsert(JSON.parse(body));
    else if (req.url === '/relationship') await floor.addRelationship(JSON.parse(body));
    else
      return void res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"no such write"}');
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"ok":true}}');
  } catch (error) {
    res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: String(error) }));
  }
}

await serveChild(
  env,
  (req, res) => void handle(req, res),
  () => driver.close(),
);
