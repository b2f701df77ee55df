/**
 * Search as you type: an input with a list of suggestions (name, English name, type) from the
 * `search` query. Used by the header search and by the two ends of the path finder.
 */

import { type ApiError, type EntityBrief, isAbort, type SearchHit, search } from './api.ts';
import { h, shapeIcon } from './dom.ts';
import { TYPE_STYLE } from './graph-view.ts';
import { displayName, entityTypeName, type Lang, type StringKey, secondaryName, t } from './i18n.ts';
import { describeError } from './status.ts';

export interface PickerOptions {
  /** data-testid of the input. */
  testId: string;
  /** data-testid of each suggestion. */
  resultTestId: string;
  placeholder: StringKey;
  label: StringKey;
  lang(): Lang;
  onPick(entity: EntityBrief): void;
  /** Reports a failed search (besides the message shown in the list). */
  onError?(error: ApiError): void;
  /** Called when the user empties the input. */
  onClear?(): void;
}

export interface Picker {
  element: HTMLElement;
  input: HTMLInputElement;
  /** Shows `entity` in the input (or empties it) without searching. */
  setValue(entity: EntityBrief | null): void;
  refreshLang(): void;
}

const DEBOUNCE_MS = 140;
let pickerCount = 0;

export function createPicker(options: PickerOptions): Picker {
  const listId = `picker-list-${++pickerCount}`;
  const input = h('input', {
    type: 'search',
    className: 'picker-input',
    'data-testid': options.testId,
    autocomplete: 'off',
    spellcheck: 'false',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
  });
  const list = h('ul', { className: 'picker-list', id: listId, role: 'listbox', hidden: true });
  const element = h('div', { className: 'picker' }, input, list);

  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | undefined;
  let chosen: EntityBrief | null = null;
  let message: { text: string; testId: string; kind: 'info' | 'error' } | null = null;

  const refreshLang = () => {
    const lang = options.lang();
    input.placeholder = t(lang, options.placeholder);
    input.setAttribute('aria-label', t(lang, options.label));
    if (chosen && document.activeElement !== input) input.value = displayName(lang, chosen);
    if (!list.hidden) renderList();
  };

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  };

  const open = () => {
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };

  const pick = (hit: SearchHit) => {
    chosen = hit.entity;
    input.value = displayName(options.lang(), hit.entity);
    close();
    input.blur();
    options.onPick(hit.entity);
  };

  function renderList(): void {
    const lang = options.lang();
    if (message) {
      list.replaceChildren(
        h(
          'li',
          { className: `picker-message ${message.kind}`, 'data-testid': message.testId, role: 'status' },
          message.text,
        ),
      );
      return;
    }
    list.replaceChildren(
      ...hits.map((hit, index) => {
        const style = TYPE_STYLE[hit.entity.type];
        const item = h(
          'li',
          {
            className: `picker-option${index === active ? ' active' : ''}`,
            role: 'option',
            id: `${listId}-${index}`,
            'aria-selected': index === active ? 'true' : 'false',
            'data-testid': options.resultTestId,
            'data-key': hit.entity.key,
            'data-type': hit.entity.type,
          },
          h(
            'span',
            { className: 'option-names' },
            h(
              'span',
              { className: 'option-name', 'data-testid': 'result-name' },
              displayName(lang, hit.entity),
            ),
            h(
              'span',
              { className: 'option-secondary', 'data-testid': 'result-name-other' },
              secondaryName(lang, hit.entity),
            ),
          ),
          h(
            'span',
            {
              className: 'type-badge',
              'data-testid': 'result-type',
              style: `--type-color: ${style?.color ?? '#888'}`,
            },
            style ? shapeIcon(style.shape, style.color, 11) : null,
            entityTypeName(lang, hit.entity.type),
          ),
        );
        // mousedown, not click: the input would lose focus (and close the list) first.
        item.addEventListener('mousedown', (event) => {
          event.preventDefault();
          pick(hit);
        });
        return item;
      }),
    );
    if (active >= 0) input.setAttribute('aria-activedescendant', `${listId}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  }

  const run = async (query: string) => {
    controller?.abort();
    controller = new AbortController();
    const { signal } = controller;
    const lang = options.lang();
    message = { text: t(lang, 'searching'), testId: 'search-loading', kind: 'info' };
    open();
    renderList();
    try {
      const found = await search(query, signal);
      if (signal.aborted) return;
      hits = found;
      active = found.length > 0 ? 0 : -1;
      message =
        found.length === 0
          ? { text: t(lang, 'noHits', { q: query }), testId: 'search-empty', kind: 'info' }
          : null;
    } catch (error) {
      if (isAbort(error)) return;
      hits = [];
      const apiError = error as ApiError;
      message = { text: describeError(options.lang(), apiError), testId: 'search-error', kind: 'error' };
      options.onError?.(apiError);
    }
    open();
    renderList();
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const query = input.value.trim();
    chosen = null;
    if (!query) {
      controller?.abort();
      hits = [];
      message = null;
      close();
      options.onClear?.();
      return;
    }
    timer = setTimeout(() => void run(query), DEBOUNCE_MS);
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (hits.length === 0 || message) return;
      event.preventDefault();
      open();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      active = (active + step + hits.length) % hits.length;
      renderList();
    } else if (event.key === 'Enter') {
      const hit = hits[active] ?? hits[0];
      if (hit && !message && !list.hidden) {
        event.preventDefault();
        pick(hit);
      }
    } else if (event.key === 'Escape') {
      close();
    }
  });

  input.addEventListener('focus', () => {
    if (input.value.trim() && (hits.length > 0 || message) && !chosen) {
      open();
      renderList();
    } else if (chosen) {
      input.select();
    }
  });
  input.addEventListener('blur', () => {
    close();
    if (chosen) input.value = displayName(options.lang(), chosen);
  });

  refreshLang();
  return {
    element,
    input,
    setValue(entity) {
      chosen = entity;
      hits = [];
      message = null;
      close();
      input.value = entity ? displayName(options.lang(), entity) : '';
    },
    refreshLang,
  };
}
