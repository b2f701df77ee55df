import { fromRoot } from '../project-root.ts';

/**
 * The managed Neo4j's settings and their defaults, apart from its runner (local-server.ts), so
 * reading the configuration never loads the Maven/JVM runner: connect.ts loads it only when
 * NEO4J_URI is unset.
 */

/**
 * One managed instance: its Bolt port, its folder and its memory. The server's comes from
 * NEO4J_LOCAL_BOLT_PORT, NEO4J_LOCAL_DIR, NEO4J_LOCAL_HEAP and NEO4J_LOCAL_PAGECACHE (src/process/config.ts).
 */
export interface LocalNeo4jSettings {
  boltPort: number;
  /** Absolute path of the instance's folder. */
  dir: string;
  /** JVM heap, e.g. 512m or 2g. */
  heap: string;
  pageCache: string;
}

/** The defaults of the development instance that `npm start` uses. */
export const DEFAULT_LOCAL_NEO4J_SETTINGS: LocalNeo4jSettings = {
  boltPort: 7687,
  dir: fromRoot('.neo4j', 'dev'),
  heap: '512m',
  pageCache: '128m',
};
