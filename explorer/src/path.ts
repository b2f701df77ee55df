/** The path finder: two entity pickers and the steps of the shortest path between them. */

import type { EntityBrief, Path } from './api.ts';
import { typeBadge } from './details.ts';
import { h } from './dom.ts';
import { displayName, type Lang, relationshipTypeName, t } from './i18n.ts';
import { createPicker, type Picker } from './search.ts';
import { describeError } from './status.ts';

export type PathResult =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'same' }
  | { kind: 'none' }
  | { kind: 'error'; error: unknown; retry: () => void }
  | { kind: 'ready'; path: Path };

export interface PathActions {
  /** The user picked, swapped or cleared an end. */
  onChange(from: EntityBrief | null, to: EntityBrief | null): void;
  onSelect(key: string): void;
}

export class PathPanel {
  readonly element: HTMLElement;
  private readonly fromPicker: Picker;
  private readonly toPicker: Picker;
  private readonly result = h('div', { className: 'path-result-box' });
  private readonly title = h('h2', {});
  private readonly fromLabel = h('label', {});
  private readonly toLabel = h('label', {});
  private readonly swapButton = h('button', {
    type: 'button',
    className: 'button small ghost',
    'data-testid': 'path-swap',
  });
  private readonly clearButton = h('button', {
    type: 'button',
    className: 'button small ghost',
    'data-testid': 'path-clear',
  });
  private from: EntityBrief | null = null;
  private to: EntityBrief | null = null;
  private state: PathResult = { kind: 'idle' };

  constructor(
    private readonly lang: () => Lang,
    private readonly actions: PathActions,
  ) {
    this.fromPicker = createPicker({
      testId: 'path-from',
      resultTestId: 'path-suggestion',
      placeholder: 'pathFromPlaceholder',
      label: 'pathFrom',
      lang,
      onPick: (entity) => this.actions.onChange(entity, this.to),
      onClear: () => this.actions.onChange(null, this.to),
    });
    this.toPicker = createPicker({
      testId: 'path-to',
      resultTestId: 'path-suggestion',
      placeholder: 'pathToPlaceholder',
      label: 'pathTo',
      lang,
      onPick: (entity) => this.actions.onChange(this.from, entity),
      onClear: () => this.actions.onChange(this.from, null),
    });
    this.swapButton.addEventListener('click', () => this.actions.onChange(this.to, this.from));
    this.clearButton.addEventListener('click', () => this.actions.onChange(null, null));
    this.element = h(
      'section',
      { className: 'panel path-panel', 'data-testid': 'path-finder' },
      h(
        'div',
        { className: 'panel-head' },
        this.title,
        h('div', { className: 'panel-actions' }, this.swapButton, this.clearButton),
      ),
      h(
        'div',
        { className: 'path-ends' },
        this.fromLabel,
        this.fromPicker.element,
        this.toLabel,
        this.toPicker.element,
      ),
      this.result,
    );
    this.render();
  }

  /** Shows the ends and the result; the pickers keep what the user is typing when the ends did not change. */
  update(from: EntityBrief | null, to: EntityBrief | null, state: PathResult): void {
    if (from?.key !== this.from?.key || document.activeElement !== this.fromPicker.input)
      this.fromPicker.setValue(from);
    if (to?.key !== this.to?.key || document.activeElement !== this.toPicker.input)
      this.toPicker.setValue(to);
    this.from = from;
    this.to = to;
    this.state = state;
    this.render();
  }

  render(): void {
    const lang = this.lang();
    this.title.textContent = t(lang, 'pathFinder');
    this.fromLabel.textContent = t(lang, 'pathFrom');
    this.toLabel.textContent = t(lang, 'pathTo');
    this.swapButton.textContent = `⇅ ${t(lang, 'pathSwap')}`;
    this.clearButton.textContent = t(lang, 'pathClear');
    this.swapButton.disabled = !this.from && !this.to;
    this.clearButton.disabled = !this.from && !this.to;
    this.fromPicker.refreshLang();
    this.toPicker.refreshLang();
    this.result.replaceChildren(this.renderResult(lang));
  }

  private renderResult(lang: Lang): HTMLElement {
    const state = this.state;
    const note = (text: string, className = 'placeholder') =>
      h('p', { className, 'data-testid': 'path-message' }, text);
    switch (state.kind) {
      case 'idle':
        return note(t(lang, 'pathHint'));
      case 'loading':
        return h(
          'p',
          { className: 'placeholder', 'data-testid': 'path-message' },
          h('span', { className: 'spinner' }),
          t(lang, 'pathLoading'),
        );
      case 'same':
        return note(t(lang, 'pathSame'));
      case 'none':
        return note(t(lang, 'pathNone'), 'notice');
      case 'error': {
        const retry = h('button', { type: 'button', className: 'button small' }, t(lang, 'retry'));
        retry.addEventListener('click', state.retry);
        return h(
          'div',
          { className: 'error-box', 'data-testid': 'path-error' },
          h('p', {}, describeError(lang, state.error)),
          retry,
        );
      }
      case 'ready':
        return this.renderPath(lang, state.path);
    }
  }

  private renderPath(lang: Lang, path: Path): HTMLElement {
    const items: HTMLElement[] = [];
    path.nodes.forEach((node, index) => {
      const step = h(
        'button',
        { type: 'button', className: 'path-node', 'data-key': node.key },
        typeBadge(lang, node.type),
        h('span', { className: 'path-node-name', 'data-testid': 'path-step-name' }, displayName(lang, node)),
      );
      step.addEventListener('click', () => this.actions.onSelect(node.key));
      items.push(h('li', { className: 'path-step', 'data-testid': 'path-step', 'data-key': node.key }, step));
      const relationship = path.relationships[index];
      if (!relationship) return;
      const forward = relationship.from.key === node.key;
      items.push(
        h(
          'li',
          {
            className: 'path-edge',
            'data-testid': 'path-edge',
            'data-type': relationship.type,
            title: relationship.citation?.quote ?? '',
          },
          h('span', { className: 'path-arrow' }, forward ? '↓' : '↑'),
          h('span', { className: 'rel-type' }, relationshipTypeName(lang, relationship.type)),
          relationship.date ? h('span', { className: 'date-chip' }, relationship.date) : null,
          relationship.citation ? h('span', { className: 'path-quote' }, relationship.citation.quote) : null,
        ),
      );
    });
    const steps = path.length === 1 ? t(lang, 'pathStep') : t(lang, 'pathSteps', { n: path.length });
    return h(
      'div',
      { className: 'path-ready' },
      h('p', { className: 'path-summary' }, steps),
      h(
        'ol',
        { className: 'path-steps', 'data-testid': 'path-result', 'data-length': path.length },
        ...items,
      ),
    );
  }
}
