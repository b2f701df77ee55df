import type { SourceWithText } from '../domain/shapes.ts';
import { userError } from '../errors.ts';
import type { Executor, WriteTransaction } from '../neo4j/executor.ts';
import { inKeyOrder } from './batches.ts';
import type { Edit } from './change-log.ts';
import { runEdit } from './edit.ts';
import { type SourceRow, sourceProjection, sourceProperties } from './storage.ts';

/** Source documents: listing and reading them, and adding one. */
export class SourceRepository {
  constructor(private readonly executor: Executor) {}

  async all(): Promise<SourceRow[]> {
    const rows = await this.executor.read<{ source: SourceRow }>(
      `MATCH (s:Source) RETURN ${sourceProjection('s')} AS source ORDER BY s.publishedOn, s.key`,
    );
    return rows.map((row) => row.source);
  }

  async byKeys(keys: readonly string[]): Promise<(SourceRow | undefined)[]> {
    const rows = await this.executor.read<{ source: SourceRow }>(
      `MATCH (s:Source) WHERE s.key IN $keys RETURN ${sourceProjection('s')} AS source`,
      { keys },
    );
    return inKeyOrder(
      keys,
      rows.map(({ source }) => [source.key, source]),
    );
  }

  /**
   * Adds a source document with its full text; sources are never replaced, since facts cite their
   * text. Two requests adding one key at once: the unique constraint refuses the second (CONFLICT).
   */
  add(source: SourceWithText, edit: Edit) {
    return runEdit<never, { source: SourceRow | null }, { source: SourceRow }>(this.executor, edit, {
      mutation: 'addSource',
      replay: async (tx) => ({ source: await readSource(tx, source.key) }),
      write: async (tx) => {
        if (await readSource(tx, source.key))
          throw userError('CONFLICT', `A source with the key "${source.key}" exists.`);
        const props = sourceProperties(source);
        // The change records the source without its text, which can be a megabyte.
        const { text: _text, ...described } = props;
        return {
          cypher: 'CREATE (s:Source {key: $key}) SET s += $props',
          params: { key: source.key, props },
          change: { keys: [], before: null, after: { key: source.key, ...described } },
          returns: `${sourceProjection('s')} AS source`,
          answer: (written) => ({ source: written.source }),
        };
      },
    });
  }
}

async function readSource(tx: WriteTransaction, key: string): Promise<SourceRow | null> {
  const row = await tx.row<{ source: SourceRow }>(
    `MATCH (s:Source {key: $key}) RETURN ${sourceProjection('s')} AS source`,
    { key },
  );
  return row?.source ?? null;
}
