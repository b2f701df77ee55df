/**
 * The view as a URL, so it can be shared, reloaded and walked with back/forward:
 * `?entity=scenic:zhuoshui&expand=scenic:zhuoshui,district:qianjiang&from=org:citic-group&to=scenic:zhuoshui&lang=en`,
 * and with the reading view open on a cited span: `&read=1&span=1520-1543` (code points into the
 * article's text, end excluded, as the API counts them).
 */

import type { Lang } from './i18n.ts';
import { parseSpan, type Range, spanParam } from './spans.ts';

export interface ViewState {
  /** The selected entity (details panel, highlighted node). */
  entity: string | null;
  /** Entities whose neighbourhoods the graph shows; defaults to the selected entity. */
  expand: string[];
  /** Path finder endpoints. */
  from: string | null;
  to: string | null;
  /** The reading view is open (always, when a span is named). */
  read: boolean;
  /** The span of the article picked in the reading view or shown from a fact. */
  span: Span | null;
  lang: Lang;
}

/** A stretch of the article: code points into Source.text, end excluded. */
export type Span = Range;

export const DEFAULT_LANG: Lang = 'zh';

const KEY_PATTERN = /^[A-Za-z0-9_-]+:[^\s,]+$/;
const cleanKey = (value: string | null): string | null => {
  const key = value?.trim() ?? '';
  return KEY_PATTERN.test(key) ? key : null;
};

export function parseState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const entity = cleanKey(params.get('entity'));
  const expandParam = params.get('expand');
  const expand =
    expandParam === null
      ? entity
        ? [entity]
        : []
      : unique(expandParam.split(',').flatMap((part) => cleanKey(part) ?? []));
  const lang = params.get('lang');
  const span = parseSpan(params.get('span'));
  return {
    entity,
    expand,
    from: cleanKey(params.get('from')),
    to: cleanKey(params.get('to')),
    read: span !== null || params.get('read') === '1',
    span,
    lang: lang === 'en' || lang === 'zh' ? lang : DEFAULT_LANG,
  };
}

export const sameSpan = (a: Span | null, b: Span | null): boolean =>
  a === b || (a !== null && b !== null && a.start === b.start && a.end === b.end);

export function formatState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.entity) params.set('entity', state.entity);
  const defaultExpand = state.entity ? [state.entity] : [];
  if (!sameList(state.expand, defaultExpand)) params.set('expand', state.expand.join(','));
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.span) params.set('span', spanParam(state.span));
  else if (state.read) params.set('read', '1');
  params.set('lang', state.lang);
  // Keys read better unescaped (`scenic:zhuoshui`, not `scenic%3Azhuoshui`).
  return `?${params.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',')}`;
}

export function readLocation(): ViewState {
  return parseState(window.location.search);
}

/** Records `state` as a new history entry (or replaces the current one), unless the URL would not change. */
export function writeLocation(state: ViewState, mode: 'push' | 'replace'): void {
  const search = formatState(state);
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

export function onLocationChange(listener: (state: ViewState) => void): void {
  window.addEventListener('popstate', () => listener(readLocation()));
}

export function sameState(a: ViewState, b: ViewState): boolean {
  return (
    a.entity === b.entity &&
    a.from === b.from &&
    a.to === b.to &&
    a.lang === b.lang &&
    a.read === b.read &&
    sameSpan(a.span, b.span) &&
    sameList(a.expand, b.expand)
  );
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
