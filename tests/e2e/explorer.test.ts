/**
 * The relationship explorer (/explorer/) in a real browser: headless Chromium (tests/support/browser.ts)
 * driven by playwright-core, against the real server (src/http/listener.ts + the GraphQL server) on a seeded
 * Neo4j. The page is built by `npm test`'s pretest (`npm run build`); this file builds nothing.
 */

import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPLORER_DIST, IMMUTABLE, REVALIDATE } from '../../src/http/listener.ts';
import { fromRoot } from '../../src/project-root.ts';
import { accessibilityViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { useSeededServer } from '../support/fixture.ts';

const ARTIFACTS = fromRoot('tests', 'artifacts');

/** What the page exposes for tests (explorer/src/test-hooks.ts). */
interface ExplorerWindow {
  __explorer?: {
    cy: {
      nodes(selector?: string): { length: number; map<T>(fn: (node: CyNode) => T): T[] };
      edges(selector?: string): { length: number; map<T>(fn: (edge: CyNode) => T): T[] };
      getElementById(id: string): CyNode;
      container(): { getBoundingClientRect(): { left: number; top: number } };
      animated(): boolean;
    };
    view(): { entity: string | null; expand: string[]; from: string | null; to: string | null; lang: string };
    idle(): boolean;
  };
}
/** An element as seen from a test: only its data-* attributes. */
interface Dataset {
  dataset: Record<string, string | undefined>;
}
interface PageDocument {
  document: { querySelector(selector: string): Dataset | null };
}
/** The page's web fonts (FontFaceSet). */
interface PageFonts {
  document: {
    fonts: Iterable<{ family: string; status: string }> & { check(font: string, text: string): boolean };
  };
}
interface CyNode {
  id(): string;
  data(name: string): string;
  renderedPosition(): { x: number; y: number };
  hasClass(name: string): boolean;
}

const kg = useSeededServer({ seed: true, listen: true });
let browser: Browser;
let base: string;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  if (!existsSync(`${EXPLORER_DIST}/index.html`)) {
    throw new Error(
      `The explorer is not built (${EXPLORER_DIST}/index.html is missing). Run \`npm run build\` first; \`npm test\` does it in its pretest.`,
    );
  }
  browser = await launchBrowser();
  mkdirSync(ARTIFACTS, { recursive: true });
  base = kg.url;
});

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close().catch(() => {})));
  await browser?.close();
});

/** A page in its own context that records uncaught page errors. */
async function newPage(): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

let shared: { page: Page; errors: string[] } | undefined;

/**
 * Loads `path` in the page the scenarios share (a new context per scenario costs seconds on a busy
 * machine); the error list starts empty for each scenario.
 */
async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  shared ??= await newPage();
  shared.errors.length = 0;
  await shared.page.goto(`${base}${path}`);
  return shared;
}

/** Waits until no request is in flight and the layout has settled. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const graph = (globalThis as unknown as PageDocument).document.querySelector('[data-testid="graph"]');
    const explorer = (globalThis as unknown as ExplorerWindow).__explorer;
    return (
      explorer?.idle() &&
      !explorer.cy.animated() &&
      graph?.dataset.loading !== 'true' &&
      graph?.dataset.layout !== 'running'
    );
  });
}

async function graphKeys(page: Page): Promise<string[]> {
  return page
    .getByTestId('graph-node')
    .evaluateAll((items) => items.map((item) => (item as unknown as Dataset).dataset.key ?? ''));
}

/** What cytoscape really draws: node ids, and the label of one node. */
async function drawnNodes(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (globalThis as unknown as ExplorerWindow).__explorer!.cy.nodes().map((node) => node.id()),
  );
}

async function drawnLabel(page: Page, key: string): Promise<string> {
  return page.evaluate(
    (id) => (globalThis as unknown as ExplorerWindow).__explorer!.cy.getElementById(id).data('label'),
    key,
  );
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${ARTIFACTS}/explorer-${name}.png` });
}

function query(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

describe('relationship explorer', () => {
  it('searches as you type and draws the chosen entity with its neighbours', async () => {
    const { page, errors } = await open('/explorer/?lang=zh');
    await expect(page.getByTestId('graph-empty').textContent()).resolves.toContain('搜索一个实体');

    await page.getByTestId('search-input').fill('濯水');
    const first = page.getByTestId('search-result').first();
    await first.waitFor();
    await expect(first.getAttribute('data-key')).resolves.toBe('scenic:zhuoshui');
    await expect(first.getByTestId('result-name').textContent()).resolves.toBe('濯水景区');
    await expect(first.getByTestId('result-name-other').textContent()).resolves.toBe('Zhuoshui Scenic Area');
    await expect(first.getByTestId('result-type').textContent()).resolves.toBe('景区');
    await shot(page, '1-search-suggestions');

    await first.click();
    await settled(page);
    expect(query(page).get('entity')).toBe('scenic:zhuoshui');
    const expected = [
      'scenic:zhuoshui',
      'district:qianjiang',
      'brand:national-5a-scenic-area',
      'brand:municipal-tourism-poverty-alleviation-demonstration-scenic-area',
      'initiative:tourism-poverty-alleviation',
      'event:2020-12-zhuoshui-becomes-5a-scenic-area',
    ].sort();
    expect((await graphKeys(page)).sort()).toEqual(expected);
    expect((await drawnNodes(page)).sort()).toEqual(expected);
    expect(await drawnLabel(page, 'district:qianjiang')).toBe('黔江区');
    const edgeLabels = await page.evaluate(() =>
      (globalThis as unknown as ExplorerWindow).__explorer!.cy.edges().map((edge) => edge.data('label')),
    );
    expect(edgeLabels).toContain('位于'); // 濯水景区 -LOCATED_IN-> 黔江区
    expect(edgeLabels).toContain('获评'); // -DESIGNATED_AS-> 国家5A级旅游景区
    await expect(page.getByTestId('details-name').textContent()).resolves.toBe('濯水景区');
    await expect(page.getByTestId('graph-count').textContent()).resolves.toBe('6 个节点 · 6 条关系');
    await shot(page, '1-zhuoshui-neighbourhood');

    // Filters: hiding events hides the 5A event and its two CONCERNS relationships.
    await page.locator('[data-testid="filter-entity"][value="EVENT"]').uncheck();
    await expect(page.getByTestId('graph-count').textContent()).resolves.toBe('5 个节点 · 4 条关系');
    await page.locator('[data-testid="filter-entity"][value="EVENT"]').check();
    await expect(page.getByTestId('graph-count').textContent()).resolves.toBe('6 个节点 · 6 条关系');
    expect(errors).toEqual([]);
  });

  it('expands a neighbour on double-click, and collapses it again', async () => {
    const { page, errors } = await open('/explorer/?entity=scenic:zhuoshui&lang=zh');
    await settled(page);
    expect(await drawnNodes(page)).toHaveLength(6);
    expect(await graphKeys(page)).not.toContain('org:citic-group');

    const point = await page.evaluate(() => {
      const cy = (globalThis as unknown as ExplorerWindow).__explorer!.cy;
      const position = cy.getElementById('district:qianjiang').renderedPosition();
      const box = cy.container().getBoundingClientRect();
      return { x: box.left + position.x, y: box.top + position.y };
    });
    await page.mouse.dblclick(point.x, point.y);
    await page.waitForFunction(
      () => (globalThis as unknown as ExplorerWindow).__explorer!.view().expand.length === 2,
    );
    await settled(page);

    const keys = await graphKeys(page);
    expect(keys.length).toBeGreaterThan(60); // 黔江区 has 65 neighbours
    expect(keys).toContain('org:citic-group'); // 中信集团 supports 黔江区
    expect(keys).toContain('industry:sericulture');
    expect(await drawnNodes(page)).toHaveLength(keys.length);
    expect(query(page).get('expand')).toBe('scenic:zhuoshui,district:qianjiang');
    expect(query(page).get('entity')).toBe('district:qianjiang');
    await expect(page.getByTestId('details-name').textContent()).resolves.toBe('黔江区');
    await shot(page, '2-expanded-qianjiang');

    await page.getByTestId('collapse').click();
    await settled(page);
    expect(await drawnNodes(page)).toHaveLength(6);
    expect(query(page).get('expand')).toBe('scenic:zhuoshui');
    expect(query(page).get('entity')).toBe('district:qianjiang'); // still drawn, still selected

    // The details panel's button expands too.
    await page.getByTestId('expand').click();
    await settled(page);
    expect((await drawnNodes(page)).length).toBe(keys.length);
    expect(errors).toEqual([]);
  });

  it('shows figures with the sentence that states them, and relationships grouped by type', async () => {
    const { page, errors } = await open('/explorer/?entity=industry:sericulture&lang=zh');
    await settled(page);
    const details = page.getByTestId('details');
    await expect(page.getByTestId('details-name').textContent()).resolves.toBe('蚕桑');
    await expect(details.getByTestId('aliases').textContent()).resolves.toContain('栽桑养蚕');
    const cocoons = details.locator('[data-testid="statistic"][data-metric="cocoon_output"]');
    await expect(cocoons.getByTestId('stat-value').textContent()).resolves.toBe('7万担');
    await expect(cocoons.getByTestId('excerpt').textContent()).resolves.toContain(
      '2020年，全区实现产茧7万担',
    );
    const cocoonText = await cocoons.textContent();
    expect(cocoonText).toContain('2020年');
    expect(cocoonText).toContain('70,000 担');
    expect(cocoonText).toContain('《凝聚脱贫合力 同奔小康之路》 T4版 · 2021-04-15');
    await expect(details.getByTestId('statistic').count()).resolves.toBe(19);
    // 98.52万公斤 is the output of the poor households of 73 villages, and says so; 7万担 is the district's.
    const poorCocoons = details.locator(
      '[data-testid="statistic"][data-metric="cocoon_output_in_poor_villages"]',
    );
    await expect(poorCocoons.getByTestId('stat-scope').textContent()).resolves.toBe(
      '（73个贫困村1757户贫困户）',
    );
    await expect(cocoons.getByTestId('stat-scope').count()).resolves.toBe(0);

    const hasIndustry = details.locator('[data-testid="relationship-group"][data-type="HAS_INDUSTRY"]');
    await expect(hasIndustry.locator('h4').textContent()).resolves.toContain('发展产业');
    await expect(hasIndustry.getByTestId('relationship').first().textContent()).resolves.toContain(
      '黔江区 发展产业 → 蚕桑',
    );
    await details.getByTestId('statistic').first().scrollIntoViewIfNeeded();
    await cocoons.scrollIntoViewIfNeeded();
    await shot(page, '3-sericulture-details');
    expect(errors).toEqual([]);
  });

  it('finds, draws and lists the shortest path 中信集团 -> 濯水景区', async () => {
    const { page, errors } = await open('/explorer/?lang=zh');
    const pick = async (testId: string, text: string, key: string) => {
      await page.getByTestId(testId).fill(text);
      const suggestion = page.locator(`[data-testid="path-suggestion"][data-key="${key}"]`);
      await suggestion.waitFor();
      await suggestion.click();
    };
    await pick('path-from', '中信集团', 'org:citic-group');
    await pick('path-to', '濯水景区', 'scenic:zhuoshui');
    await page.getByTestId('path-result').waitFor();
    await settled(page);

    await expect(page.getByTestId('path-step-name').allTextContents()).resolves.toEqual([
      '中信集团',
      '黔江区',
      '濯水景区',
    ]);
    const steps = page.getByTestId('path-edge');
    await expect(
      steps.evaluateAll((items) => items.map((item) => (item as unknown as Dataset).dataset.type)),
    ).resolves.toEqual(['SUPPORTS', 'LOCATED_IN']);
    await expect(steps.first().textContent()).resolves.toContain('帮扶');
    expect(query(page).get('from')).toBe('org:citic-group');
    expect(query(page).get('to')).toBe('scenic:zhuoshui');
    const highlighted = await page.evaluate(() => {
      const cy = (globalThis as unknown as ExplorerWindow).__explorer!.cy;
      return {
        nodes: cy
          .nodes('.path')
          .map((node) => node.id())
          .sort(),
        edges: cy.edges('.path').length,
      };
    });
    expect(highlighted).toEqual({
      nodes: ['district:qianjiang', 'org:citic-group', 'scenic:zhuoshui'],
      edges: 2,
    });
    await shot(page, '4-path-citic-zhuoshui');
    expect(errors).toEqual([]);
  });

  it('reloads a deep link into the same view', async () => {
    const { page, errors } = await open(
      '/explorer/?entity=scenic:zhuoshui&from=org:citic-group&to=scenic:zhuoshui&lang=en',
    );
    const check = async () => {
      await page.getByTestId('path-result').waitFor();
      await settled(page);
      await expect(page.getByTestId('details-name').textContent()).resolves.toBe('Zhuoshui Scenic Area');
      await expect(page.getByTestId('path-from').inputValue()).resolves.toBe('CITIC Group');
      await expect(page.getByTestId('path-to').inputValue()).resolves.toBe('Zhuoshui Scenic Area');
      await expect(page.getByTestId('path-step-name').allTextContents()).resolves.toEqual([
        'CITIC Group',
        'Qianjiang District',
        'Zhuoshui Scenic Area',
      ]);
      const selected = page.locator('[data-testid="graph-node"][data-selected]');
      await expect(selected.getAttribute('data-key')).resolves.toBe('scenic:zhuoshui');
      expect(await graphKeys(page)).toContain('org:citic-group');
      expect(await drawnLabel(page, 'scenic:zhuoshui')).toBe('Zhuoshui Scenic Area');
      await expect(page.getByTestId('lang-toggle').textContent()).resolves.toBe('中文');
    };
    await check();
    await page.reload();
    await check();
    await shot(page, '5-deep-link-en');
    expect(errors).toEqual([]);
  });

  it('lists the timeline in date order, selects an event from it, and walks back and forward', async () => {
    const { page, errors } = await open('/explorer/?entity=scenic:zhuoshui&lang=zh');
    await settled(page);
    const events = page.getByTestId('timeline').getByTestId('timeline-event');
    await events.first().waitFor();
    const dates = await events.evaluateAll((items) =>
      items.map((item) => (item as unknown as Dataset).dataset.date ?? ''),
    );
    expect(dates).toHaveLength(9);
    expect(dates[0]).toBe('2015-07');
    expect(dates.at(-1)).toBe('2021-03');
    expect([...dates].sort()).toEqual(dates);

    const fiveA = 'event:2020-12-zhuoshui-becomes-5a-scenic-area';
    await page.locator(`[data-testid="timeline-event"][data-key="${fiveA}"]`).click();
    await settled(page);
    expect(query(page).get('entity')).toBe(fiveA);
    await expect(page.getByTestId('details-name').textContent()).resolves.toBe(
      '黔江濯水景区成功创建国家5A级旅游景区',
    );
    await expect(
      page.locator(`[data-testid="graph-node"][data-key="${fiveA}"]`).getAttribute('data-selected'),
    ).resolves.toBe('true');
    expect(
      await page.evaluate(
        (key) =>
          (globalThis as unknown as ExplorerWindow).__explorer!.cy.getElementById(key).hasClass('selected'),
        fiveA,
      ),
    ).toBe(true);
    await shot(page, '6-timeline-event-selected');

    // Then search for another entity: a new view.
    await page.getByTestId('search-input').fill('中信');
    await page.locator('[data-testid="search-result"][data-key="org:citic-group"]').click();
    await settled(page);
    await expect(page.getByTestId('details-name').textContent()).resolves.toBe('中信集团');

    await page.goBack();
    await settled(page);
    expect(query(page).get('entity')).toBe(fiveA);
    await expect(page.getByTestId('details-name').textContent()).resolves.toBe(
      '黔江濯水景区成功创建国家5A级旅游景区',
    );
    expect(await graphKeys(page)).toContain('scenic:zhuoshui');

    await page.goBack();
    await settled(page);
    expect(query(page).get('entity')).toBe('scenic:zhuoshui');
    await expect(page.getByTestId('details-name').textContent()).resolves.toBe('濯水景区');

    await page.goForward();
    await page.goForward();
    await settled(page);
    expect(query(page).get('entity')).toBe('org:citic-group');
    await expect(page.getByTestId('details-name').textContent()).resolves.toBe('中信集团');
    expect(await graphKeys(page)).toContain('district:qianjiang'); // CITIC supports Qianjiang
    expect(await graphKeys(page)).not.toContain('brand:national-5a-scenic-area');
    expect(errors).toEqual([]);
  });

  it('switches labels and UI strings between Chinese and English', async () => {
    const { page, errors } = await open('/explorer/?entity=scenic:zhuoshui&lang=zh');
    await settled(page);
    expect(await drawnLabel(page, 'scenic:zhuoshui')).toBe('濯水景区');
    await expect(page.getByTestId('details-name').textContent()).resolves.toBe('濯水景区');
    await expect(page.getByTestId('search-input').getAttribute('placeholder')).resolves.toContain('搜索');
    await shot(page, '7-lang-zh');

    await page.getByTestId('lang-toggle').click();
    await settled(page);
    expect(query(page).get('lang')).toBe('en');
    expect(await drawnLabel(page, 'scenic:zhuoshui')).toBe('Zhuoshui Scenic Area');
    expect(await drawnLabel(page, 'district:qianjiang')).toBe('Qianjiang District');
    await expect(page.getByTestId('details-name').textContent()).resolves.toBe('Zhuoshui Scenic Area');
    await expect(page.getByTestId('search-input').getAttribute('placeholder')).resolves.toContain('Search');
    await expect(page.getByTestId('timeline').locator('h2').textContent()).resolves.toBe('Timeline');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await shot(page, '7-lang-en');

    await page.getByTestId('lang-toggle').click();
    await settled(page);
    expect(await drawnLabel(page, 'scenic:zhuoshui')).toBe('濯水景区');
    expect(query(page).get('lang')).toBe('zh');
    expect(errors).toEqual([]);
  });

  it('draws Chinese in its own font, served from /explorer/, before the graph labels need it', async () => {
    // A context of its own, so no font comes from an earlier scenario's cache.
    const { page, errors } = await newPage();
    const fonts: { status: number; type: string | undefined }[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.endsWith('.woff2')) {
        fonts.push({ status: response.status(), type: response.headers()['content-type'] });
      }
    });
    await page.goto(`${base}/explorer/?entity=scenic:zhuoshui&lang=zh`);
    await settled(page);
    const labels = await page.evaluate(() => {
      const cy = (globalThis as unknown as ExplorerWindow).__explorer!.cy;
      return [
        ...cy.nodes().map((node) => node.data('label')),
        ...cy.edges().map((edge) => edge.data('label')),
      ];
    });
    expect(labels).toContain('黔江区');
    const state = await page.evaluate((text) => {
      const fonts = (globalThis as unknown as PageFonts).document.fonts;
      const faces = [...fonts].filter((face) => face.family.includes('Noto Sans SC Variable'));
      return {
        faces: faces.length,
        loaded: faces.filter((face) => face.status === 'loaded').length,
        failed: [...fonts].filter((face) => face.status === 'error').length,
        labelsReady: fonts.check('11px "Noto Sans SC Variable"', text),
      };
    }, labels.join(''));
    expect(state.faces).toBeGreaterThan(90); // one face per unicode-range slice
    expect(state.loaded).toBeGreaterThan(0);
    expect(state.failed).toBe(0);
    expect(state.labelsReady).toBe(true);
    expect(fonts.length).toBeGreaterThanOrEqual(state.loaded);
    expect(fonts.every((font) => font.status === 200 && font.type === 'font/woff2')).toBe(true);
    await shot(page, '10-own-font-zh');
    expect(errors).toEqual([]);
  });

  it('says so when the server cannot be reached, and recovers on retry', async () => {
    const { page, errors } = await newPage();
    await page.route('**/graphql**', (route) => route.abort('connectionrefused'));
    await page.goto(`${base}/explorer/?entity=scenic:zhuoshui&lang=en`);
    const status = page.getByTestId('status-error');
    await status.waitFor();
    await expect(status.textContent()).resolves.toBe(
      'Cannot reach the server. Check that it is running, then try again.',
    );
    await expect(page.getByTestId('details-error').textContent()).resolves.toContain(
      'Cannot reach the server',
    );
    await page.getByTestId('search-input').fill('Zhuoshui');
    await page.getByTestId('search-error').waitFor();
    await expect(page.getByTestId('search-error').textContent()).resolves.toContain(
      'Cannot reach the server',
    );
    await shot(page, '8-server-down');

    await page.unroute('**/graphql**');
    // The live stream stays away: back, it would read the page again by itself (explorer/src/live.ts)
    // and take the Retry button away from under the click; here the button is what recovers.
    await page.route('**/graphql**', (route) =>
      route.request().headers().accept?.includes('text/event-stream')
        ? route.abort('connectionrefused')
        : route.fallback(),
    );
    await page.getByTestId('search-input').fill('');
    await page.getByTestId('retry').click();
    await page.getByTestId('details-name').waitFor();
    await settled(page);
    await expect(page.getByTestId('details-name').textContent()).resolves.toBe('Zhuoshui Scenic Area');
    await expect(page.getByTestId('status').textContent()).resolves.toBe('');
    expect(await drawnNodes(page)).toHaveLength(6);
    expect(errors).toEqual([]);
  });

  it('breaks no WCAG 2 A or AA rule that axe-core checks, in each view', async () => {
    const views: [string, (page: Page) => Promise<void>][] = [
      [
        '/explorer/?lang=zh',
        async (page) => {
          await page.getByTestId('search-input').fill('濯水');
          await page.getByTestId('search-result').first().waitFor();
        },
      ],
      [
        '/explorer/?entity=scenic:zhuoshui&from=org:citic-group&to=scenic:zhuoshui&lang=en',
        (page) => page.getByTestId('path-result').waitFor(),
      ],
      [
        '/explorer/?entity=industry:sericulture&lang=zh',
        (page) => page.getByTestId('details-name').waitFor(),
      ],
      ['/explorer/?entity=scenic:nowhere&lang=en', (page) => page.getByTestId('details-error').waitFor()],
    ];
    for (const [path, ready] of views) {
      const { page, errors } = await open(path);
      await ready(page);
      await settled(page);
      const violations = await accessibilityViolations(page);
      expect(violations, `axe-core, WCAG 2 A/AA, on ${path}:\n${violations.join('\n')}`).toEqual([]);
      expect(errors).toEqual([]);
    }
  });

  it('serves its hashed files compressed and cached for a year, and the page revalidated', async () => {
    const page = await fetch(`${base}/explorer/?entity=scenic:zhuoshui`, {
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html;charset=utf-8');
    expect(page.headers.get('cache-control')).toBe(REVALIDATE);
    expect(page.headers.get('etag')).toMatch(/^W\/"\d+-\d+"$/);
    expect(page.headers.get('last-modified')).not.toBeNull();
    const html = await page.text();
    const again = await fetch(`${base}/explorer/`, {
      headers: { 'accept-encoding': 'br, gzip', 'if-none-match': page.headers.get('etag') ?? '' },
    });
    expect(again.status).toBe(304);
    expect(again.headers.get('cache-control')).toBe(REVALIDATE);

    const assets = [...html.matchAll(/\/explorer\/(assets\/index-[\w-]+\.(?:js|css))/g)].map(
      (m) => m[1] ?? '',
    );
    expect(assets.map((asset) => asset.split('.').pop()).sort()).toEqual(['css', 'js']);
    for (const asset of assets) {
      const original = readFileSync(`${EXPLORER_DIST}/${asset}`);
      const raw = (encoding: string) =>
        fetch(`${base}/explorer/${asset}`, { headers: { 'accept-encoding': encoding } }).then(
          async (response) => ({ response, body: Buffer.from(await response.arrayBuffer()) }),
        );
      // Node's fetch decodes what it is sent; Content-Length says what crossed the wire.
      for (const [accept, encoding, decode] of [
        ['gzip, deflate, br, zstd', 'br', brotliDecompressSync],
        ['gzip, deflate', 'gzip', gunzipSync],
      ] as const) {
        const { response, body } = await raw(accept);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-encoding')).toBe(encoding);
        expect(response.headers.get('cache-control')).toBe(IMMUTABLE);
        expect(response.headers.get('vary')).toBe('Accept-Encoding');
        expect(body.equals(original)).toBe(true);
        const sent = readFileSync(`${EXPLORER_DIST}/${asset}.${encoding === 'br' ? 'br' : 'gz'}`);
        expect(Number(response.headers.get('content-length'))).toBe(sent.length);
        expect(decode(sent).equals(original)).toBe(true);
        expect(sent.length).toBeLessThan(original.length / 2);
      }
      const { response, body } = await raw('identity');
      expect(response.headers.get('content-encoding')).toBeNull();
      expect(response.headers.get('cache-control')).toBe(IMMUTABLE);
      expect(body.equals(original)).toBe(true);
    }

    const missing = await fetch(`${base}/explorer/assets/index-missing.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBeNull();
  });

  it('says so when a search finds nothing or a link names an unknown entity', async () => {
    const { page, errors } = await open('/explorer/?lang=en');
    await page.getByTestId('search-input').fill('xyzzy');
    const empty = page.getByTestId('search-empty');
    await empty.waitFor();
    await expect(empty.textContent()).resolves.toBe('Nothing found for “xyzzy”.');
    await expect(page.getByTestId('search-result').count()).resolves.toBe(0);
    await shot(page, '9-no-hits');

    await page.getByTestId('search-input').fill('无此实体');
    await page.getByTestId('search-empty').filter({ hasText: '无此实体' }).waitFor();

    await page.goto(`${base}/explorer/?entity=scenic:nowhere&lang=zh`);
    await page.getByTestId('details-error').waitFor();
    await expect(page.getByTestId('details-error').textContent()).resolves.toContain(
      '没有标识为“scenic:nowhere”的实体',
    );
    await expect(page.getByTestId('status-error').textContent()).resolves.toContain('scenic:nowhere');
    expect(errors).toEqual([]);
  });
});
