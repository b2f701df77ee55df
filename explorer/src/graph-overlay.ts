/**
 * What covers the graph when it has nothing to show: an error or a spinner while nothing is drawn,
 * and the intro (search, or start from a seed entity) while nothing is asked for.
 */

import { h } from './dom.ts';
import { type Lang, t } from './i18n.ts';
import type { Page } from './layout.ts';
import * as navigation from './navigation.ts';
import { STARTER_ENTITIES } from './seed-keys.ts';
import { describeError } from './status.ts';
import type { ViewState } from './url-state.ts';

/** Shows the one card the graph needs now, or none; `error` is the render's first. */
export function renderOverlay(
  page: Page,
  current: ViewState,
  phase: 'loading' | 'ready',
  error?: unknown,
): void {
  const nothingDrawn = page.graph.nodeCount === 0;
  const nothingAsked = current.expand.length === 0 && !(current.from && current.to);
  let card: HTMLElement | null = null;
  if (error !== undefined && nothingDrawn) card = graphErrorCard(current.lang, error);
  else if (phase === 'loading' && nothingDrawn) card = loadingCard(current.lang);
  else if (phase === 'ready' && nothingAsked) card = introCard(current.lang);
  page.graphOverlay.dataset.phase = phase;
  page.graphOverlay.hidden = card === null;
  page.graphOverlay.replaceChildren(...(card ? [card] : []));
}

function graphErrorCard(lang: Lang, error: unknown): HTMLElement {
  const retry = h('button', { type: 'button', className: 'button small' }, t(lang, 'retry'));
  retry.addEventListener('click', navigation.redraw);
  return h(
    'div',
    { className: 'overlay-card error-box', 'data-testid': 'graph-error' },
    h('p', {}, describeError(lang, error)),
    retry,
  );
}

function loadingCard(lang: Lang): HTMLElement {
  return h('p', { className: 'overlay-card' }, h('span', { className: 'spinner' }), t(lang, 'loading'));
}

/** The empty graph's invitation: search, or start from one of a few entities. */
function introCard(lang: Lang): HTMLElement {
  const chips = STARTER_ENTITIES.map(({ key, name, nameEn }) => {
    const chip = h(
      'button',
      { type: 'button', className: 'chip button-chip', 'data-key': key },
      lang === 'zh' ? name : nameEn,
    );
    chip.addEventListener('click', () => navigation.focus(key));
    return chip;
  });
  return h(
    'div',
    { className: 'overlay-card intro', 'data-testid': 'graph-empty' },
    h('p', {}, t(lang, 'graphEmpty')),
    h('div', { className: 'chips' }, ...chips),
  );
}
