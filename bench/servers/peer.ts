/**
 * Peer: the same model served by @neo4j/graphql 7 on graphql-yoga, set up as its documentation
 * shows (Neo4jGraphQL with typeDefs and the driver, getSchema(), yoga). Type definitions in
 * peer-typedefs.ts.
 */
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import { childEnv, driverFor, serveChild } from './child.ts';
import { peerTypeDefs } from './peer-typedefs.ts';

const env = childEnv();
const driver = driverFor(env, { lossless: true });
const neoSchema = new Neo4jGraphQL({ typeDefs: peerTypeDefs, driver });
const yoga = createYoga({
  schema: await neoSchema.getSchema(),
  graphqlEndpoint: '/graphql',
  logging: false,
  maskedErrors: false,
});
await serveChild(env, yoga, () => driver.close());
