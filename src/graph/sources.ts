import type { Executor } from '../neo4j/executor.ts';

export interface SourceRow {
  key: string;
  title: string;
  subtitle: string | null;
  section: string | null;
  titleEn: string | null;
  publishedOn: string;
  page: string | null;
  editors: string[];
  designers: string[];
}

const SOURCE_FIELDS = `s { .key, .title, .subtitle, .section, .titleEn, .publishedOn, .page, editors: coalesce(s.editors, []), designers: coalesce(s.designers, []) }`;

export class SourceRepository {
  constructor(private readonly executor: Executor) {}

  async all(): Promise<SourceRow[]> {
    const rows = await this.executor.read<{ source: SourceRow }>(
      `MATCH (s:Source) RETURN ${SOURCE_FIELDS} AS source ORDER BY s.publishedOn, s.key`,
    );
    return rows.map((row) => row.source);
  }

  async byKeys(keys: readonly string[]): Promise<(SourceRow | undefined)[]> {
    const rows = await this.executor.read<{ source: SourceRow }>(
      `MATCH (s:Source) WHERE s.key IN $keys RETURN ${SOURCE_FIELDS} AS source`,
      { keys },
    );
    const byKey = new Map(rows.map((row) => [row.source.key, row.source]));
    return keys.map((key) => byKey.get(key));
  }
}
