/** The status line under the header: what is loading, and errors put so that a person understands them. */

import { ApiError } from './api.ts';
import { h } from './dom.ts';
import { type Lang, t } from './i18n.ts';

export function describeError(lang: Lang, error: unknown): string {
  if (!(error instanceof ApiError)) return t(lang, 'errorServer');
  switch (error.code) {
    case 'NETWORK':
      return t(lang, 'errorNetwork');
    case 'DATABASE_UNAVAILABLE':
      return t(lang, 'errorDatabase');
    case 'NOT_FOUND':
      return t(lang, 'errorNotFound', { key: String(error.extensions.key ?? error.message) });
    case 'BAD_USER_INPUT':
      return t(lang, 'errorInput', { message: error.message });
    default:
      return t(lang, 'errorServer');
  }
}

export type StatusMessage =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown; retry?: () => void }
  | { kind: 'info'; text: string };

export class StatusBar {
  readonly element = h('div', {
    className: 'status',
    'data-testid': 'status',
    role: 'status',
    'aria-live': 'polite',
  });
  private message: StatusMessage = { kind: 'idle' };

  constructor(private readonly lang: () => Lang) {
    this.render();
  }

  get kind(): StatusMessage['kind'] {
    return this.message.kind;
  }

  show(message: StatusMessage): void {
    this.message = message;
    this.render();
  }

  render(): void {
    const lang = this.lang();
    const message = this.message;
    this.element.dataset.kind = message.kind;
    switch (message.kind) {
      case 'idle':
        this.element.replaceChildren();
        return;
      case 'loading':
        this.element.replaceChildren(
          h('span', { className: 'spinner', 'aria-hidden': 'true' }),
          t(lang, 'loading'),
        );
        return;
      case 'info':
        this.element.replaceChildren(h('span', { className: 'status-text' }, message.text));
        return;
      case 'error': {
        const children: Node[] = [
          h('span', { className: 'status-icon', 'aria-hidden': 'true' }, '⚠'),
          h(
            'span',
            { className: 'status-text', 'data-testid': 'status-error' },
            describeError(lang, message.error),
          ),
        ];
        if (message.retry) {
          const retry = h(
            'button',
            { type: 'button', className: 'button small', 'data-testid': 'retry' },
            t(lang, 'retry'),
          );
          retry.addEventListener('click', () => message.retry?.());
          children.push(retry);
        }
        const dismiss = h(
          'button',
          { type: 'button', className: 'button small ghost', 'aria-label': t(lang, 'dismiss') },
          '×',
        );
        dismiss.addEventListener('click', () => this.show({ kind: 'idle' }));
        children.push(dismiss);
        this.element.replaceChildren(...children);
        return;
      }
    }
  }
}
