import { describe, expect, it } from 'vitest';
import { renderPlayground } from '../../src/http/playground.ts';

describe('the playground page', () => {
  it("asks Monaco for its global API and turns off each editor's ambiguous-character boxes", () => {
    const page = renderPlayground({ title: 'qianjiang-kg' });
    expect(page).toContain('globalAPI: true,');
    expect(page).not.toContain('globalAPI: false,');
    const hook = page.indexOf('onDidCreateEditor');
    expect(hook).toBeGreaterThan(0);
    // Registered before GraphiQL renders, or the first editors would be created without it.
    expect(hook).toBeLessThan(page.indexOf('YogaGraphiQL.renderYogaGraphiQL('));
    expect(page).toContain('unicodeHighlight: { ambiguousCharacters: false }');
  });
});
