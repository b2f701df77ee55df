import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Server } from '../../src/http/server.ts';
import { type Listening, listen } from './http.ts';
import { clearGraph, graphChecksum, seedGraph, testDriver, testNeo4j } from './neo4j.ts';
import { type GraphQLResponse, graphql, graphqlData, type TestServerOptions, testServer } from './server.ts';

export interface SeededServerOptions extends Omit<TestServerOptions, 'database'> {
  /**
   * The graph the file's tests start from: the real seed, loaded before the file (`true`) or before
   * every test (`'each'`, for files that write), or an empty graph (`false`: the file loads its own).
   */
  seed: boolean | 'each';
  /** Also serve the whole HTTP surface (`server.listener`) on a loopback port, at `kg.url`. */
  listen?: boolean;
}

export interface SeededServer {
  readonly driver: Driver;
  readonly database: string;
  /** The in-process server; call `server.yoga.fetch` for anything `graphql` does not cover. */
  readonly server: Server;
  /** http://127.0.0.1:port of the listener, with `listen: true`. */
  readonly url: string;
  /** POSTs an operation to `server`; the response as a client gets it. */
  graphql<Data = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<Data>>;
  /** Like `graphql`, but returns `data`, failing the test on any error. */
  data<Data = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<Data>;
  /** Cypher straight to the test database, for what the API cannot set up or show; rows as objects. */
  cypher<Row = Record<string, unknown>>(
    statement: string,
    parameters?: Record<string, unknown>,
  ): Promise<Row[]>;
  /** The fingerprint of the whole graph (tests/support/neo4j.ts `graphChecksum`). */
  checksum(options?: Parameters<typeof graphChecksum>[1]): Promise<string>;
  /** Loads the real seed again, and empties the response cache since the graph changed behind it. */
  reseed(): Promise<void>;
  /** Another server on the same driver: the fixture's settings with `overrides` over them. */
  serverWith(overrides: TestServerOptions): Server;
}

/**
 * The integration tier's one fixture: a driver on the test Neo4j, the graph the file asks for and a
 * server built on them, made in `beforeAll` and closed in `afterAll` (listener, then driver). Files
 * do not clean the graph up after themselves: each states in `seed` what it starts from.
 *
 *   const kg = useSeededServer({ seed: true, auth: editorAuth({ name: 'alice', token }) });
 *   it('...', async () => expect(await kg.data('{ entity(key: "town:jinxi") { name } }')).toEqual(...));
 */
export function useSeededServer(options: SeededServerOptions): SeededServer {
  const { seed, listen: listening, ...settings } = options;
  let driver: Driver | undefined;
  let server: Server | undefined;
  let listener: Listening | undefined;
  const ready = <T>(what: string, value: T | undefined): T => {
    if (value === undefined) {
      throw new Error(
        `useSeededServer: ${what} is ready inside tests and hooks, not while the file is collected`,
      );
    }
    return value;
  };
  const kg: SeededServer = {
    get driver() {
      return ready('driver', driver);
    },
    get database() {
      return testNeo4j().database;
    },
    get server() {
      return ready('server', server);
    },
    get url() {
      if (!listening) throw new Error('useSeededServer: kg.url needs { listen: true }');
      return ready('url', listener?.url);
    },
    graphql: (query, variables, headers) => graphql(kg.server, query, variables, headers),
    data: (query, variables, headers) => graphqlData(kg.server, query, variables, headers),
    async cypher<Row>(statement: string, parameters: Record<string, unknown> = {}) {
      const { records } = await kg.driver.executeQuery(statement, parameters, { database: kg.database });
      return records.map((record) => record.toObject() as Row);
    },
    checksum: (checksumOptions) => graphChecksum(kg.driver, checksumOptions),
    async reseed() {
      await seedGraph(kg.driver);
      kg.server.responseCache.clear();
    },
    serverWith: (overrides) => testServer(kg.driver, { ...settings, ...overrides }),
  };

  beforeAll(async () => {
    driver = testDriver();
    if (seed === false) await clearGraph(driver);
    else if (seed === true) await seedGraph(driver);
    server = testServer(driver, settings);
    if (listening) listener = await listen(server.listener);
  });
  if (seed === 'each') beforeEach(() => kg.reseed());
  afterAll(async () => {
    await listener?.close();
    await driver?.close();
  });
  return kg;
}
