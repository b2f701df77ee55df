/**
 * The explorer's reading view (issue 22, items 5 and 6) in headless Chromium against the real server on
 * the seeded Neo4j: the article with its cited spans, a span picked and its facts selected in the graph
 * and the details panel, a figure shown in the article, deep links, the keyboard and the live region,
 * and an editor citing a selected passage. The page is built by the e2e setup (tests/support/build-setup.ts).
 *
 * Writes: the last describe block edits through the API. The seed is loaded again before this file
 * (useSeededServer `seed: true`) and before every other file that reads it, so the edits stay here.
 */

import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPLORER_DIST } from '../../src/http/listener.ts';
import { fromRoot } from '../../src/project-root.ts';
import { accessibilityViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { SOURCE } from '../support/data.ts';
import { useSeededServer } from '../support/fixture.ts';
import { editorAuth } from '../support/server.ts';

const ARTIFACTS = fromRoot('tests', 'artifacts');
const ARTICLE = readFileSync(fromRoot('seed', 'sources', `${SOURCE}.txt`), 'utf8');
const EDITOR_TOKEN = 'erin-editor-token-reading-view-0001';

const kg = useSeededServer({
  seed: true,
  listen: true,
  auth: editorAuth({ name: 'erin', token: EDITOR_TOKEN }),
});
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(`${EXPLORER_DIST}/index.html`)) {
    throw new Error(
      `The explorer is not built (${EXPLORER_DIST}/index.html is missing): run \`npm run build\`.`,
    );
  }
  browser = await launchBrowser();
  mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

/** What the page exposes for tests (explorer/src/test-hooks.ts). */
interface ExplorerWindow {
  __explorer?: {
    cy: {
      animated(): boolean;
      nodes(selector: string): { map<T>(fn: (node: { id(): string }) => T): T[] };
      edges(selector: string): { map<T>(fn: (edge: { data(name: string): string }) => T): T[] };
    };
    idle(): boolean;
  };
  document: { querySelector(selector: string): { dataset: Record<string, string | undefined> } | null };
}

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${kg.url}${path}`);
  return { page, errors };
}

/** No request in flight, the graph laid out, the reading view drawn when open. */
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

const query = (page: Page) => new URL(page.url()).searchParams;

/** Code points of the stored article, as the API counts offsets. */
const offsetOf = (text: string): number => {
  const at = ARTICLE.indexOf(text);
  if (at < 0) throw new Error(`"${text}" is not in the article`);
  return Array.from(ARTICLE.slice(0, at)).length;
};
const slice = (start: number, end: number) => Array.from(ARTICLE).slice(start, end).join('');

/** The text of the marked (active) span, as the page shows it. */
async function activeText(page: Page): Promise<string> {
  return (await page.locator('[data-testid="reader-text"] .active').allTextContents()).join('');
}

interface Located {
  quote: string;
  start: number;
  end: number;
  exact: string;
}

async function designatedAs5A(): Promise<Located> {
  const data = await kg.data<{
    entity: { relationships: { edges: { node: { to: { key: string }; citation: Located } }[] } };
  }>(`{ entity(key: "scenic:zhuoshui") {
        relationships(direction: OUT, types: [DESIGNATED_AS]) {
          edges { node { to { key } citation { quote start end exact } } } } } }`);
  const edge = data.entity.relationships.edges.find(
    ({ node }) => node.to.key === 'brand:national-5a-scenic-area',
  );
  if (!edge)
    throw new Error('scenic:zhuoshui DESIGNATED_AS brand:national-5a-scenic-area is not in the seed');
  return edge.node.citation;
}

describe('reading view', () => {
  it('shows the article as stored, highlights cited spans, and a click selects what a span supports', async () => {
    const citation = await designatedAs5A();
    // The located span is the quote as the page prints it, line break included.
    expect(citation.quote).toBe('去年12月，黔江濯水景区成功创建国家5A级旅游景区');
    expect(citation.exact).toBe('去年12月，黔江濯水景区成功创建国家\n5A级旅游景区');
    expect(citation.start).toBe(offsetOf('去年12月，黔江濯水景区'));
    expect(slice(citation.start, citation.end)).toBe(citation.exact);

    const { page, errors } = await open('/explorer/?read=1&lang=zh');
    const text = page.getByTestId('reader-text');
    await text.locator('[data-testid="cited-span"]').first().waitFor();
    await settled(page);
    await expect(text.textContent()).resolves.toBe(ARTICLE);
    await expect(text.evaluate((element) => getComputedStyle(element).whiteSpace)).resolves.toBe('pre-wrap');
    // The serif stack with the self-hosted Noto Serif SC: Chinese renders without system CJK fonts.
    await expect(text.evaluate((element) => getComputedStyle(element).fontFamily)).resolves.toContain(
      'Noto Serif SC Variable',
    );
    await expect(
      page.evaluate(
        (sample) =>
          (
            globalThis as unknown as { document: { fonts: { check(font: string, text: string): boolean } } }
          ).document.fonts.check('16px "Noto Serif SC Variable"', sample),
        '黔江濯水景区',
      ),
    ).resolves.toBe(true);
    expect(await text.locator('[data-testid="cited-span"]').count()).toBeGreaterThan(100);

    // Shorter spans inside it, if any, are drawn on top of it: its own pieces and theirs make the text.
    const span = text.locator(`mark[data-span="${citation.start}-${citation.end}"]`).first();
    await expect(span.getAttribute('data-kind')).resolves.toBe('relationship');
    await expect(span.getAttribute('role')).resolves.toBe('button');
    await span.click();
    await settled(page);

    expect(query(page).get('span')).toBe(`${citation.start}-${citation.end}`);
    expect(query(page).get('entity')).toBe('scenic:zhuoshui');
    await expect(activeText(page)).resolves.toBe(citation.exact);

    // The graph: the three relationships citing the span, and their ends, are marked.
    const cited = await page.evaluate(() => {
      const cy = (globalThis as unknown as ExplorerWindow).__explorer!.cy;
      return {
        nodes: cy
          .nodes('.cited')
          .map((node) => node.id())
          .sort(),
        edges: cy
          .edges('.cited')
          .map((edge) => `${edge.data('source')} ${edge.data('type')} ${edge.data('target')}`)
          .sort(),
      };
    });
    expect(cited.edges).toEqual([
      'event:2020-12-zhuoshui-becomes-5a-scenic-area CONCERNS brand:national-5a-scenic-area',
      'event:2020-12-zhuoshui-becomes-5a-scenic-area CONCERNS scenic:zhuoshui',
      'scenic:zhuoshui DESIGNATED_AS brand:national-5a-scenic-area',
    ]);
    expect(cited.nodes).toEqual([
      'brand:national-5a-scenic-area',
      'event:2020-12-zhuoshui-becomes-5a-scenic-area',
      'scenic:zhuoshui',
    ]);
    await expect(
      page.locator('[data-testid="graph-edge"][data-cited]').evaluateAll((items) => items.length),
    ).resolves.toBe(3);

    // The details panel: 濯水景区, its DESIGNATED_AS 国家5A级旅游景区 and the event's CONCERNS marked.
    const details = page.getByTestId('details');
    await expect(page.getByTestId('details-name').textContent()).resolves.toBe('濯水景区');
    const marked = details.locator('[data-testid="relationship"][data-cited]');
    await expect(
      marked.evaluateAll((items) =>
        items.map((item) => {
          const data = (item as unknown as { dataset: Record<string, string> }).dataset;
          return `${data.from} ${data.type} ${data.to}`;
        }),
      ),
    ).resolves.toEqual([
      'scenic:zhuoshui DESIGNATED_AS brand:national-5a-scenic-area',
      'event:2020-12-zhuoshui-becomes-5a-scenic-area CONCERNS scenic:zhuoshui',
    ]);
    await expect(marked.first().textContent()).resolves.toContain('濯水景区 获评 → 国家5A级旅游景区');

    // What the span supports, listed above the text.
    const facts = page.getByTestId('span-facts');
    await expect(facts.getByTestId('span-fact').allTextContents()).resolves.toEqual([
      '濯水景区 获评 → 国家5A级旅游景区',
      '黔江濯水景区成功创建国家5A级旅游景区 涉及 → 国家5A级旅游景区',
      '黔江濯水景区成功创建国家5A级旅游景区 涉及 → 濯水景区',
    ]);

    await marked.first().scrollIntoViewIfNeeded();
    // docs/reading-view.png is a copy of this artifact, taken by hand: a test run leaves docs/ as it is.
    await page.screenshot({ path: `${ARTIFACTS}/reading-1-span-picked.png` });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('goes from a figure in the details panel to its span, and a reload or back lands on the same view', async () => {
    const { page, errors } = await open('/explorer/?entity=industry:sericulture&lang=zh');
    await settled(page);
    const cocoons = page.locator('[data-testid="statistic"][data-metric="cocoon_output"]');
    await expect(cocoons.getByTestId('stat-value').textContent()).resolves.toBe('7万担');
    await expect(page.getByTestId('reader').isHidden()).resolves.toBe(true);
    await cocoons.getByTestId('show-in-article').click();
    await page.locator('[data-testid="reader-text"] .active').first().waitFor();
    await settled(page);

    const start = offsetOf('2020年，全区实现产茧7万担');
    const end = start + Array.from('2020年，全区实现产茧7万担').length;
    expect(query(page).get('span')).toBe(`${start}-${end}`);
    expect(query(page).get('entity')).toBe('industry:sericulture');
    await expect(activeText(page)).resolves.toBe('2020年，全区实现产茧7万担');
    await expect(cocoons.getAttribute('data-cited')).resolves.toBe('true');
    // Scrolled into the reading view's visible part.
    const visible = await page.evaluate(() => {
      interface Box {
        top: number;
        bottom: number;
      }
      const { document } = globalThis as unknown as {
        document: { querySelector(s: string): { getBoundingClientRect(): Box } | null };
      };
      const box = document.querySelector('[data-testid="reader"]')!.getBoundingClientRect();
      const mark = document.querySelector('[data-testid="reader-text"] .active')!.getBoundingClientRect();
      return mark.top >= box.top && mark.bottom <= box.bottom;
    });
    expect(visible).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}/reading-2-figure-in-article.png` });

    await page.reload();
    await page.locator('[data-testid="reader-text"] .active').first().waitFor();
    await settled(page);
    await expect(activeText(page)).resolves.toBe('2020年，全区实现产茧7万担');
    await expect(page.getByTestId('details-name').textContent()).resolves.toBe('蚕桑');

    await page.goBack();
    await settled(page);
    expect(query(page).get('span')).toBeNull();
    await expect(page.getByTestId('reader').isHidden()).resolves.toBe(true);
    await page.goForward();
    await page.locator('[data-testid="reader-text"] .active').first().waitFor();
    await expect(activeText(page)).resolves.toBe('2020年，全区实现产茧7万担');

    // In English: the page's words change, the article and the span stay.
    await page.getByTestId('lang-toggle').click();
    await settled(page);
    await expect(page.locator('#reader-title').textContent()).resolves.toBe('The article');
    await expect(activeText(page)).resolves.toBe('2020年，全区实现产茧7万担');
    await expect(page.getByTestId('span-fact').allTextContents()).resolves.toContain(
      'Sericulture Cocoon output 7万担 (2020)',
    );
    await expect(cocoons.getByTestId('show-in-article').textContent()).resolves.toBe('Show in the article');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lets the keyboard reach a span, pick it with Enter, announces the selection, and passes axe-core', async () => {
    const { page, errors } = await open('/explorer/?read=1&lang=zh');
    const first = page.locator('[data-testid="cited-span"]').first();
    await first.waitFor();
    await settled(page);
    // The collapsed curation form's summary comes just before the text.
    await page.getByTestId('curate-toggle').focus();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const active = (
        globalThis as unknown as {
          document: {
            activeElement: { dataset: Record<string, string>; getAttribute(n: string): string | null };
          };
        }
      ).document.activeElement;
      return {
        testId: active.dataset.testid,
        span: active.dataset.span,
        role: active.getAttribute('role'),
        label: active.getAttribute('aria-label'),
      };
    });
    expect(focused.testId).toBe('cited-span');
    expect(focused.role).toBe('button');
    expect(focused.span).toBe(await first.getAttribute('data-span'));
    // The text as shown, then what it supports.
    const shown = ((await first.textContent()) ?? '').replace(/\s+/g, ' ').trim();
    expect(focused.label?.startsWith(`${shown}（引文，支持：`)).toBe(true);

    await page.keyboard.press('Enter');
    await settled(page);
    expect(query(page).get('span')).toBe(focused.span);
    const live = page.getByTestId('reader-live');
    await expect(live.getAttribute('aria-live')).resolves.toBe('polite');
    const announced = (await live.textContent()) ?? '';
    expect(announced).toMatch(/^已选中引文“.+”，它支持：/);
    // The announcement names the facts the span supports, as the facts list shows them.
    const firstFact = (await page.getByTestId('span-fact').first().textContent()) ?? '';
    expect(firstFact.length).toBeGreaterThan(0);
    expect(announced).toContain(firstFact);

    // axe-core, WCAG 2 A/AA: the article with a span picked, then with the curation form open.
    for (const state of ['span picked', 'curation form open']) {
      if (state === 'curation form open') await page.getByTestId('curate-toggle').click();
      const violations = await accessibilityViolations(page);
      expect(violations, `axe-core on the reading view, ${state}:\n${violations.join('\n')}`).toEqual([]);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

/** The DOM calls selectInArticle makes, typed here since the tests compile without the DOM library. */
interface SelectingWindow {
  document: {
    querySelector(selector: string): unknown;
    createTreeWalker(root: unknown, whatToShow: number): { nextNode(): { data: string } | null };
    createRange(): {
      setStart(node: unknown, offset: number): void;
      setEnd(node: unknown, offset: number): void;
    };
    getSelection(): { removeAllRanges(): void; addRange(range: unknown): void };
  };
}

/**
 * Selects [start, end) of the article in the reading view as a person would leave it: a document
 * Range over the rendered text nodes, found by counting code points, independently of the page's code.
 */
async function selectInArticle(page: Page, start: number, end: number): Promise<void> {
  await page.evaluate(
    ({ start, end }) => {
      const { document } = globalThis as unknown as SelectingWindow;
      const SHOW_TEXT = 4;
      const walker = document.createTreeWalker(
        document.querySelector('[data-testid="reader-text"]'),
        SHOW_TEXT,
      );
      const points: [{ data: string }, number][] = [];
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        let units = 0;
        for (const char of node.data) {
          if (seen === start) points[0] ??= [node, units];
          if (seen === end) points[1] ??= [node, units];
          seen++;
          units += char.length;
        }
        if (seen === end) points[1] ??= [node, units];
      }
      const [from, to] = points;
      if (!from || !to) throw new Error(`no text at ${start}-${end}`);
      const range = document.createRange();
      range.setStart(...from);
      range.setEnd(...to);
      document.getSelection().removeAllRanges();
      document.getSelection().addRange(range);
    },
    { start, end },
  );
}

/** Waits until the curation form shows `quote` as the selection (selectionchange fires as a task). */
async function selectionShown(page: Page, quote: string): Promise<void> {
  const shown = page.getByTestId('selection-quote');
  await shown.filter({ hasText: quote }).waitFor();
  await expect(shown.textContent()).resolves.toBe(quote);
}

describe('curation from the text', () => {
  it('cites a selected passage for the selected entity and for a new relationship, and shows refusals', async () => {
    const { page, errors } = await open('/explorer/?entity=scenic:zhuoshui&read=1&lang=zh');
    await page.locator('[data-testid="cited-span"]').first().waitFor();
    await settled(page);
    await page.getByTestId('curate-toggle').click();
    const result = page.getByTestId('curation-result');

    // A passage no fact cites yet: 濯水景\n区通过基础建设、旅游就业、自主创业.
    const passage = '濯水景\n区通过基础建设、旅游就业、自主创业';
    const start = offsetOf(passage);
    const end = start + Array.from(passage).length;
    await selectInArticle(page, start, end);
    await selectionShown(page, '濯水景区通过基础建设、旅游就业、自主创业');

    // A token the server does not know: its refusal is shown, nothing is written.
    const before = await kg.checksum();
    await page.getByTestId('editor-token').fill('not-an-editor-token-000');
    await page.getByTestId('cite-entity').click();
    await page.locator('[data-testid="curation-result"][data-kind="error"]').waitFor();
    await expect(result.textContent()).resolves.toContain('UNAUTHENTICATED');
    expect(await kg.checksum()).toBe(before);

    // A passage that occurs many times cannot be told apart by its quote: refused, with the reason.
    const repeated = offsetOf('黔江积极推行');
    await selectInArticle(page, repeated, repeated + 2);
    await selectionShown(page, '黔江');
    await page.getByTestId('editor-token').fill(EDITOR_TOKEN);
    await page.getByTestId('cite-entity').click();
    await page.locator('[data-testid="curation-result"][data-kind="error"]').waitFor();
    const refusal = (await result.textContent()) ?? '';
    expect(refusal).toContain('BAD_USER_INPUT');
    // "黔江" occurs 44 times; the server names the one selected and asks for a longer span.
    expect(refusal).toMatch(/"黔江" occurs \d+ times/);
    expect(refusal).toContain(`the one at ${repeated} cannot be told apart: quote a longer span`);
    expect(await kg.checksum()).toBe(before);

    // (a) One more citation of 濯水景区.
    await selectInArticle(page, start, end);
    await selectionShown(page, '濯水景区通过基础建设、旅游就业、自主创业');
    await expect(page.getByTestId('cite-entity').textContent()).resolves.toBe('作为“濯水景区”的出处');
    await page.getByTestId('cite-entity').click();
    await page.locator('[data-testid="curation-result"][data-kind="saved"]').waitFor();
    await expect(result.textContent()).resolves.toBe('已保存：“濯水景区”多了一条出处。');
    const entity = await kg.data<{ entity: { version: number; citations: Located[] } }>(
      '{ entity(key: "scenic:zhuoshui") { version citations { quote start end exact } } }',
    );
    expect(entity.entity.citations).toContainEqual({
      quote: '濯水景区通过基础建设、旅游就业、自主创业',
      start,
      end,
      exact: slice(start, end),
    });
    expect(entity.entity.version).toBe(2);
    // The highlights are read again: the new span is drawn and picked.
    await page.locator(`mark[data-span="${start}-${end}"]`).first().waitFor();
    await settled(page);
    expect(query(page).get('span')).toBe(`${start}-${end}`);
    await expect(activeText(page)).resolves.toBe(slice(start, end));
    await expect(
      page
        .getByTestId('span-fact')
        .evaluateAll((items) =>
          items.map((item) => (item as unknown as { dataset: Record<string, string> }).dataset.key),
        ),
    ).resolves.toEqual(['scenic:zhuoshui']);
    // The token is kept for the tab, never in the address.
    expect(page.url()).not.toContain(EDITOR_TOKEN);
    await expect(
      page.evaluate(() =>
        (globalThis as unknown as { sessionStorage: Storage }).sessionStorage.getItem(
          'qianjiang-kg.editor-token',
        ),
      ),
    ).resolves.toBe(EDITOR_TOKEN);

    // (b) A new relationship, 黔江区 BUILDS 濯水景区, cited by the passage on developing scenic areas.
    const buildsPassage = '开发建\n设旅游景区助力脱贫攻坚';
    const buildsStart = offsetOf(buildsPassage);
    const buildsEnd = buildsStart + Array.from(buildsPassage).length;
    await selectInArticle(page, buildsStart, buildsEnd);
    await selectionShown(page, '开发建设旅游景区助力脱贫攻坚');
    const pick = async (testId: string, text: string, key: string) => {
      await page.getByTestId(testId).fill(text);
      const suggestion = page.locator(`[data-testid="relationship-suggestion"][data-key="${key}"]`);
      await suggestion.waitFor();
      await suggestion.click();
    };
    await pick('relationship-from', '黔江区', 'district:qianjiang');
    await pick('relationship-to', '濯水景区', 'scenic:zhuoshui');
    await page.getByTestId('relationship-type').selectOption('BUILDS');
    // Picking in the form moved the document's selection; the passage chosen stays.
    await expect(page.getByTestId('selection-quote').textContent()).resolves.toBe(
      '开发建设旅游景区助力脱贫攻坚',
    );
    await page.getByTestId('add-relationship').click();
    await page.locator('[data-testid="curation-result"][data-kind="saved"]').waitFor();
    await expect(result.textContent()).resolves.toBe('已保存：新关系 黔江区 打造 → 濯水景区。');
    const builds = await kg.data<{
      entity: { relationships: { edges: { node: { to: { key: string }; citation: Located } }[] } };
    }>(`{ entity(key: "district:qianjiang") {
          relationships(direction: OUT, types: [BUILDS]) { edges { node { to { key } citation { quote start end exact } } } } } }`);
    expect(builds.entity.relationships.edges.map(({ node }) => node)).toContainEqual({
      to: { key: 'scenic:zhuoshui' },
      citation: {
        quote: '开发建设旅游景区助力脱贫攻坚',
        start: buildsStart,
        end: buildsEnd,
        exact: slice(buildsStart, buildsEnd),
      },
    });
    await page.locator(`mark[data-span="${buildsStart}-${buildsEnd}"]`).first().waitFor();
    await settled(page);
    await expect(
      page.locator('[data-testid="graph-edge"][data-cited]').evaluateAll((items) =>
        items.map((item) => {
          const data = (item as unknown as { dataset: Record<string, string> }).dataset;
          return `${data.from} ${data.type} ${data.to}`;
        }),
      ),
    ).resolves.toContain('district:qianjiang BUILDS scenic:zhuoshui');
    await page.screenshot({ path: `${ARTIFACTS}/reading-3-cited-from-selection.png` });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
