import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { useSeededServer } from '../support/fixture.ts';

/**
 * GraphiQL in headless Chromium: Monaco would box every Chinese comma and semicolon of an answer as
 * an "ambiguous character" (src/http/playground.ts). The boxes are decorations that this headless
 * Chromium does not draw either way, so the test reads each editor's own option, through the
 * global API the page asks Monaco for.
 */
const kg = useSeededServer({ seed: true, listen: true });
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface EditorState {
  text: string;
  ambiguousCharacters: unknown;
}

describe('the playground', () => {
  it('shows an answer full of Chinese punctuation with ambiguous-character highlighting off in every editor', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const query = '{ entity(key: "district:qianjiang") { name citations { quote } } }';
    await page.goto(`${kg.url}/graphql?query=${encodeURIComponent(query)}`);
    await page.waitForSelector('.graphiql-execute-button', { timeout: 30_000 });
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(
      () => document.querySelector('.graphiql-response')?.textContent?.includes('黔江区'),
      null,
      { timeout: 30_000 },
    );
    const editors = await page.evaluate(() => {
      type Editor = { getModel(): { getValue(): string } | null; getOption(id: number): unknown };
      const monaco = (
        self as unknown as {
          monaco?: { editor: { getEditors(): Editor[]; EditorOption: { unicodeHighlighting: number } } };
        }
      ).monaco;
      if (!monaco) return undefined;
      return monaco.editor.getEditors().map((editor) => ({
        text: editor.getModel()?.getValue() ?? '',
        ambiguousCharacters: (
          editor.getOption(monaco.editor.EditorOption.unicodeHighlighting) as { ambiguousCharacters: unknown }
        ).ambiguousCharacters,
      }));
    });
    await page.close();
    expect(errors).toEqual([]);
    expect(editors, 'the page exposes Monaco').toBeDefined();
    const all = editors as EditorState[];
    const answer = all.find((editor) => editor.text.includes('"data"'));
    expect(answer?.text).toContain('黔江区');
    expect(answer?.text).toMatch(/[，；]/);
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect(all.map((editor) => editor.ambiguousCharacters)).toEqual(all.map(() => false));
  });
});
