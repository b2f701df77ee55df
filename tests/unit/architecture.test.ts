import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/project-root.ts';

/**
 * The import rule of docs/architecture.md: layers import only downwards, main -> process -> http ->
 * schema -> graph -> domain / neo4j, with seed/ beside the schema and the leaves (context, errors,
 * logger, project-root) open to all. A wrong-way import fails here with the file and the import.
 */

type Layer =
  | 'main'
  | 'process'
  | 'http'
  | 'schema'
  | 'seed'
  | 'graph'
  | 'neo4j'
  | 'domain'
  | 'leaf'
  | 'context';

const MAY_IMPORT: Record<Layer, readonly Layer[]> = {
  main: ['process', 'http', 'schema', 'seed', 'graph', 'neo4j', 'domain', 'context', 'leaf'],
  process: ['http', 'schema', 'seed', 'graph', 'neo4j', 'domain', 'context', 'leaf'],
  http: ['schema', 'graph', 'neo4j', 'domain', 'context', 'leaf'],
  schema: ['graph', 'domain', 'context', 'leaf'],
  seed: ['graph', 'neo4j', 'domain', 'leaf'],
  // What every resolver sees: the request's repositories and loaders.
  context: ['graph', 'neo4j', 'leaf'],
  graph: ['neo4j', 'domain', 'leaf'],
  neo4j: ['leaf'],
  domain: [],
  leaf: [],
};

const SRC = fromRoot('src');

/** The layer of a file under src/: its folder, or the entry point, or one of the leaves beside it. */
function layerOf(path: string): Layer {
  const [first, ...rest] = relative(SRC, path).split('/');
  if (rest.length === 0) {
    if (first === 'main.ts') return 'main';
    if (first === 'context.ts') return 'context';
    return 'leaf';
  }
  if (first && first in MAY_IMPORT && first !== 'leaf' && first !== 'main' && first !== 'context')
    return first as Layer;
  throw new Error(`src/${first}/ is not a layer of docs/architecture.md: add it to the rule`);
}

/** The relative modules a file imports: static imports, re-exports and dynamic imports, types included. */
function importsOf(text: string): string[] {
  const specifiers = text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^import\s+)(['"])(\.{1,2}\/[^'"]+)\1/gm);
  return [...specifiers].map((match) => match[2] as string);
}

/** Every import of `files` that breaks the rule, as `src/a.ts -> src/b.ts (a may not import b)`. */
function wrongWayImports(files: { path: string; text: string }[]): string[] {
  const wrong: string[] = [];
  for (const { path, text } of files) {
    const from = layerOf(path);
    for (const specifier of importsOf(text)) {
      const target = resolve(dirname(path), specifier);
      if (!target.startsWith(`${SRC}/`)) {
        wrong.push(`${relative(fromRoot(), path)} -> ${specifier} (src/ imports nothing outside it)`);
        continue;
      }
      const to = layerOf(target);
      if (to === from && from !== 'leaf') continue;
      if (!MAY_IMPORT[from].includes(to))
        wrong.push(
          `${relative(fromRoot(), path)} -> ${relative(fromRoot(), target)} (${from} may not import ${to})`,
        );
    }
  }
  return wrong;
}

function sourceFiles(dir: string): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [{ path, text: readFileSync(path, 'utf8') }] : [];
  });
}

describe('the import rule (docs/architecture.md)', () => {
  it('holds for every module of src/', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(50);
    expect(wrongWayImports(files)).toEqual([]);
  });

  it('fails on a wrong-way import, a leaf importing a layer, and a path out of src/', () => {
    const at = (path: string) => join(SRC, path);
    expect(
      wrongWayImports([
        { path: at('graph/entities.ts'), text: "import { builder } from '../schema/builder.ts';" },
        { path: at('domain/rules.ts'), text: "import type { Executor } from '../neo4j/executor.ts';" },
        { path: at('neo4j/connect.ts'), text: "const c = await import('../process/config.ts');" },
        { path: at('errors.ts'), text: "export { x } from './graph/storage.ts';" },
        { path: at('http/server.ts'), text: "import { x } from '../../bench/shapes.ts';" },
        {
          path: at('http/server.ts'),
          text: "import { schema } from '../schema/index.ts';\nimport { a } from './auth.ts';",
        },
      ]),
    ).toEqual([
      'src/graph/entities.ts -> src/schema/builder.ts (graph may not import schema)',
      'src/domain/rules.ts -> src/neo4j/executor.ts (domain may not import neo4j)',
      'src/neo4j/connect.ts -> src/process/config.ts (neo4j may not import process)',
      'src/errors.ts -> src/graph/storage.ts (leaf may not import graph)',
      'src/http/server.ts -> ../../bench/shapes.ts (src/ imports nothing outside it)',
    ]);
  });

  it('knows every folder of src/ as a layer', () => {
    const folders = readdirSync(SRC, { withFileTypes: true }).filter((entry) => entry.isDirectory());
    for (const folder of folders) expect(() => layerOf(join(SRC, folder.name, 'x.ts'))).not.toThrow();
  });
});
