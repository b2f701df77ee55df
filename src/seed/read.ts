import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import {
  type Entity,
  entitySchema,
  parseShape,
  type Relationship,
  relationshipSchema,
  type Source,
  type Statistic,
  sourceSchema,
  statisticSchema,
} from '../domain/shapes.ts';
import { fromRoot, projectRoot } from '../project-root.ts';

/** Reads the seed folder's YAML files into facts, each with where it came from (see seed/README.md). */

/** A sentence of the article deliberately left unmodelled (seed/coverage-exclusions.yaml). */
export const exclusionSchema = z.strictObject({
  text: z.string().trim().min(1, 'must not be empty'),
  reason: z.string().trim().min(1, 'must not be empty'),
});
export type CoverageExclusion = z.infer<typeof exclusionSchema>;

/** Where an entry came from, for error messages: `seed/entities/town.yaml entry 3 (town:jinxi)`. */
export interface Origin {
  file: string;
  index: number;
  label?: string;
}

export interface Located<T> {
  value: T;
  origin: Origin;
}

export const describeOrigin = (origin: Origin): string =>
  `${origin.file} entry ${origin.index + 1}${origin.label ? ` (${origin.label})` : ''}`;

export interface SeedData {
  sources: Located<Source>[];
  /** Source texts by source key, for checking quotes. */
  sourceTexts: Map<string, string>;
  entities: Located<Entity>[];
  relationships: Located<Relationship>[];
  statistics: Located<Statistic>[];
  exclusions: CoverageExclusion[];
}

export interface SeedProblem {
  origin: Origin;
  reason: string;
}

export const formatProblem = (problem: SeedProblem): string =>
  `${describeOrigin(problem.origin)}: ${problem.reason}`;

/** Reads every seed file of `folder`; shape errors come back as problems, never half-read data. */
export function readSeed(folder = fromRoot('seed')): { data: SeedData; problems: SeedProblem[] } {
  const problems: SeedProblem[] = [];
  const display = (path: string) => (path.startsWith(projectRoot) ? relative(projectRoot, path) : path);

  function readList<S extends z.ZodType>(
    path: string,
    schema: S,
    labelOf: (raw: unknown) => string | undefined,
  ) {
    const file = display(path);
    const out: Located<z.infer<S>>[] = [];
    if (!existsSync(path)) return out;
    let raw: unknown;
    try {
      raw = parse(readFileSync(path, 'utf8'));
    } catch (error) {
      problems.push({ origin: { file, index: -1 }, reason: `not valid YAML: ${(error as Error).message}` });
      return out;
    }
    if (raw === null || raw === undefined) return out;
    if (!Array.isArray(raw)) {
      problems.push({ origin: { file, index: -1 }, reason: 'must be a YAML list of entries' });
      return out;
    }
    raw.forEach((entry, index) => {
      const origin: Origin = { file, index, label: labelOf(entry) };
      const parsed = parseShape(schema, entry);
      if (parsed.problems) for (const reason of parsed.problems) problems.push({ origin, reason });
      else out.push({ value: parsed.fact, origin });
    });
    return out;
  }

  const field = (name: string) => (raw: unknown) => {
    const value = raw && typeof raw === 'object' ? (raw as Record<string, unknown>)[name] : undefined;
    return typeof value === 'string' ? value : undefined;
  };
  const relationshipLabel = (raw: unknown) => {
    const [from, type, to] = ['from', 'type', 'to'].map((name) => field(name)(raw));
    return from && type && to ? `${from} -${type}-> ${to}` : undefined;
  };
  const statisticLabel = (raw: unknown) => {
    const [subject, metric] = ['subject', 'metric'].map((name) => field(name)(raw));
    return subject && metric ? `${subject} ${metric}` : undefined;
  };

  const sources = readList(`${folder}/sources.yaml`, sourceSchema, field('key'));
  const sourceTexts = new Map<string, string>();
  for (const source of sources) {
    const path = `${folder}/sources/${source.value.key}.txt`;
    if (existsSync(path)) sourceTexts.set(source.value.key, readFileSync(path, 'utf8'));
    else problems.push({ origin: source.origin, reason: `its text file ${display(path)} is missing` });
  }

  const entityFolder = `${folder}/entities`;
  const entityFiles = existsSync(entityFolder)
    ? readdirSync(entityFolder)
        .filter((file) => file.endsWith('.yaml'))
        .sort()
    : [];
  const entities = entityFiles.flatMap((file) =>
    readList(`${entityFolder}/${file}`, entitySchema, field('key')),
  );

  return {
    data: {
      sources,
      sourceTexts,
      entities,
      relationships: readList(`${folder}/relationships.yaml`, relationshipSchema, relationshipLabel),
      statistics: readList(`${folder}/statistics.yaml`, statisticSchema, statisticLabel),
      exclusions: readList(`${folder}/coverage-exclusions.yaml`, exclusionSchema, field('text')).map(
        (e) => e.value,
      ),
    },
    problems,
  };
}
