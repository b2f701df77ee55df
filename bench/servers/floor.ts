/**
 * Floor: the Cypher our server sends for each shape, through the same repositories (so the same
 * statements and parameters) and neo4j-driver, behind a bare node:http handler returning JSON. No
 * GraphQL parsing, validation or resolvers: what is left is the database and the driver.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Repositories } from '../../src/graph/repositories.ts';
import { createDriver } from '../../src/neo4j/driver.ts';
import { Executor } from '../../src/neo4j/executor.ts';
import { repositoryShapes } from '../repository-shapes.ts';
import { childEnv, serveChild } from './child.ts';

const env = childEnv();
const driver = createDriver({ uri: env.uri, username: env.username, password: env.password });
const repos = new Repositories(new Executor(driver, env.database));

const shapes = repositoryShapes(repos);

async function handle(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const shape = shapes[url.pathname];
  try {
    const body = shape
      ? JSON.stringify({ data: await shape(url.searchParams) })
      : '{"error":"no such shape"}';
    res.writeHead(shape ? 200 : 404, { 'content-type': 'application/json' }).end(body);
  } catch (error) {
    res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: String(error) }));
  }
}

await serveChild(
  env,
  (req, res) => void handle(req, res),
  () => driver.close(),
);
