import { createClient } from 'graphql-sse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from '../../src/http/server.ts';
import { jinxiInput } from '../support/data.ts';
import { useSeededServer } from '../support/fixture.ts';
import { type Listening, listen } from '../support/http.ts';
import { until } from '../support/poll.ts';
import { bearer } from '../support/server.ts';

/**
 * The live graph (issue 23) with two server instances on one Neo4j, sharing nothing else: A takes
 * the writes, B serves the subscribers and the cached reads. Events travel through the change log in
 * Neo4j (src/http/change-feed.ts), never from process to process.
 */

const EDITOR = { name: 'erin', token: 'erin-editor-token-00001' };
const READER = { name: 'rita', token: 'rita-reader-token-00002' };
const AUTH = { editors: [EDITOR], readers: [READER], publicReads: true };
const LIVE = { pollIntervalMs: 100, maxSubscriptions: 6, maxSubscriptionsPerClient: 3 };
const AS_EDITOR = bearer(EDITOR.token);

// Instance A: the fixture's server. Instance B: another server on the same driver, listening.
const kg = useSeededServer({ seed: true, auth: AUTH, live: LIVE });
let b: Server;
let bHttp: Listening;
let closed: Server;
let closedHttp: Listening;
let privateB: Listening;

beforeAll(async () => {
  b = kg.serverWith({ live: LIVE });
  bHttp = await listen(b.listener);
  await b.live.start();
  privateB = await listen(kg.serverWith({ auth: { ...AUTH, publicReads: false }, live: LIVE }).listener);
  closed = kg.serverWith({ live: LIVE });
  closedHttp = await listen(closed.listener);
});
afterAll(async () => {
  for (const server of [b, closed]) server?.live.stop('closing');
  await Promise.all([bHttp, privateB, closedHttp].map((listening) => listening?.close()));
});

interface Event {
  event: string;
  data: {
    data?: Record<string, unknown>;
    errors?: { message: string; extensions: Record<string, unknown> }[];
  };
}

/**
 * A subscription over plain SSE, as `curl -N -H 'Accept: text/event-stream'` opens it: the events so
 * far, a way to wait for more, and a way to hang up.
 */
function subscribe(url: string, query: string, variables: Record<string, unknown> = {}, headers = {}) {
  const events: Event[] = [];
  const abort = new AbortController();
  let ended = false;
  const done: Promise<void> = (async () => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
      body: JSON.stringify({ query, variables }),
      signal: abort.signal,
    });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for (;;) {
        const { value, done: finished } = await reader.read();
        if (finished) break;
        buffer += decoder.decode(value, { stream: true });
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: ?(.*)$/m.exec(block)?.[1];
          if (event === 'next' && data) events.push({ event, data: JSON.parse(data) });
          if (event === 'complete') events.push({ event, data: {} });
          end = buffer.indexOf('\n\n');
        }
      }
    } catch (error) {
      if (!abort.signal.aborted) throw error;
    } finally {
      ended = true;
    }
  })();
  // A stream the server ends (or a test leaves open until the server closes) is not an error here.
  done.catch(() => {});
  return {
    events,
    get ended() {
      return ended;
    },
    /** Waits until `count` events have come (a `complete` included). */
    until: (count: number) =>
      until(`${count} events`, () => (events.length >= count ? events : undefined), {
        timeoutMs: 15_000,
        intervalMs: 25,
      }),
    close: async () => {
      abort.abort();
      await done.catch(() => {});
    },
  };
}

const CHANGES =
  'subscription($afterSeq: Int) { changes(afterSeq: $afterSeq) { seq who mutation keys after } }';
const UPSERT = 'mutation($input: UpsertEntityInput!) { upsertEntity(input: $input) { change { seq } } }';
const nameJinxi = async (nameEn: string) => {
  const data = await kg.data<{ upsertEntity: { change: { seq: number } } }>(
    UPSERT,
    { input: jinxiInput({ nameEn }) },
    AS_EDITOR,
  );
  return data.upsertEntity.change.seq;
};
const seqOf = (event: Event | undefined) => (event?.data.data?.changes as { seq: number } | undefined)?.seq;

describe('a write on one instance, seen on another', () => {
  it('reaches a subscriber of the other instance, once, with its sequence number', async () => {
    const stream = subscribe(bHttp.url, CHANGES);
    // The subscription is open once its first ping has come; a change before that may not be seen.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const seq = await nameJinxi('Jinxi (live 1)');
    // Where the log ends, for a client to subscribe from with afterSeq.
    expect(await kg.data('{ lastChangeSeq }')).toEqual({ lastChangeSeq: seq });
    const [event] = await stream.until(1);
    expect(event?.data.data?.changes).toMatchObject({
      seq,
      who: 'erin',
      mutation: 'upsertEntity',
      keys: ['town:jinxi'],
      after: expect.objectContaining({ key: 'town:jinxi', nameEn: 'Jinxi (live 1)' }),
    });
    await stream.close();
  });

  it("empties the other instance's response cache within its poll interval", async () => {
    const read = async () => {
      const response = await b.yoga.fetch('http://b/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ entity(key: "town:jinxi") { nameEn } }' }),
      });
      return ((await response.json()) as { data: { entity: { nameEn: string } } }).data.entity.nameEn;
    };
    await nameJinxi('Jinxi (cached)');
    await until(
      'B to see the first name',
      async () => ((await read()) === 'Jinxi (cached)' ? true : undefined),
      {
        timeoutMs: 5_000,
        intervalMs: 50,
      },
    );
    // Cached on B now; a write through A must reach B's next read within about one interval.
    expect(await read()).toBe('Jinxi (cached)');
    await nameJinxi('Jinxi (after cache)');
    const written = Date.now();
    await until(
      'B to see the write',
      async () => ((await read()) === 'Jinxi (after cache)' ? true : undefined),
      {
        timeoutMs: 5_000,
        intervalMs: 20,
      },
    );
    // The documented bound is the poll interval plus one read; 10 intervals leave room for a busy CI.
    expect(Date.now() - written).toBeLessThan(LIVE.pollIntervalMs * 10);
  });
});

describe('resuming', () => {
  it('gives a subscriber that comes back with afterSeq exactly the changes it missed', async () => {
    const first = subscribe(bHttp.url, CHANGES);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const seen = await nameJinxi('Jinxi (before the break)');
    await first.until(1);
    await first.close();
    const missed = [];
    for (let i = 1; i <= 3; i++) missed.push(await nameJinxi(`Jinxi (missed ${i})`));
    const resumed = subscribe(bHttp.url, CHANGES, { afterSeq: seen });
    await resumed.until(3);
    const after = await nameJinxi('Jinxi (after the break)');
    const events = await resumed.until(4);
    expect(events.map(seqOf)).toEqual([...missed, after]);
    expect(
      events.map(
        (event) => (event.data.data?.changes as { after: { nameEn: string } } | undefined)?.after.nameEn,
      ),
    ).toEqual(['Jinxi (missed 1)', 'Jinxi (missed 2)', 'Jinxi (missed 3)', 'Jinxi (after the break)']);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(resumed.events).toHaveLength(4);
    await resumed.close();
  });

  it('works with the graphql-sse client, resuming from 0 through the whole log', async () => {
    const client = createClient({ url: `${bHttp.url}/graphql`, retryAttempts: 0 });
    const seqs: number[] = [];
    const { records } = await kg.driver.executeQuery('MATCH (c:Change) RETURN max(c.seq) AS last');
    const last = Number(records[0]?.get('last'));
    await new Promise<void>((resolve, reject) => {
      const dispose = client.subscribe<{ changes: { seq: number } }>(
        { query: 'subscription { changes(afterSeq: 0) { seq } }' },
        {
          next: (result) => {
            if (result.data) seqs.push(result.data.changes.seq);
            if (seqs.length === last) {
              dispose();
              resolve();
            }
          },
          error: reject,
          complete: () => resolve(),
        },
      );
    });
    client.dispose();
    expect(seqs).toEqual(Array.from({ length: last }, (_, i) => i + 1));
  });
});

describe('one entity', () => {
  it('follows 金溪镇 through an edit, a new relationship and its deletion', async () => {
    const stream = subscribe(
      bHttp.url,
      'subscription { entityChanged(key: "town:jinxi") { seq key deleted entity { nameEn relationships(first: 100) { totalCount } } } }',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const { records } = await kg.driver.executeQuery(
      "MATCH (:Entity {key: 'town:jinxi'})-[r]-(:Entity) WHERE r.key IS NOT NULL RETURN count(r) AS n",
    );
    const relationships = Number(records[0]?.get('n'));
    const edited = await nameJinxi('Jinxi (followed)');
    // Each event reads the entity as it is when the event is resolved: the next change waits for
    // the event before it, or the edit's event could count the relationship added after it.
    await stream.until(1);
    // An edit of another entity is not an event of this one.
    await kg
      .data(UPSERT, { input: { ...jinxiInput(), key: 'town:other', name: '别镇', aliases: [] } }, AS_EDITOR)
      .catch(() => undefined);
    const added = await kg.data<{ addRelationship: { change: { seq: number } } }>(
      `mutation { addRelationship(input: { from: "town:jinxi", type: PRODUCES, to: "product:kiwifruit",
         citation: { source: "qianjiang-2021-04-15", quote: "同时，全区猕猴桃种植面积1.1万亩" } }) { change { seq } } }`,
      {},
      AS_EDITOR,
    );
    await stream.until(2);
    const version = await kg.cypher<{ version: number }>(
      "MATCH (e:Entity {key: 'town:jinxi'}) RETURN e.version AS version",
    );
    const deleted = await kg.data<{ deleteEntity: { change: { seq: number } } }>(
      'mutation($v: Int) { deleteEntity(key: "town:jinxi", expectedVersion: $v) { change { seq } } }',
      { v: version[0]?.version },
      AS_EDITOR,
    );
    const events = await stream.until(3).finally(async () => {
      await stream.close();
      await kg.data('mutation { restoreEntity(key: "town:jinxi") { entity { key } } }', {}, AS_EDITOR);
    });
    expect(events.map((event) => event.data.data?.entityChanged)).toEqual([
      {
        seq: edited,
        key: 'town:jinxi',
        deleted: false,
        entity: { nameEn: 'Jinxi (followed)', relationships: { totalCount: relationships } },
      },
      {
        seq: added.addRelationship.change.seq,
        key: 'town:jinxi',
        deleted: false,
        entity: { nameEn: 'Jinxi (followed)', relationships: { totalCount: relationships + 1 } },
      },
      { seq: deleted.deleteEntity.change.seq, key: 'town:jinxi', deleted: true, entity: null },
    ]);
  });
});

describe('the rules of queries hold', () => {
  const firstError = async (url: string, query: string, variables = {}, headers = {}) => {
    const stream = subscribe(url, query, variables, headers);
    const [event] = await stream.until(1);
    await stream.close();
    return event?.data.errors?.[0];
  };

  it('refuses a bad afterSeq, an unknown key and a document past the depth limit, by name', async () => {
    expect(await firstError(bHttp.url, CHANGES, { afterSeq: -1 })).toMatchObject({
      message: expect.stringContaining('afterSeq'),
      extensions: { code: 'BAD_USER_INPUT', argument: 'afterSeq' },
    });
    expect(
      await firstError(bHttp.url, 'subscription { entityChanged(key: "town:atlantis") { seq } }'),
    ).toMatchObject({ message: expect.stringContaining('town:atlantis'), extensions: { code: 'NOT_FOUND' } });
    const deep = `subscription { entityChanged(key: "town:jinxi") { entity { ${'neighbors(first: 2) { edges { node { '.repeat(6)}key${' } } }'.repeat(6)} } } }`;
    const refused = await firstError(bHttp.url, deep);
    expect(refused?.extensions.code).toMatch(/GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT/);
    expect(JSON.stringify(refused)).not.toMatch(/Neo4j|\.ts:|at \w+ \(/);
  });

  it('needs a reader token where reads are not public', async () => {
    expect(await firstError(privateB.url, CHANGES)).toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const allowed = subscribe(privateB.url, CHANGES, {}, bearer(READER.token));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const seq = await nameJinxi('Jinxi (private)');
    const [event] = await allowed.until(1);
    expect(seqOf(event)).toBe(seq);
    await allowed.close();
  });

  it('caps open subscriptions per client and in all, with a clear error', async () => {
    const open = [1, 2, 3].map(() => subscribe(bHttp.url, CHANGES, {}, bearer(READER.token)));
    await until('three open', () => (b.live.streams.size >= 3 ? true : undefined), {
      timeoutMs: 5_000,
      intervalMs: 20,
    });
    const fourth = await firstError(bHttp.url, CHANGES, {}, bearer(READER.token));
    expect(fourth).toMatchObject({
      message: expect.stringContaining('3 subscriptions open'),
      extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', limit: 3 },
    });
    const others = [1, 2, 3].map(() => subscribe(bHttp.url, CHANGES, {}, bearer(EDITOR.token)));
    await until('six open', () => (b.live.streams.size >= 6 ? true : undefined), {
      timeoutMs: 5_000,
      intervalMs: 20,
    });
    const seventh = await firstError(bHttp.url, CHANGES);
    expect(seventh).toMatchObject({ extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', limit: 6 } });
    await Promise.all([...open, ...others].map((stream) => stream.close()));
    // A client that hangs up frees its place at once, even with no change to wake its stream.
    await until('all closed', () => (b.live.streams.size === 0 ? true : undefined), {
      timeoutMs: 5_000,
      intervalMs: 20,
    });
  });

  it('ends every stream on shutdown with SHUTTING_DOWN and where to resume', async () => {
    await closed.live.start();
    const stream = subscribe(closedHttp.url, CHANGES);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const seq = await nameJinxi('Jinxi (last before shutdown)');
    await stream.until(1);
    closed.live.stop('shutting down');
    const events = await stream.until(3);
    expect(events[1]?.data.errors?.[0]).toMatchObject({
      message: expect.stringContaining(`afterSeq: ${seq}`),
      extensions: { code: 'SHUTTING_DOWN', resumeAfterSeq: seq },
    });
    expect(events[2]?.event).toBe('complete');
    expect(await firstError(closedHttp.url, CHANGES)).toMatchObject({
      extensions: { code: 'SHUTTING_DOWN' },
    });
  });
});
