/** The timeline along the bottom: the article's dated events in order; clicking one selects it. */

import type { TimelineEvent } from './api.ts';
import { h } from './dom.ts';
import { displayName, type Lang, secondaryName, t } from './i18n.ts';
import { describeError } from './status.ts';

export type TimelineState =
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown; retry: () => void }
  | { kind: 'ready'; events: TimelineEvent[] };

export function renderTimeline(
  container: HTMLElement,
  state: TimelineState,
  lang: Lang,
  selected: string | null,
  onSelect: (key: string) => void,
): void {
  const title = h('h2', { className: 'timeline-title' }, t(lang, 'timeline'));
  if (state.kind === 'loading') {
    container.replaceChildren(
      title,
      h('p', { className: 'placeholder' }, h('span', { className: 'spinner' }), t(lang, 'timelineLoading')),
    );
    return;
  }
  if (state.kind === 'error') {
    const retry = h('button', { type: 'button', className: 'button small' }, t(lang, 'retry'));
    retry.addEventListener('click', state.retry);
    container.replaceChildren(
      title,
      h('div', { className: 'error-box inline' }, h('p', {}, describeError(lang, state.error)), retry),
    );
    return;
  }
  const items = state.events.map((event) => {
    const button = h(
      'button',
      {
        type: 'button',
        className: `timeline-event${event.key === selected ? ' selected' : ''}`,
        'data-testid': 'timeline-event',
        'data-key': event.key,
        'data-date': event.date,
        'aria-pressed': event.key === selected ? 'true' : 'false',
        title: secondaryName(lang, event),
      },
      h('time', { dateTime: event.date }, event.date),
      h('span', { className: 'timeline-name' }, displayName(lang, event)),
    );
    button.addEventListener('click', () => onSelect(event.key));
    return h('li', {}, button);
  });
  container.replaceChildren(title, h('ol', { className: 'timeline-track' }, ...items));
  container
    .querySelector('.timeline-event.selected')
    ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}
