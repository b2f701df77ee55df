import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
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
import { auditServer } from 'graphql-http';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playgroundExamples } from '../src/playground-examples.ts';
import { fromRoot } from '../src/project-root.ts';
import { schema } from '../src/schema/index.ts';
import { printedSchema } from '../src/schema/print.ts';
import type { Server } from '../src/server.ts';
import { graphqlData, seedGraph, testDriver, testServer } from './helpers.ts';

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
    if (!existsSync(SHARED_CONTRACT)) return expect(existsSync(CONTRACT)).toBe(true);
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

describe('over HTTP', () => {
  let driver: Driver;
  let server: Server;
  let http: HttpServer;
  let url: string;

  beforeAll(async () => {
    driver = testDriver();
    await seedGraph(driver);
    server = testServer(driver);
    http = createServer(server.yoga);
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    http.closeAllConnections();
    await new Promise((resolve) => http.close(resolve));
    await driver.close();
  });

  it('passes the GraphQL-over-HTTP audit of graphql-http with no failure', async () => {
    const results = await auditServer({ url });
    const failures = results
      .filter((result) => result.status === 'error')
      .map((result) => `${result.id} ${result.name}: ${'reason' in result ? result.reason : ''}`);
    expect(failures).toEqual([]);
    expect(results.filter((result) => result.status === 'ok').length).toBeGreaterThan(40);
  });

  it('serves GraphiQL with the example tabs, without loading it from a CDN', async () => {
    const response = await fetch(url, { headers: { accept: 'text/html' } });
    const html = await response.text();
    expect(response.status).toBe(200);
    for (const example of playgroundExamples) {
      const operation = /query (\w+)/.exec(example.query)?.[1];
      expect(html).toContain(operation);
    }
    expect(html).not.toMatch(/unpkg\.com|cdn\.jsdelivr/);
  });
});

describe('playground examples', () => {
  let driver: Driver;
  let server: Server;
  beforeAll(async () => {
    driver = testDriver();
    server = testServer(driver);
  });
  afterAll(async () => {
    await driver.close();
  });
  const run = (name: string) => {
    const example = playgroundExamples.find((e) => e.name === name);
    if (!example) throw new Error(`no example ${name}`);
    return graphqlData<unknown>(server, example.query, example.variables);
  };

  it('District overview: industries, the three honours and the supporters with citations', async () => {
    const { entity } = (await run('District overview')) as {
      entity: {
        honors: { name: string; date: string }[];
        supporters: { citation: { quote: string } }[];
        industries: unknown[];
      };
    };
    expect(entity.honors.map((h) => h.date).sort()).toEqual(['2021-01', '2021-02-25', '2021-03']);
    expect(entity.supporters.every((s) => s.citation.quote.length > 0)).toBe(true);
    expect(entity.industries.length).toBeGreaterThanOrEqual(3);
  });

  it('searches find 濯水景区 and 中信集团 first', async () => {
    const zhuoshui = (await run('Search 濯水')) as { search: { entity: { key: string } }[] };
    const citic = (await run('Search CITIC')) as { search: { entity: { key: string } }[] };
    expect(zhuoshui.search[0]?.entity.key).toBe('scenic:zhuoshui');
    expect(citic.search[0]?.entity.key).toBe('org:citic-group');
  });

  it('the neighbourhood of 濯水景区 starts at it, holds its four relationships and is cut at 50 nodes', async () => {
    type End = { key: string };
    const { subgraph } = (await run('Neighbourhood of 濯水景区')) as {
      subgraph: {
        truncated: boolean;
        nodes: End[];
        relationships: { type: string; from: End; to: End }[];
      };
    };
    expect(subgraph.nodes[0]?.key).toBe('scenic:zhuoshui');
    expect(subgraph.nodes).toHaveLength(50);
    expect(subgraph.truncated).toBe(true);
    const own = subgraph.relationships
      .filter((r) => r.from.key === 'scenic:zhuoshui')
      .map((r) => `${r.type} ${r.to.key}`)
      .sort();
    expect(own).toEqual([
      'DESIGNATED_AS brand:municipal-tourism-poverty-alleviation-demonstration-scenic-area',
      'DESIGNATED_AS brand:national-5a-scenic-area',
      'IMPLEMENTS initiative:tourism-poverty-alleviation',
      'LOCATED_IN district:qianjiang',
    ]);
  });

  it('the path, the 2020 sericulture figures and the timeline answer', async () => {
    const path = (await run('Path 中信集团 → 濯水景区')) as { shortestPath: { length: number } };
    const sericulture = (await run('Sericulture 2020')) as { statistics: { totalCount: number } };
    const timeline = (await run('Timeline')) as { timeline: unknown[] };
    expect(path.shortestPath.length).toBe(2);
    expect(sericulture.statistics.totalCount).toBe(17);
    expect(timeline.timeline).toHaveLength(9);
  });
});
