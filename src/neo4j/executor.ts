import neo4j, {
  type Driver,
  type ManagedTransaction,
  type RecordShape,
  type Session,
  type SessionMode,
  type Transaction,
} from 'neo4j-driver';
import { BudgetSpent, timedOut, toApiError } from './errors.ts';

/**
 * The only door to Neo4j: every statement of the server, the seed tools and the tests' setup runs
 * through it. It opens the sessions, gives each transaction its share of the deadline and tags it;
 * what a failure means for the API is decided in ./errors.ts (toApiError).
 */

export type CypherParameters = Record<string, unknown>;

/**
 * How long past a transaction's timeout the executor still waits for Neo4j to report it, before it
 * stops waiting itself (a database that accepts connections but does not answer, or is recovering).
 */
export const DEADLINE_GRACE_MS = 1_000;

/** How long one transaction of batch work (Executor.forBatchWork) may take. */
const BATCH_WORK_TIMEOUT_MS = 10 * 60_000;

/** What each transaction is run with: its timeout in Neo4j, and a tag visible in SHOW TRANSACTIONS. */
interface TransactionConfig {
  timeout: number;
  metadata: Record<string, string>;
}

function ensureBefore(deadline: number) {
  if (Date.now() >= deadline) throw new BudgetSpent();
}

export interface ExecutorOptions {
  /** Neo4j's timeout for each transaction, and how long the executor waits for one (NEO4J_QUERY_TIMEOUT_MS). */
  timeoutMs?: number;
  /**
   * When set (epoch ms), every call shares it: none starts or is waited for past it, and each
   * transaction gets only the time left as its timeout. A request's executor sets it to the
   * request's start plus timeoutMs, so all of a request's database work fits in that budget.
   */
  deadline?: number;
  /** Wraps every call, e.g. to count transactions in the metrics. */
  track?: <T>(work: () => Promise<T>) => Promise<T>;
  /** The GraphQL operation this work is for, asked when a transaction starts; shown in SHOW TRANSACTIONS. */
  operationName?: () => string | undefined;
}

/** Update counts of one statement, as Neo4j reports them. */
export interface Updates {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

/**
 * The statements of one write transaction, returning typed rows: what writeTransaction's work gets
 * instead of the driver's transaction, so no caller reads records by hand.
 */
export class WriteTransaction {
  constructor(private readonly tx: Pick<ManagedTransaction, 'run'>) {}

  /** Every row of the statement, as objects keyed by the RETURN clause's names. */
  async rows<Row extends RecordShape>(cypher: string, parameters: CypherParameters = {}): Promise<Row[]> {
    const result = await runWithoutCallerStack(() => this.tx.run<Row>(cypher, parameters));
    return result.records.map((record) => record.toObject());
  }

  /** The first row, or undefined when there is none. */
  async row<Row extends RecordShape>(
    cypher: string,
    parameters: CypherParameters = {},
  ): Promise<Row | undefined> {
    return (await this.rows<Row>(cypher, parameters))[0];
  }

  /** Runs a statement for its effect; returns what it created and deleted. */
  async update(cypher: string, parameters: CypherParameters = {}): Promise<Updates> {
    const result = await runWithoutCallerStack(() => this.tx.run(cypher, parameters));
    return result.summary.counters.updates();
  }
}

/**
 * The one module that talks to Neo4j sessions: it names the database on every call, picks read or
 * write routing (so `neo4j://` URIs spread reads over a cluster), tags transactions, bounds the
 * time spent waiting, and maps Neo4j's errors to the API's codes.
 */
export class Executor {
  private readonly timeoutMs: number;
  private readonly deadline: number;
  private readonly track: <T>(work: () => Promise<T>) => Promise<T>;
  private readonly operationName: () => string | undefined;

  constructor(
    readonly driver: Driver,
    readonly database: string,
    {
      timeoutMs = 10_000,
      deadline = Number.POSITIVE_INFINITY,
      track = (work) => work(),
      operationName = () => undefined,
    }: ExecutorOptions = {},
  ) {
    this.timeoutMs = timeoutMs;
    this.deadline = deadline;
    this.track = track;
    this.operationName = operationName;
  }

  /**
   * For work no client waits on (loading the seed, exporting, creating constraints, wiping a test
   * database): the same door, with a budget that fits a whole load rather than one request.
   */
  static forBatchWork(driver: Driver, database: string): Executor {
    return new Executor(driver, database, { timeoutMs: BATCH_WORK_TIMEOUT_MS });
  }

  async read<Row extends RecordShape>(cypher: string, parameters: CypherParameters = {}): Promise<Row[]> {
    return this.run<Row>(cypher, parameters, neo4j.session.READ);
  }

  async write<Row extends RecordShape>(cypher: string, parameters: CypherParameters = {}): Promise<Row[]> {
    return this.run<Row>(cypher, parameters, neo4j.session.WRITE);
  }

  /**
   * Several statements in one write transaction: all or nothing, retried as a whole on transient
   * errors. An attempt that would start, or commit, after the deadline rolls back instead, so a
   * write the client was told failed does not land later (only a COMMIT already sent can).
   */
  async writeTransaction<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    return this.inSession(neo4j.session.WRITE, (session, config, deadline) =>
      session.executeWrite(async (tx) => {
        ensureBefore(deadline);
        const result = await work(new WriteTransaction(tx));
        ensureBefore(deadline);
        return result;
      }, config),
    );
  }

  /**
   * One statement in its own auto-commit transaction: what schema commands (CREATE CONSTRAINT ...)
   * and `CALL { ... } IN TRANSACTIONS` batches need, since neither may run inside another transaction.
   * Not retried: both kinds are idempotent, and the caller may simply run them again.
   */
  async autoCommit(cypher: string, parameters: CypherParameters = {}): Promise<Updates> {
    return this.inSession(neo4j.session.WRITE, async (session, config) => {
      const result = await session.run(cypher, parameters, config);
      return result.summary.counters.updates();
    });
  }

  private async run<Row extends RecordShape>(
    cypher: string,
    parameters: CypherParameters,
    mode: SessionMode,
  ): Promise<Row[]> {
    const result = await this.inSession(mode, (session, config, deadline) =>
      mode === neo4j.session.READ
        ? autoCommitRead<Row>(session, cypher, parameters, config, deadline)
        : session.executeWrite(
            (tx: ManagedTransaction) => runWithoutCallerStack(() => tx.run<Row>(cypher, parameters)),
            config,
          ),
    );
    return result.records.map((record) => record.toObject());
  }

  /**
   * Runs one unit of work in its own session, with the time it may take as Neo4j's transaction
   * timeout, and stops waiting when that (plus the grace) runs out. Giving up closes the session:
   * the driver stops retrying and resets the connection, which ends a transaction still running in
   * Neo4j, so abandoned work does not pile up on a database that is slow to answer.
   */
  private async inSession<T>(
    mode: SessionMode,
    work: (session: Session, config: TransactionConfig, deadline: number) => Promise<T>,
  ): Promise<T> {
    const now = Date.now();
    const deadline = Math.min(this.deadline, now + this.timeoutMs);
    const left = deadline - now;
    if (left <= 0) throw timedOut(this.timeoutMs);
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode,
      // Reads see the writes before them, also on a cluster (as driver.executeQuery does).
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    const operation = this.operationName();
    const metadata: Record<string, string> = operation
      ? { app: 'qianjiang-kg', operation }
      : { app: 'qianjiang-kg' };
    const running = this.track(() => work(session, { timeout: left, metadata }, deadline));
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new BudgetSpent()), left + DEADLINE_GRACE_MS);
    });
    try {
      const result = await Promise.race([running, expired]);
      await session.close();
      return result;
    } catch (error) {
      // Not awaited: against a database that does not answer, even the reset may wait.
      session.close().catch(() => {});
      throw toApiError(error, this.timeoutMs);
    } finally {
      clearTimeout(timer);
      running.catch(() => {});
    }
  }
}

/** A statement as it was sent. */
export interface RecordedStatement {
  cypher: string;
  parameters: CypherParameters;
}

/** Neo4j ends a rolled-back-writes transaction left open longer than this (a warm-up that hung). */
const ROLLED_BACK_TIMEOUT_MS = 30_000;

/**
 * An executor whose writes all run in one transaction, rolled back by `rollBack()`: the warm-up's
 * writes (src/process/warm-up.ts) are planned and run like any edit, and leave nothing behind. Its
 * edits run one after another, each seeing the ones before it; its reads see none of them.
 */
export class RolledBackWrites extends Executor {
  private session: Session | undefined;
  private transaction: Transaction | undefined;
  /** Every statement sent, in order, with its parameters: what the warm-up plans again later. */
  readonly statements: RecordedStatement[] = [];

  override async writeTransaction<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    return work(this.recording());
  }

  override async write<Row extends RecordShape>(cypher: string, parameters: CypherParameters = {}) {
    return this.recording().rows<Row>(cypher, parameters);
  }

  private recording(): WriteTransaction {
    const transaction = this.open();
    return new WriteTransaction({
      run: ((cypher: string, parameters?: CypherParameters) => {
        this.statements.push({ cypher, parameters: parameters ?? {} });
        return transaction.run(cypher, parameters);
      }) as Transaction['run'],
    });
  }

  /** Undoes every write made so far, and closes the session. */
  async rollBack(): Promise<void> {
    const { session, transaction } = this;
    this.session = undefined;
    this.transaction = undefined;
    try {
      await transaction?.rollback();
    } finally {
      await session?.close();
    }
  }

  private open(): Transaction {
    if (!this.transaction) {
      this.session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
      this.transaction = this.session.beginTransaction({
        timeout: ROLLED_BACK_TIMEOUT_MS,
        metadata: { app: 'qianjiang-kg', operation: 'warm-up' },
      });
    }
    return this.transaction;
  }
}

/** Attempts of one read before its error stands; the driver's transaction functions retry likewise. */
const READ_ATTEMPTS = 3;

/**
 * One read statement as an auto-commit transaction: RUN and PULL leave in one write and nothing
 * follows, one round trip where a transaction function takes two (BEGIN, RUN and PULL, then
 * COMMIT), and one less socket write for both processes. A read is idempotent, so what the driver
 * would retry (a lost connection, a cluster member leaving) is retried here too, before the deadline.
 */
async function autoCommitRead<Row extends RecordShape>(
  session: Session,
  cypher: string,
  parameters: CypherParameters,
  config: TransactionConfig,
  deadline: number,
) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runWithoutCallerStack(() => session.run<Row>(cypher, parameters, config));
    } catch (error) {
      if (attempt >= READ_ATTEMPTS || !neo4j.isRetryableError(error) || Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

/**
 * Starts a statement without the stack trace neo4j-driver captures for every result (`new Error()`
 * read as text), which it only puts on that statement's error in place of the error's own. Under
 * load that capture cost more per request than our whole resolver layer (bench/profile-http.ts);
 * the error keeps its message and code, which is all that reaches the log. `run` is synchronous, so
 * nothing else runs while the limit is 0.
 */
function runWithoutCallerStack<T>(run: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
