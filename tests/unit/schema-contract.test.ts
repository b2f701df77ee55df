import { existsSync, readFileSync } from 'node:fs';
import {
  astFromValue,
  type FieldDefinitionNode,
  type GraphQLArgument,
  type GraphQLField,
  isEnumType,
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
  print,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/project-root.ts';
import { schema } from '../../src/schema/index.ts';
import { printedSchema } from '../../src/schema/print.ts';
import { printedSubgraphSchema } from '../../src/schema/subgraph.ts';

const CONTRACT = fromRoot('contract', 'core.graphql');
const SHARED_CONTRACT = fromRoot('..', 'shared', 'contract', 'core.graphql');

/** Every way the live schema may break the contract: a missing type, field, argument, or a changed one. */
function contractBreaks(contractSdl: string): string[] {
  const breaks: string[] = [];
  for (const definition of parse(contractSdl).definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION &&
      definition.kind !== Kind.ENUM_TYPE_DEFINITION
    ) {
      continue;
    }
    const name = definition.name.value;
    const live = schema.getType(name);
    if (!live) {
      breaks.push(`type ${name} is missing`);
      continue;
    }
    if (definition.kind === Kind.ENUM_TYPE_DEFINITION) {
      if (!isEnumType(live)) breaks.push(`${name} is no longer an enum`);
      else
        for (const value of definition.values ?? []) {
          if (!live.getValue(value.name.value)) breaks.push(`${name}.${value.name.value} is missing`);
        }
      continue;
    }
    const kindMatches =
      definition.kind === Kind.OBJECT_TYPE_DEFINITION ? isObjectType(live) : isInterfaceType(live);
    if (!kindMatches || !(isObjectType(live) || isInterfaceType(live))) {
      breaks.push(`${name} changed kind`);
      continue;
    }
    const interfaces = new Set(live.getInterfaces().map((i) => i.name));
    for (const implemented of definition.interfaces ?? []) {
      if (!interfaces.has(implemented.name.value))
        breaks.push(`${name} no longer implements ${implemented.name.value}`);
    }
    const liveFields = live.getFields();
    for (const field of definition.fields ?? [])
      breaks.push(...fieldBreaks(name, field, liveFields[field.name.value]));
  }
  return breaks;
}

function fieldBreaks(
  typeName: string,
  field: FieldDefinitionNode,
  live: GraphQLField<unknown, unknown> | undefined,
): string[] {
  const at = `${typeName}.${field.name.value}`;
  if (!live) return [`${at} is missing`];
  const breaks: string[] = [];
  if (String(live.type) !== print(field.type))
    breaks.push(`${at} is ${live.type}, contract says ${print(field.type)}`);
  const contractArgs = new Set<string>();
  for (const arg of field.arguments ?? []) {
    contractArgs.add(arg.name.value);
    const liveArg = live.args.find((a) => a.name === arg.name.value);
    if (!liveArg) {
      breaks.push(`${at}(${arg.name.value}) is missing`);
      continue;
    }
    if (String(liveArg.type) !== print(arg.type))
      breaks.push(`${at}(${arg.name.value}) is ${liveArg.type}, contract says ${print(arg.type)}`);
    const contractDefault = arg.defaultValue ? print(arg.defaultValue) : undefined;
    if (contractDefault !== printedDefault(liveArg)) {
      breaks.push(
        `${at}(${arg.name.value}) defaults to ${printedDefault(liveArg)}, contract says ${contractDefault}`,
      );
    }
  }
  for (const extra of live.args.filter((a) => !contractArgs.has(a.name))) {
    if (String(extra.type).endsWith('!') && extra.defaultValue === undefined)
      breaks.push(`${at} adds required argument ${extra.name}`);
  }
  return breaks;
}

function printedDefault(arg: GraphQLArgument): string | undefined {
  if (arg.defaultValue === undefined) return undefined;
  const ast = astFromValue(arg.defaultValue, arg.type);
  return ast ? print(ast) : undefined;
}

describe('the core contract', () => {
  it('is kept as a copy in the repository identical to shared/contract', () => {
    // CI always has ../shared beside the checkout: without it this check would prove nothing, so it fails.
    expect(
      existsSync(SHARED_CONTRACT),
      `${SHARED_CONTRACT} is missing: check out shared/ beside the repository`,
    ).toBe(true);
    expect(readFileSync(CONTRACT, 'utf8')).toBe(readFileSync(SHARED_CONTRACT, 'utf8'));
  });

  it('is fully contained in the live schema', () => {
    expect(contractBreaks(readFileSync(CONTRACT, 'utf8'))).toEqual([]);
  });

  it('would notice a removed or retyped field (the check can fail)', () => {
    const tampered = `type Statistic { value: Int! metric: String! label(short: Boolean): String! nope: String }
      type Query { search(query: String!, first: Int = 99): [SearchHit!]! }`;
    expect(contractBreaks(tampered)).toEqual([
      'Statistic.value is Float!, contract says Int!',
      'Statistic.label(short) is missing',
      'Statistic.nope is missing',
      'Query.search(first) defaults to 10, contract says 99',
    ]);
  });

  it('documents every type, field and argument', () => {
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name))
        continue;
      if (!type.description) undocumented.push(type.name);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
          for (const arg of field.args)
            if (!arg.description) undocumented.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    expect(undocumented).toEqual([]);
  });
});

describe('schema.graphql', () => {
  it('is the printed live schema (run `npm run schema:print` after changing the schema)', () => {
    expect(readFileSync(fromRoot('schema.graphql'), 'utf8')).toBe(printedSchema());
  });
});

describe('subgraph.graphql', () => {
  it('is the printed federation subgraph (run `npm run schema:print` after changing the schema)', () => {
    expect(readFileSync(fromRoot('subgraph.graphql'), 'utf8')).toBe(printedSubgraphSchema());
  });

  it('declares every entity type resolvable by key, and keeps the plain schema free of federation', () => {
    const sdl = readFileSync(fromRoot('subgraph.graphql'), 'utf8');
    for (const type of ['interface Entity', 'type District', 'type Town', 'type ScenicArea', 'type Source'])
      expect(sdl).toMatch(
        new RegExp(`${type} implements [^@]+@key\\(fields: "key"\\)\\s+@key\\(fields: "id"\\)`),
      );
    expect(sdl).toMatch(/type Relationship implements Node\s+@key\(fields: "id"\)/);
    expect(printedSchema()).not.toMatch(/@key|_entities|_service|@link/);
  });
});
