import { GraphQLDeferDirective, GraphQLStreamDirective } from '@graphql-tools/utils';
import { specifiedDirectives } from 'graphql';
import { builder } from './builder.ts';
import './types/node.ts';
import './types/enums.ts';
import './types/entity.ts';
import './types/entity-types.ts';
import './types/relationship.ts';
import './types/statistic.ts';
import './types/source.ts';
import './types/evidence.ts';
import './types/search.ts';
import './types/path.ts';
import './types/change.ts';
import './types/groups.ts';
import './types/subscriptions.ts';
import './types/federation.ts';

/** The GraphQL schema: the builder plus every type module, in the order their types print. */

// @defer and @stream are declared here, so they print in schema.graphql; the same definitions
// @graphql-yoga/plugin-defer-stream would add, which then adds none (src/http/server.ts).
export const schema = builder.toSchema({
  sortSchema: false,
  directives: [...specifiedDirectives, GraphQLDeferDirective, GraphQLStreamDirective],
});
