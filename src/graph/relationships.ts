import type { Executor } from '../neo4j/executor.ts';
import { type RelationshipRow, relationshipProjection } from './rows.ts';

/** A relationship's identity is its typed pair: `from|TYPE|to`. */
export function parseRelationshipKey(key: string): { from: string; type: string; to: string } | undefined {
  const parts = key.split('|');
  if (parts.length !== 3 || parts.some((part) => part.length === 0)) return undefined;
  const [from, type, to] = parts as [string, string, string];
  return { from, type, to };
}

export class RelationshipRepository {
  constructor(private readonly executor: Executor) {}

  async byKeys(keys: readonly string[]): Promise<(RelationshipRow | undefined)[]> {
    const wanted = keys.map(parseRelationshipKey).filter((key) => key !== undefined);
    if (wanted.length === 0) return keys.map(() => undefined);
    const rows = await this.executor.read<{ relationship: RelationshipRow }>(
      `UNWIND $wanted AS wanted
       MATCH (:Entity {key: wanted.from})-[r]->(:Entity {key: wanted.to})
       WHERE type(r) = wanted.type
       RETURN ${relationshipProjection('r')} AS relationship`,
      { wanted },
    );
    const byKey = new Map(rows.map(({ relationship }) => [relationship.key, relationship]));
    return keys.map((key) => byKey.get(key));
  }
}
