import neo4j, {
  type Driver,
  type ManagedTransaction,
  Neo4jError,
  type RecordShape,
  type RoutingControl,
} from 'neo4j-driver';
import { databaseUnavailable } from '../errors.ts';

export type Parameters = Record<string, unknown>;

/** Neo4j error codes and driver codes that mean "the database cannot be reached right now". */
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Cluster.NotALeader',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

const CONNECTION_TROUBLE =
  /connection acquisition timed out|pool is closed|connection (was )?closed|ECONNREFUSED|ECONNRESET|EPIPE|socket hang up/i;

export function isUnavailable(error: unknown): boolean {
  if (error instanceof Neo4jError) {
    // Whatever the driver would retry is, once its retries ran out, the database not being there.
    return UNAVAILABLE_CODES.has(error.code) || error.retryable || CONNECTION_TROUBLE.test(error.message);
  }
  return error instanceof Error && CONNECTION_TROUBLE.test(error.message);
}

/**
 * The one module that talks to Neo4j sessions: it names the database on every call, picks read or
 * write routing (so `neo4j://` URIs spread reads over a cluster), tags transactions and turns
 * connectivity failures into DATABASE_UNAVAILABLE.
 */
export class Executor {
  constructor(
    readonly driver: Driver,
    readonly database: string,
    private readonly transactionTimeoutMs = 10_000,
    private readonly track: <T>(work: () => Promise<T>) => Promise<T> = (work) => work(),
  ) {}

  async read<Row extends RecordShape>(cypher: string, parameters: Parameters = {}): Promise<Row[]> {
    return this.run<Row>(cypher, parameters, neo4j.routing.READ);
  }

  async write<Row extends RecordShape>(cypher: string, parameters: Parameters = {}): Promise<Row[]> {
    return this.run<Row>(cypher, parameters, neo4j.routing.WRITE);
  }

  /** Several statements in one write transaction: all or nothing, retried as a whole on transient errors. */
  async writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await this.track(() => session.executeWrite(work, this.transactionConfig()));
    } catch (error) {
      throw isUnavailable(error) ? databaseUnavailable() : error;
    } finally {
      await session.close();
    }
  }

  private async run<Row extends RecordShape>(
    cypher: string,
    parameters: Parameters,
    routing: RoutingControl,
  ): Promise<Row[]> {
    try {
      const result = await this.track(() =>
        this.driver.executeQuery(cypher, parameters, {
          database: this.database,
          routing,
          transactionConfig: this.transactionConfig(),
        }),
      );
      return result.records.map((record) => record.toObject() as Row);
    } catch (error) {
      throw isUnavailable(error) ? databaseUnavailable() : error;
    }
  }

  private transactionConfig() {
    return { timeout: this.transactionTimeoutMs, metadata: { app: 'qianjiang-kg' } };
  }
}
