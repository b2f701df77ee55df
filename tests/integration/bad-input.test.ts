import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSeededServer } from '../support/fixture.ts';
import { type Listening, listen, rawRequest } from '../support/http.ts';

/**
 * Hostile and malformed requests against the real HTTP server. For each: a clear error, nothing
 * from inside the server in the response, the server still up, and the graph unchanged.
 */

const kg = useSeededServer({ seed: true, listen: true });
let closed: Listening;
let base: string;
let closedBase: string;
let checksum: string;

const LEAKS = /Neo4jError|Neo\.ClientError|Neo\.TransientError|\bat .*\.(ts|js):\d+|node_modules|Cypher/;

beforeAll(async () => {
  base = kg.url;
  closed = await listen(
    kg.serverWith({
      limits: { introspection: false, maxDepth: 12, maxComplexity: 50_000, queryTimeoutMs: 10_000 },
    }).listener,
  );
  closedBase = closed.url;
  checksum = await kg.checksum();
});

afterAll(async () => {
  await closed.close();
  // Nothing any case sent may have changed the graph.
  expect(await kg.checksum()).toBe(checksum);
});

interface Answer {
  status: number;
  text: string;
  json: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } | undefined;
}

async function send(init: RequestInit & { path?: string; url?: string }): Promise<Answer> {
  const response = await fetch(init.url ?? `${base}${init.path ?? '/graphql'}`, init);
  const text = await response.text();
  let json: Answer['json'];
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, text, json };
}

const post = (query: string, variables: Record<string, unknown> = {}, url = `${base}/graphql`) =>
  send({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });

const messages = (answer: Answer) => (answer.json?.errors ?? []).map((error) => error.message).join('\n');

/** The checks every hostile request must pass besides its own. */
async function expectContained(answer: Answer) {
  expect(answer.text).not.toMatch(LEAKS);
  // Every error says what kind it is: none without a code.
  for (const error of answer.json?.errors ?? [])
    expect(error.extensions?.code, error.message).toBeTypeOf('string');
  const health = await fetch(`${base}/health`);
  expect(health.status).toBe(200);
}

const nested = (depth: number) =>
  `{ entity(key: "district:qianjiang") { ${'neighbors(first: 1) { edges { node { '.repeat(depth)}key${' } } }'.repeat(depth)} } }`;

describe('operation limits', () => {
  it('1. refuses deep nesting, naming the depth limit', async () => {
    // Deep but cheap (so the depth limit, not the cost limit, is what it hits).
    const answer = await post(nested(5));
    expect(messages(answer)).toMatch(/Query depth limit of 12 exceeded/);
    expect(answer.json?.data).toBeUndefined();
    await expectContained(answer);
  });

  it('2. refuses deep nesting hidden in fragments', async () => {
    const fragments = Array.from(
      { length: 5 },
      (_, i) => `fragment F${i} on Entity { neighbors(first: 1) { edges { node { ...F${i + 1} } } } }`,
    ).join('\n');
    const answer = await post(
      `{ entity(key: "town:jinxi") { ...F0 } } ${fragments} fragment F5 on Entity { key }`,
    );
    expect(messages(answer)).toMatch(/Query depth limit of 12 exceeded/);
    await expectContained(answer);
  });

  it('3. refuses depth hidden in a fragment named __schema', async () => {
    const inner = `${'neighbors(first: 1) { edges { node { '.repeat(5)}key${' } } }'.repeat(5)}`;
    const answer = await post(
      `{ entity(key: "town:jinxi") { ...__schema } } fragment __schema on Entity { ${inner} }`,
    );
    expect(messages(answer)).toMatch(/Query depth limit of 12 exceeded/);
    await expectContained(answer);
  });

  it('4. refuses an alias flood', async () => {
    const aliases = Array.from({ length: 200 }, (_, i) => `a${i}: entity(key: "town:jinxi") { key }`).join(
      ' ',
    );
    const answer = await post(`{ ${aliases} }`);
    expect(answer.json?.errors?.[0]?.message).toMatch(/aliases/i);
    await expectContained(answer);
  });

  it('5. refuses a directive flood', async () => {
    const answer = await post(`{ entity(key: "town:jinxi") { key ${'@include(if: true) '.repeat(100)} } }`);
    expect(answer.json?.errors?.[0]?.message).toMatch(/directives/i);
    await expectContained(answer);
  });

  it('6. refuses a token flood', async () => {
    const answer = await post(`{ ${'__typename '.repeat(6000)} }`);
    expect(answer.json?.errors?.[0]?.message).toMatch(/token/i);
    await expectContained(answer);
  });

  it('7. refuses a cost bomb that stays under the depth limit', async () => {
    // Depth 10, but 100 x 100 x 100 entities: the page sizes multiply.
    const answer = await post(
      `{ entities(first: 100) { edges { node { neighbors(first: 100) { edges { node {
          neighbors(first: 100) { edges { node { key } } } } } } } } } }`,
    );
    expect(answer.json?.errors?.[0]?.message).toMatch(/Query complexity \d+ exceeds the limit of 50000/);
    expect(answer.json?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await expectContained(answer);
  });

  it("7b. estimates the cost with each request's variables: one refusal does not refuse the next", async () => {
    const nested = `query Nested($n: Int!) { entities(first: $n) { edges { node { neighbors(first: $n) {
        edges { node { neighbors(first: $n) { edges { node { key } } } } } } } } } }`;
    const refused = await post(nested, { n: 100 });
    expect(refused.json?.errors?.[0]?.message).toMatch(/Query complexity \d+ exceeds the limit of 50000/);
    // The same document with small pages is fine, even right after the refusal (yoga caches a
    // document's validation; the estimate must not be part of it).
    const small = await post(nested, { n: 1 });
    expect(small.json?.errors).toBeUndefined();
    expect(small.json?.data).toMatchObject({ entities: { edges: [{ node: { neighbors: {} } }] } });
    const again = await post(nested, { n: 100 });
    expect(again.json?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await expectContained(again);
  });

  it('7c. variables that do not fit their types are BAD_USER_INPUT naming the variable, each time', async () => {
    const query = 'query Page($first: Int!) { entities(first: $first) { totalCount } }';
    const first = await post(query, { first: 'ten' });
    expect(first.json?.errors?.[0]).toMatchObject({
      message: 'Variable "$first" got invalid value "ten"; Int cannot represent non-integer value: "ten"',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const second = await post(query, { first: 'eleven' });
    expect(second.json?.errors?.[0]?.message).toContain('"eleven"');
    expect(second.json?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await post(query, {});
    expect(missing.json?.errors?.[0]).toMatchObject({
      message: 'Variable "$first" of required type "Int!" was not provided.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const fine = await post(query, { first: 5 });
    expect(fine.json?.data).toEqual({ entities: { totalCount: 131 } });
    await expectContained(second);
  });

  it('8. refuses cycles of fragments', async () => {
    const answer = await post(
      '{ entity(key: "town:jinxi") { ...A } } fragment A on Entity { ...B } fragment B on Entity { ...A }',
    );
    expect(answer.json?.data).toBeUndefined();
    expect(messages(answer)).toMatch(/Cannot spread fragment "A" within itself/);
    await expectContained(answer);
  });

  it('9. hides introspection and field suggestions when introspection is switched off', async () => {
    const introspection = await post('{ __schema { types { name } } }', {}, `${closedBase}/graphql`);
    expect(introspection.json?.errors?.[0]?.message).toMatch(/introspection/i);
    const typo = await post('{ entiti(key: "x") { key } }', {}, `${closedBase}/graphql`);
    expect(typo.text).not.toMatch(/Did you mean/);
    const open = await post('{ entiti(key: "x") { key } }');
    expect(messages(open)).toMatch(/Did you mean "entity"/);
    await expectContained(introspection);
  });
});

describe('arguments out of bounds', () => {
  it.each([
    ['10. first too large', '{ entities(first: 1000) { totalCount } }'],
    ['11. first negative', '{ entities(first: -5) { totalCount } }'],
    ['12. search first too large', '{ search(query: "濯水", first: 101) { score } }'],
    ['13. subgraph depth too large', '{ subgraph(key: "town:jinxi", depth: 9) { truncated } }'],
  ])('%s: BAD_USER_INPUT naming the argument', async (_name, query) => {
    const answer = await post(query);
    expect(answer.json?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.json?.errors?.[0]?.message).toMatch(/`(first|depth)` must be between/);
    await expectContained(answer);
  });
});

describe('malformed requests', () => {
  it('14. a megabyte string is refused before parsing (413)', async () => {
    const answer = await post('query ($q: String!) { search(query: $q) { score } }', {
      q: '濯'.repeat(1_000_000),
    });
    expect(answer.status).toBe(413);
    expect(answer.json?.errors?.[0]?.message).toMatch(/too large/);
    await expectContained(answer);
  });

  it('15. a megabyte list is refused before parsing (413)', async () => {
    const answer = await post('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: Array(200_000).fill('abcd'),
    });
    expect(answer.status).toBe(413);
    await expectContained(answer);
  });

  it('16. a body of unknown length is refused (411)', async () => {
    const { status, text } = await rawRequest(`${base}/graphql`, {
      body: '{"query":"{ sources { key } }"}',
      chunked: true,
    });
    const answer: Answer = { status, text, json: JSON.parse(text) };
    expect(answer.status).toBe(411);
    await expectContained(answer);
  });

  it('17. a batched array of operations is refused', async () => {
    const answer = await send({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ sources { key } }' }, { query: '{ sources { key } }' }]),
    });
    expect(answer.status).toBe(400);
    expect(answer.json?.errors?.[0]?.message).toBeTruthy();
    await expectContained(answer);
  });

  it('18. malformed JSON is a 400 with a message', async () => {
    const answer = await send({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ sources { key } }"',
    });
    expect(answer.status).toBe(400);
    expect(answer.json?.errors?.[0]?.message).toMatch(/JSON/i);
    await expectContained(answer);
  });

  it('19. a wrong content type is refused', async () => {
    const answer = await send({
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{ sources { key } }',
    });
    expect(answer.status).toBe(415);
    await expectContained(answer);
  });

  it('20. a mutation over GET is refused with 405', async () => {
    const query = encodeURIComponent('mutation { deleteEntity(key: "town:jinxi") { change { seq } } }');
    const answer = await send({
      path: `/graphql?query=${query}`,
      method: 'GET',
      headers: { accept: 'application/json' },
    });
    expect(answer.status).toBe(405);
    await expectContained(answer);
  });

  it('21. a forged global ID naming an unknown type resolves to nothing', async () => {
    const forged = Buffer.from('Hacker:district:qianjiang').toString('base64url');
    const answer = await post(`{ node(id: "${forged}") { id } }`);
    expect(answer.text).not.toContain('district:qianjiang');
    expect(answer.json).toEqual({ data: { node: null } });
    await expectContained(answer);
  });

  it('22. a malformed global ID is BAD_USER_INPUT', async () => {
    const answer = await post('{ node(id: "%%%not base64%%%") { id } }');
    expect(answer.json?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await expectContained(answer);
  });
});

describe('injection', () => {
  const payloads = [
    "' OR 1=1 //",
    '`) DETACH DELETE n //',
    '$key',
    '\u0000',
    '*:* OR name:/.*/ ~2 ^9 [a TO z] AND (',
  ];
  const stringArguments = [
    ['entity(key:)', 'query ($s: String!) { entity(key: $s) { key } }'],
    ['search(query:)', 'query ($s: String!) { search(query: $s) { score } }'],
    [
      'statistics(subjectKey:, metric:)',
      'query ($s: String!) { statistics(subjectKey: $s, metric: $s) { totalCount } }',
    ],
    [
      'shortestPath(fromKey:, toKey:)',
      'query ($s: String!) { shortestPath(fromKey: $s, toKey: $s) { length } }',
    ],
    ['subgraph(key:)', 'query ($s: String!) { subgraph(key: $s) { truncated } }'],
    ['timeline(from:, to:)', 'query ($s: String!) { timeline(from: $s, to: $s) { date } }'],
    ['node(id:)', 'query ($s: ID!) { node(id: $s) { id } }'],
  ] as const;

  it.each(stringArguments)('23. every payload through %s is only data', async (_name, query) => {
    for (const payload of payloads) {
      const answer = await post(query, { s: payload });
      expect(answer.status).toBeLessThan(500);
      for (const error of answer.json?.errors ?? []) {
        expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(error.extensions?.code);
      }
      await expectContained(answer);
    }
  });

  it.each([
    [
      'entities(type:)',
      'query ($t: EntityType) { entities(type: $t) { totalCount } }',
      { t: 'Town) DETACH DELETE (n' },
    ],
    [
      'search(types:)',
      'query ($t: [EntityType!]) { search(query: "x", types: $t) { score } }',
      { t: ['TOWN`|DELETE'] },
    ],
    [
      'relationships(types:)',
      'query ($t: [RelationshipType!]) { entity(key: "town:jinxi") { relationships(types: $t) { totalCount } } }',
      { t: ['LOCATED_IN]->() DETACH DELETE'] },
    ],
    [
      'neighbors(entityTypes:)',
      'query ($t: [EntityType!]) { entity(key: "town:jinxi") { neighbors(entityTypes: $t) { totalCount } } }',
      { t: ['X'] },
    ],
    [
      'shortestPath(relationshipTypes:)',
      'query ($t: [RelationshipType!]) { shortestPath(fromKey: "a", toKey: "b", relationshipTypes: $t) { length } }',
      { t: ['SUPPORTS|*'] },
    ],
    [
      'subgraph(entityTypes:)',
      'query ($t: [EntityType!]) { subgraph(key: "town:jinxi", entityTypes: $t) { truncated } }',
      { t: ['Entity:Source'] },
    ],
  ])(
    '24. a type name injected through %s is rejected as an invalid enum value',
    async (_name, query, variables) => {
      const answer = await post(query, variables);
      expect(answer.json?.errors?.[0]?.message).toMatch(/Variable "\$t" got invalid value/);
      await expectContained(answer);
    },
  );

  it('25. a type name injected as a literal is rejected by validation', async () => {
    const answer = await post('{ entities(type: Town) { totalCount } }');
    expect(answer.json?.data).toBeUndefined();
    expect(messages(answer)).toMatch(/Value "Town" does not exist in "EntityType" enum/);
    await expectContained(answer);
  });
});
