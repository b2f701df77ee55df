import { describe, expect, it } from 'vitest';
import { Executor } from '../../src/neo4j/executor.ts';
import { useSeededServer } from '../support/fixture.ts';

const kg = useSeededServer({ seed: false });

/** What SHOW TRANSACTIONS reports of the transaction running this very statement. */
const OWN_METADATA =
  'SHOW TRANSACTIONS YIELD currentQuery, metaData WHERE currentQuery STARTS WITH "SHOW TRANSACTIONS" RETURN metaData';

describe('the executor', () => {
  it('tags transactions with the app and the GraphQL operation, as SHOW TRANSACTIONS shows', async () => {
    const executor = new Executor(kg.driver, kg.database, { operationName: () => 'DistrictOverview' });
    const [row] = await executor.read<{ metaData: Record<string, string> }>(OWN_METADATA);
    expect(row?.metaData).toEqual({ app: 'qianjiang-kg', operation: 'DistrictOverview' });
  });

  it('tags work outside any operation with the app alone', async () => {
    const [row] = await Executor.forBatchWork(kg.driver, kg.database).read<{
      metaData: Record<string, string>;
    }>(OWN_METADATA);
    expect(row?.metaData).toEqual({ app: 'qianjiang-kg' });
  });

  it('gives write transactions typed rows and update counts', async () => {
    const executor = new Executor(kg.driver, kg.database);
    const result = await executor.writeTransaction(async (tx) => {
      const updates = await tx.update('CREATE (:ExecutorProbe {n: 1}), (:ExecutorProbe {n: 2})');
      const rows = await tx.rows<{ n: number }>('MATCH (p:ExecutorProbe) RETURN p.n AS n ORDER BY n');
      await tx.update('MATCH (p:ExecutorProbe) DELETE p');
      return { created: updates.nodesCreated, rows };
    });
    expect(result).toEqual({ created: 2, rows: [{ n: 1 }, { n: 2 }] });
  });

  it('starts statements without the driver capturing a stack, and puts the limit back, also when one fails', async () => {
    const executor = new Executor(kg.driver, kg.database);
    const limit = Error.stackTraceLimit;
    await expect(executor.read('RETURN 1 +')).rejects.toMatchObject({
      code: 'Neo.ClientError.Statement.SyntaxError',
    });
    await expect(executor.writeTransaction((tx) => tx.rows('MATCH (n) RETURN n.'))).rejects.toMatchObject({
      code: 'Neo.ClientError.Statement.SyntaxError',
    });
    expect(Error.stackTraceLimit).toBe(limit);
    expect(await executor.read<{ n: number }>('RETURN 41 + 1 AS n')).toEqual([{ n: 42 }]);
  });
});
