import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import {
  buildSchema,
  type DocumentNode,
  type FieldDefinitionNode,
  Kind,
  type NamedTypeNode,
  parse,
  print,
  validateSchema,
  visit,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/project-root.ts';

/**
 * The generated client (client/generated) against schema.graphql, with the real tools: codegen's
 * --check on the repository, the trusted-documents manifest, and, in a throwaway copy of the
 * project, two schema changes that must break the frontend build (one at codegen, one at tsc).
 */

/** Every operation the explorer and the example client send, by name. */
const OPERATIONS = [
  'DistrictOverview',
  'DistrictOverviewDeferred',
  'ExplorerAddRelationship',
  'ExplorerChanges',
  'ExplorerEditableEntity',
  'ExplorerEntity',
  'ExplorerEntityBrief',
  'ExplorerLastChangeSeq',
  'ExplorerPath',
  'ExplorerSearch',
  'ExplorerSourceSpans',
  'ExplorerSubgraph',
  'ExplorerTimeline',
  'ExplorerUpsertEntity',
  'McpExplainLink',
  'McpFigureGroups',
  'McpFigures',
  'McpGetEntity',
  'McpNeighbourhood',
  'McpReadPassage',
  'McpSearchEntities',
  'McpSourceList',
  'McpSourceText',
  'McpTimeline',
];

/** Generous: one tool run takes a few seconds, more on a busy 2-core machine. */
const TOOL_TIMEOUT = 90_000;

interface ToolRun {
  code: number;
  output: string;
}

/**
 * Runs a tool from node_modules/.bin and resolves with its exit code and stdout + stderr, whatever the
 * code. Without vitest's NODE_ENV=test, which would make codegen silent: the output is what a terminal sees.
 */
function runTool(tool: 'graphql-codegen' | 'tsc', args: string[], cwd: string): Promise<ToolRun> {
  const { NODE_ENV: _vitest, ...env } = process.env;
  return new Promise((resolve, reject) => {
    execFile(
      fromRoot('node_modules', '.bin', tool),
      args,
      { cwd, env, timeout: TOOL_TIMEOUT, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          reject(new Error(`${tool} ${args.join(' ')} did not run to the end: ${error.message}\n${stderr}`));
          return;
        }
        const code = error ? (error.code as number) : 0;
        resolve({ code, output: stripVTControlCharacters(`${stdout}\n${stderr}`) });
      },
    );
  });
}

const codegen = (cwd: string) => runTool('graphql-codegen', ['--config', 'codegen.ts'], cwd);
const typecheckExplorer = (cwd: string) =>
  runTool('tsc', ['--noEmit', '--pretty', 'false', '-p', 'explorer'], cwd);

/** The files codegen reads documents from (codegen.ts: explorer/src and client, not client/generated). */
function documentSources(): string[] {
  const under = (folder: string) =>
    readdirSync(fromRoot(folder), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .map((file) => `${folder}/${file}`);
  return [...under('explorer/src'), ...under('client'), 'src/http/mcp-tools.ts'].filter(
    (file) => !file.startsWith('client/generated/'),
  );
}

const operationNames = (document: DocumentNode): string[] =>
  document.definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION && definition.name ? [definition.name.value] : [],
  );

/** The schema without `field` on the `Entity` interface and on every type implementing it. */
function withoutEntityField(sdl: string, field: string): { sdl: string; editedTypes: string[] } {
  const editedTypes: string[] = [];
  const drop = (typeName: string, fields: readonly FieldDefinitionNode[] | undefined) => {
    const kept = (fields ?? []).filter((definition) => definition.name.value !== field);
    if (kept.length !== (fields ?? []).length) editedTypes.push(typeName);
    return kept;
  };
  const edited = visit(parse(sdl), {
    InterfaceTypeDefinition: (node) =>
      node.name.value === 'Entity' ? { ...node, fields: drop(node.name.value, node.fields) } : undefined,
    ObjectTypeDefinition: (node) =>
      node.interfaces?.some((implemented) => implemented.name.value === 'Entity')
        ? { ...node, fields: drop(node.name.value, node.fields) }
        : undefined,
  });
  return { sdl: print(edited), editedTypes };
}

/** The schema with `Statistic.value` retyped from `Float!` to a nullable `String`. */
function withStatisticValueAsString(sdl: string): string {
  const string: NamedTypeNode = { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'String' } };
  const edited = visit(parse(sdl), {
    ObjectTypeDefinition: (node) =>
      node.name.value === 'Statistic'
        ? {
            ...node,
            fields: node.fields?.map((definition) =>
              definition.name.value === 'value' ? { ...definition, type: string } : definition,
            ),
          }
        : undefined,
  });
  return print(edited);
}

/** A schema that is still a valid GraphQL schema (so a failure below is the frontend's, not the SDL's). */
function expectValidSchema(sdl: string): void {
  expect(validateSchema(buildSchema(sdl)).map((error) => error.message)).toEqual([]);
}

describe('committed generated client', () => {
  it(
    'is current: graphql-codegen --check finds nothing to regenerate',
    async () => {
      const { code, output } = await runTool(
        'graphql-codegen',
        ['--config', 'codegen.ts', '--check'],
        fromRoot(),
      );
      expect(output).not.toMatch(/stale files|[Ff]ailed/);
      expect(code).toBe(0);
    },
    TOOL_TIMEOUT,
  );

  it('lists every operation the frontends send, each under the sha256 of its text', () => {
    const manifest = JSON.parse(
      readFileSync(fromRoot('client', 'generated', 'persisted-documents.json'), 'utf8'),
    ) as Record<string, string>;

    // The operations written in the sources codegen reads.
    const declared = documentSources().flatMap((file) =>
      [
        ...readFileSync(fromRoot(file), 'utf8').matchAll(/(?:\bgraphql\(\s*|\/\* GraphQL \*\/\s*)`([^`]*)`/g),
      ].flatMap((match) => operationNames(parse(match[1] ?? '')).map((name) => ({ name, file }))),
    );
    expect(declared.map(({ name }) => name).sort()).toEqual(OPERATIONS);
    expect(declared.find(({ name }) => name === 'DistrictOverview')?.file).toBe(
      'client/examples/district-overview.ts',
    );
    expect(
      new Set(declared.filter(({ file }) => file === 'explorer/src/api.ts').map(({ name }) => name)),
    ).toEqual(new Set(OPERATIONS.filter((name) => name.startsWith('Explorer'))));

    // One manifest entry per operation, keyed by its own hash, with the fragments it spreads.
    const generated = readFileSync(fromRoot('client', 'generated', 'graphql.ts'), 'utf8');
    const named: string[] = [];
    for (const [id, text] of Object.entries(manifest)) {
      expect(id).toBe(`sha256:${createHash('sha256').update(text).digest('hex')}`);
      const names = operationNames(parse(text));
      expect(names, id).toHaveLength(1);
      named.push(...names);
      // The id is what the client sends: it is embedded in the generated document (a deferred one
      // lists its deferred fields after it).
      expect(generated).toContain(`"__meta__":{"hash":"${id}"`);
    }
    expect(named.sort()).toEqual(OPERATIONS);
    expect(Object.keys(manifest)).toHaveLength(OPERATIONS.length);
    expect(Object.values(manifest).find((text) => text.includes('query ExplorerSearch('))).toContain(
      'fragment EntityBrief on Entity { key name nameEn type }',
    );
  });
});

describe('schema changes the frontends depend on', () => {
  let scratch: string;
  let schemaSdl: string;

  /** A copy of what codegen and the explorer's tsc read, laid out as in the repository. */
  function copyProject(name: string): string {
    const root = `${scratch}/${name}`;
    mkdirSync(root);
    for (const file of ['codegen.ts', 'schema.graphql', 'tsconfig.json'])
      cpSync(fromRoot(file), `${root}/${file}`);
    const explorerDist = fromRoot('explorer', 'dist');
    cpSync(fromRoot('explorer'), `${root}/explorer`, {
      recursive: true,
      filter: (source) => source !== explorerDist && !source.startsWith(`${explorerDist}/`),
    });
    cpSync(fromRoot('client'), `${root}/client`, { recursive: true });
    // The MCP tools' trusted documents (codegen.ts reads them there, beside the server that runs them).
    mkdirSync(`${root}/src/http`, { recursive: true });
    cpSync(fromRoot('src', 'http', 'mcp-tools.ts'), `${root}/src/http/mcp-tools.ts`);
    return root;
  }

  beforeAll(() => {
    // Inside the repository, so node_modules (codegen's preset, tsc's types) resolves from the parent.
    mkdirSync(fromRoot('.tmp'), { recursive: true });
    scratch = mkdtempSync(fromRoot('.tmp', 'client-check-'));
    schemaSdl = readFileSync(fromRoot('schema.graphql'), 'utf8');
  });

  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
    try {
      rmdirSync(fromRoot('.tmp'));
    } catch {
      // Something else still uses .tmp.
    }
  });

  it(
    'removing Entity.nameEn, which the explorer and the example select, fails codegen naming field and files',
    async () => {
      const project = copyProject('no-name-en');
      const manifestBefore = readFileSync(`${project}/client/generated/persisted-documents.json`, 'utf8');
      const { sdl, editedTypes } = withoutEntityField(schemaSdl, 'nameEn');
      expect(editedTypes).toEqual(expect.arrayContaining(['Entity', 'District', 'Industry', 'Event']));
      expect(sdl).not.toMatch(/^\s*nameEn: String$/m);
      expectValidSchema(sdl);
      writeFileSync(`${project}/schema.graphql`, sdl);

      const { code, output } = await codegen(project);
      expect(code).not.toBe(0);
      expect(output).toContain('GraphQL Document Validation failed');
      expect(output).toContain('Cannot query field "nameEn" on type "Entity"');
      // DistrictOverview selects industries { nameEn }: the concrete type is named too.
      expect(output).toContain('Cannot query field "nameEn" on type "Industry"');
      expect(output).toContain(`${project}/explorer/src/api.ts`);
      expect(output).toContain(`${project}/client/examples/district-overview.ts`);
      // Nothing half-written: the copied client is untouched.
      expect(readFileSync(`${project}/client/generated/persisted-documents.json`, 'utf8')).toBe(
        manifestBefore,
      );
    },
    3 * TOOL_TIMEOUT,
  );

  it(
    'retyping Statistic.value from Float! to String regenerates fine but fails the explorer type-check in details.ts',
    async () => {
      // Two identical copies; only the second gets the change.
      const unchanged = copyProject('unchanged');
      const project = copyProject('value-as-string');

      const sdl = withStatisticValueAsString(schemaSdl);
      expect(sdl).toMatch(/^type Statistic implements Node \{[^}]*^ {2}value: String$/m);
      expectValidSchema(sdl);
      writeFileSync(`${project}/schema.graphql`, sdl);

      // Side by side (2 cores): the unchanged copy type-checks, so the failure below is the change's.
      const [before, regenerated] = await Promise.all([typecheckExplorer(unchanged), codegen(project)]);
      expect(before.output).not.toMatch(/error TS\d+/);
      expect(before.code).toBe(0);
      expect(regenerated.output).not.toMatch(/[Ff]ailed/);
      expect(regenerated.code).toBe(0);
      // The result type of ExplorerEntity, before (committed) and after: number became string | null.
      const entityQueryType = (file: string) =>
        /^export type ExplorerEntityQuery = [^;]*;$/m.exec(readFileSync(file, 'utf8'))?.[0] ?? '';
      const statisticsBefore =
        'statistics: Array<{ metric: string, label: string, scope: string | null, scopeEn: string | null, value: number, unit: string,';
      expect(entityQueryType(fromRoot('client', 'generated', 'graphql.ts'))).toContain(statisticsBefore);
      const regeneratedType = entityQueryType(`${project}/client/generated/graphql.ts`);
      expect(regeneratedType).toContain(
        'statistics: Array<{ metric: string, label: string, scope: string | null, scopeEn: string | null, value: string | null, unit: string,',
      );
      expect(regeneratedType).not.toContain('value: number');
      // Every query is still valid, so every trusted-document id stays the same.
      expect(readFileSync(`${project}/client/generated/persisted-documents.json`, 'utf8')).toBe(
        readFileSync(fromRoot('client', 'generated', 'persisted-documents.json'), 'utf8'),
      );

      const after = await typecheckExplorer(project);
      expect(after.code).not.toBe(0);
      const errors = after.output.split('\n').filter((line) => /error TS\d+/.test(line));
      // formatNumber(lang, stat.value) wants a number; the one error, where the explorer uses the number.
      expect(errors).toEqual([
        expect.stringMatching(
          /^explorer\/src\/details\.ts\(\d+,\d+\): error TS2345: Argument of type 'string \| null' is not assignable to parameter of type 'number'\.$/,
        ),
      ]);
      const [, line] = /^explorer\/src\/details\.ts\((\d+),/.exec(errors[0] ?? '') ?? [];
      const source = readFileSync(`${project}/explorer/src/details.ts`, 'utf8').split('\n');
      expect(source[Number(line) - 1]).toContain('formatNumber(lang, stat.value)');
    },
    4 * TOOL_TIMEOUT,
  );
});
