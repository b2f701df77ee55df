/**
 * The explorer follows the graph (issue 23, item 3) in headless Chromium against the real server on
 * the seeded Neo4j: another client edits through GraphQL and the open page redraws what it shows,
 * without a reload, keeping the selection and where every node is, and says so; a deleted selection
 * stays drawn, marked; a page that loses its connection resumes after the last change it saw, so
 * that a change made while it was away shows once it is back, and none is applied twice.
 *
 * Writes: every test edits 金溪镇 through the API. The seed is loaded again before this file
 * (useSeededServer `seed: true`) and before every other file that reads it, so the edits stay here.
 */

import { existsSync } from 'node:fs';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPLORER_DIST } from '../../src/http/listener.ts';
import type { Server } from '../../src/http/server.ts';
import { launchBrowser } from '../support/browser.ts';
import { jinxiInput, SOURCE } from '../support/data.ts';
import { useSeededServer } from '../support/fixture.ts';
import { bearer, editorAuth } from '../support/server.ts';

const EDITOR = { name: 'erin', token: 'erin-editor-token-live-explorer-01' };
const AS_EDITOR = bearer(EDITOR.token);

const kg = useSeededServer({
  seed: true,
  listen: true,
  auth: editorAuth(EDITOR),
  live: { pollIntervalMs: 100, maxSubscriptions: 100, maxSubscriptionsPerClient: 20 },
});
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(`${EXPLORER_DIST}/index.html`)) {
    throw new Error(
      `The explorer is not built (${EXPLORER_DIST}/index.html is missing): run \`npm run build\`.`,
    );
  }
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** What the page exposes for tests (explorer/src/test-hooks.ts). */
interface ExplorerWindow {
  __explorer?: {
    cy: {
      animated(): boolean;
      nodes(): { map<T>(fn: (node: CyNode) => T): T[] };
      getElementById(id: string): CyNode & { empty(): boolean };
    };
    idle(): boolean;
    view(): { entity: string | null; expand: string[] };
    live(): { state: string; seq: number | null; applied: number[] };
  };
  /** Set by the test: gone if the page reloads. */
  __sameDocument?: boolean;
  document: { querySelector(selector: string): { dataset: Record<string, string | undefined> } | null };
}
interface CyNode {
  id(): string;
  data(name: string): string;
  position(): { x: number; y: number };
  hasClass(name: string): boolean;
}

async function open(base: string, path: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${base}${path}`);
  await settled(page);
  await liveState(page, 'live');
  await page.evaluate(() => {
    (globalThis as unknown as ExplorerWindow).__sameDocument = true;
  });
  return { page, errors };
}

/** No request in flight and the graph laid out. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const window = globalThis as unknown as ExplorerWindow;
    const graph = window.document.querySelector('[data-testid="graph"]');
    return (
      window.__explorer?.idle() &&
      !window.__explorer.cy.animated() &&
      graph?.dataset.loading !== 'true' &&
      graph?.dataset.layout !== 'running'
    );
  });
}

async function liveState(page: Page, state: string): Promise<void> {
  await page.waitForFunction(
    (wanted) => (globalThis as unknown as ExplorerWindow).__explorer!.live().state === wanted,
    state,
  );
}

const live = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as ExplorerWindow).__explorer!.live());

/** Where every drawn node is (model coordinates, which panning and zooming leave alone). */
async function positions(page: Page): Promise<Map<string, { x: number; y: number }>> {
  const list = await page.evaluate(() =>
    (globalThis as unknown as ExplorerWindow)
      .__explorer!.cy.nodes()
      .map((node) => ({ key: node.id(), ...node.position() })),
  );
  return new Map(list.map(({ key, x, y }) => [key, { x, y }]));
}

/** Every node of `before` still drawn, where it was. */
function expectUnmoved(
  before: Map<string, { x: number; y: number }>,
  after: Map<string, { x: number; y: number }>,
) {
  for (const [key, { x, y }] of before) {
    const now = after.get(key);
    expect(now, `${key} is still drawn`).toBeDefined();
    expect(Math.hypot((now?.x ?? 0) - x, (now?.y ?? 0) - y), `${key} did not move`).toBeLessThan(0.5);
  }
}

/** The page was not reloaded since `open`. */
async function sameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => (globalThis as unknown as ExplorerWindow).__sameDocument === true);
}

/** Waits until the page has applied the change `seq` (live-changes.ts), and its redraw is done. */
async function applied(page: Page, seq: number): Promise<void> {
  await page.waitForFunction(
    (wanted) => (globalThis as unknown as ExplorerWindow).__explorer!.live().applied.includes(wanted),
    seq,
  );
  await settled(page);
}

const liveText = async (page: Page) => (await page.getByTestId('live-status').textContent()) ?? '';

// ---------------------------------------------------------------------------------------------
// Writes, as another client makes them.

const UPSERT = 'mutation($input: UpsertEntityInput!) { upsertEntity(input: $input) { change { seq } } }';

async function renameJinxi(nameEn: string): Promise<number> {
  const data = await kg.data<{ upsertEntity: { change: { seq: number } } }>(
    UPSERT,
    { input: jinxiInput({ nameEn }) },
    AS_EDITOR,
  );
  return data.upsertEntity.change.seq;
}

async function edit(mutation: string, field: string): Promise<number> {
  const data = await kg.data<Record<string, { change: { seq: number } }>>(mutation, {}, AS_EDITOR);
  const seq = data[field]?.change.seq;
  if (seq === undefined) throw new Error(`${field} answered no change`);
  return seq;
}

const addFruitToJinxi = () =>
  edit(
    `mutation { addRelationship(input: { from: "town:jinxi", type: HAS_INDUSTRY, to: "industry:fruit",
       citation: { source: "${SOURCE}", quote: "市卫健委帮扶集团等单位连续在黔江金溪、中塘等多个乡镇开展消费扶贫专项行动，采购特色水果" } })
       { change { seq } } }`,
    'addRelationship',
  );
const deleteJinxi = () =>
  edit('mutation { deleteEntity(key: "town:jinxi") { change { seq } } }', 'deleteEntity');
const restoreJinxi = () =>
  edit('mutation { restoreEntity(key: "town:jinxi") { change { seq } } }', 'restoreEntity');

// ---------------------------------------------------------------------------------------------

describe('the explorer follows the graph', () => {
  it("redraws another client's edits in place: a new name, a new neighbour, a deleted selection", async () => {
    const { page, errors } = await open(kg.url, '/explorer/?entity=town:jinxi&lang=en');
    const start = await positions(page);
    expect(start.has('town:jinxi')).toBe(true);
    expect(start.has('industry:fruit')).toBe(false);
    const appliedBefore = (await live(page)).applied;

    // (a) A new English name: the details, the node's label and the live line say it.
    const renamed = await renameJinxi('Jinxi (live)');
    await applied(page, renamed);
    await expect(page.getByTestId('details-name').textContent()).resolves.toBe('Jinxi (live)');
    expect(
      await page.evaluate(() =>
        (globalThis as unknown as ExplorerWindow).__explorer!.cy.getElementById('town:jinxi').data('label'),
      ),
    ).toBe('Jinxi (live)');
    await page.waitForFunction(
      () => (globalThis as unknown as ExplorerWindow).__explorer!.live().applied.length > 0,
    );
    await expect.poll(() => liveText(page)).toBe('Jinxi (live) changed (upsertEntity by erin)');
    expectUnmoved(start, await positions(page));

    // (b) A relationship to an entity not drawn: the new neighbour is drawn next to 金溪镇, nothing
    // else moves, and the details list the relationship.
    const added = await addFruitToJinxi();
    await applied(page, added);
    const withFruit = await positions(page);
    expectUnmoved(start, withFruit);
    const fruit = withFruit.get('industry:fruit');
    const jinxi = withFruit.get('town:jinxi');
    expect(fruit, 'industry:fruit is drawn').toBeDefined();
    expect(Math.hypot((fruit?.x ?? 0) - (jinxi?.x ?? 0), (fruit?.y ?? 0) - (jinxi?.y ?? 0))).toBeLessThan(
      150,
    );
    await expect(
      page.locator('[data-testid="graph-edge"][data-from="town:jinxi"][data-to="industry:fruit"]').count(),
    ).resolves.toBe(1);
    await expect(page.getByTestId('details').textContent()).resolves.toContain('Fruit');
    await expect.poll(() => liveText(page)).toContain('(addRelationship by erin)');

    // (c) The selection is deleted: still drawn and selected, marked in the graph and the details.
    const deleted = await deleteJinxi();
    await applied(page, deleted);
    await page.getByTestId('details-deleted').waitFor();
    await expect(page.getByTestId('details-name').textContent()).resolves.toBe('Jinxi (live)');
    expect(
      await page.evaluate(() => {
        const node = (globalThis as unknown as ExplorerWindow).__explorer!.cy.getElementById('town:jinxi');
        return { deleted: node.hasClass('deleted'), selected: node.hasClass('selected') };
      }),
    ).toEqual({ deleted: true, selected: true });
    await expect(
      page.locator('[data-testid="graph-node"][data-key="town:jinxi"]').getAttribute('data-deleted'),
    ).resolves.toBe('true');
    await expect.poll(() => liveText(page)).toBe('Jinxi (live) deleted (deleteEntity by erin)');
    expectUnmoved(start, await positions(page));

    // Restored: the mark goes.
    const restored = await restoreJinxi();
    await applied(page, restored);
    await expect(page.getByTestId('details-deleted').count()).resolves.toBe(0);
    expect(
      await page.evaluate(() =>
        (globalThis as unknown as ExplorerWindow)
          .__explorer!.cy.getElementById('town:jinxi')
          .hasClass('deleted'),
      ),
    ).toBe(false);

    // Each change applied once, in order; the selection and the document are the same throughout.
    expect((await live(page)).applied).toEqual([...appliedBefore, renamed, added, deleted, restored]);
    expect(
      await page.evaluate(() => (globalThis as unknown as ExplorerWindow).__explorer!.view().entity),
    ).toBe('town:jinxi');
    expect(await sameDocument(page)).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('resumes after a lost connection from the last change it saw: what was missed shows, nothing twice', async () => {
    // A second instance, running trusted documents only (the page sends every operation, the
    // subscription included, by its id), on a listener of its own, so that the page can be cut off
    // and let back in on the same address. The writes go through the fixture's instance.
    const strict = kg.serverWith({ http: { trustedDocumentsOnly: true } });
    const port = await listenOn(strict, 0);
    const base = `http://127.0.0.1:${port.port}`;
    const arbitrary = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'subscription { changes { seq } }' }),
    });
    const refusal = (await arbitrary.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(refusal.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_ONLY');
    const { page, errors } = await open(base, '/explorer/?entity=town:jinxi&lang=zh');

    // One change seen live, so that the page has a sequence number to resume after.
    const seen = await renameJinxi('Jinxi (before the cut)');
    await applied(page, seen);
    expect((await live(page)).seq).toBe(seen);
    const before = (await live(page)).applied;

    // Cut off: the stream ends and the server refuses new connections; the page says so.
    await port.close();
    await liveState(page, 'reconnecting');
    await expect.poll(() => liveText(page)).toBe('实时更新已断开，正在重新连接…');

    // Two changes while it is away.
    const away1 = await renameJinxi('Jinxi (while away 1)');
    const away2 = await renameJinxi('Jinxi (while away 2)');

    // Back on the same address: the page resumes after `seen` and applies exactly the two it missed.
    const back = await listenOn(strict, port.port);
    await applied(page, away2);
    await liveState(page, 'live');
    await expect(page.locator('[data-testid="details"] .secondary-name').textContent()).resolves.toBe(
      'Jinxi (while away 2)',
    );
    expect((await live(page)).applied).toEqual([...before, away1, away2]);

    // And it follows on from there: the next change once, not the ones before it again.
    const after = await renameJinxi('Jinxi (after the cut)');
    await applied(page, after);
    expect((await live(page)).applied).toEqual([...before, away1, away2, after]);
    await expect.poll(() => liveText(page)).toBe('金溪镇 已更新（erin 的 upsertEntity）');
    expect(await sameDocument(page)).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
    await back.close();
    strict.live.stop('closing');
  });
});

/** `kg`'s server on a loopback port (0: any free one); `close` cuts every open connection. */
async function listenOn(kgServer: Server, port: number): Promise<{ port: number; close(): Promise<void> }> {
  const server: HttpServer = createServer(kgServer.listener);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      const closed = new Promise((resolve) => server.close(resolve));
      server.closeAllConnections();
      await closed;
    },
  };
}
