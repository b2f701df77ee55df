import neo4j from 'neo4j-driver';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { resultErrors } from '../../src/http/result-errors.ts';
import { createServer } from '../../src/http/server.ts';

/**
 * Refused requests are the client's problem: one info line each, without a stack; nothing at error.
 * Every refusal here happens before any resolver runs, so the driver never connects to anything.
 */
describe('the log of refused requests', () => {
  const lines: { level: number; msg: string; errors?: { code: string; message: string }[]; err?: unknown }[] =
    [];
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  const driver = neo4j.driver('bolt://127.0.0.1:1');
  const server = createServer({ driver, database: 'neo4j', logger });
  afterAll(() => driver.close());

  const refusedWith = async (query: string) => {
    lines.length = 0;
    const response = await server.yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'refusal-1' },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as {
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    return { body, logged: lines.filter((line) => line.msg !== 'request') };
  };

  it.each([
    [
      'an alias flood',
      `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: node(id: "x") { id }`).join(' ')} }`,
      /Aliases limit of 30 exceeded, found 31/,
    ],
    [
      'a query too deep',
      `{ ${'node(id: "x") { ... on Entity { neighbors(first: 1) { edges { node { '.repeat(3)}key${' } } } } }'.repeat(3)} }`,
      /Query depth limit of 12 exceeded/,
    ],
    ['a token flood', `{ ${'__typename '.repeat(6000)} }`, /Token limit of 5000 exceeded/],
    ['an unknown field', '{ nope }', /Cannot query field "nope"/],
  ])('logs %s once at info, naming the refusal, with no stack', async (_, query, message) => {
    const { body, logged } = await refusedWith(query);
    expect(body.errors?.[0]?.message).toMatch(message);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ level: 30, msg: 'request refused', requestId: 'refusal-1' });
    expect(logged[0]?.errors?.[0]?.message).toMatch(message);
    expect(logged[0]?.err).toBeUndefined();
  });
});

describe('the errors of a result, as the metrics and the log count them', () => {
  it('gives each error its code, GRAPHQL_VALIDATION_FAILED where it has none, across a batch', () => {
    expect(
      resultErrors([
        { errors: [{ message: 'Syntax Error: Aliases limit of 30 exceeded, found 31.' }] },
        { data: { entity: null }, errors: [{ message: 'No entity', extensions: { code: 'NOT_FOUND' } }] },
        { data: { entity: { key: 'town:jinxi' } } },
      ]),
    ).toEqual([
      { code: 'GRAPHQL_VALIDATION_FAILED', message: 'Syntax Error: Aliases limit of 30 exceeded, found 31.' },
      { code: 'NOT_FOUND', message: 'No entity' },
    ]);
    expect(resultErrors({ data: { entity: { key: 'town:jinxi' } } })).toEqual([]);
  });
});
