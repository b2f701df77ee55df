/**
 * The live line in the header: a short, polite note of the last change that redrew the page
 * ("金溪镇 changed (upsertEntity by erin)"), and while the subscription is lost, that it is
 * reconnecting. A live region, so screen readers hear it too; it sits in the header, whose height
 * never changes, so a note moves nothing on the page.
 */

import { h } from './dom.ts';
import type { Lang } from './i18n.ts';
import type { LiveState } from './live.ts';

/** A note, written again in the page's language when it changes. */
export type LiveNote = (lang: Lang) => string;

export class LiveStatus {
  readonly element = h('div', {
    className: 'live-status',
    'data-testid': 'live-status',
    role: 'status',
    'aria-live': 'polite',
    'data-state': 'connecting',
  });
  private note: LiveNote | null = null;

  constructor(private readonly lang: () => Lang) {}

  setState(state: LiveState): void {
    this.element.dataset.state = state;
  }

  show(note: LiveNote): void {
    this.note = note;
    this.render();
  }

  render(): void {
    const text = this.note?.(this.lang()) ?? '';
    this.element.replaceChildren(
      ...(text ? [h('span', { className: 'live-dot', 'aria-hidden': 'true' }), text] : []),
    );
  }
}
