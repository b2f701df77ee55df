/**
 * The reading view: the article as stored (its line breaks kept), every cited span highlighted and
 * coloured by what it supports. Spans that overlap are cut into flat segments, the innermost span on
 * top and overlaps drawn darker (spans.ts), so no interactive element sits inside another. The first
 * segment of each span is a button for the keyboard and screen readers; a click or Enter/Space picks
 * the span, and what it supports is listed above the text and announced in a live region.
 * It also reads the editor's selection back as code-point offsets into the text, for curation.ts.
 */

import type { CitedSpan } from './api.ts';
import { h } from './dom.ts';
import {
  displayName,
  entityTypeName,
  humanizeMetric,
  type Lang,
  relationshipTypeName,
  type StringKey,
  t,
} from './i18n.ts';
import {
  codePointLength,
  codePoints,
  layer,
  quoteOf,
  type Range,
  type Segment,
  segmentsIn,
  spanParam,
  trimRange,
} from './spans.ts';
import { type Article, orderedRelationships } from './state.ts';
import { describeError } from './status.ts';
import type { Span } from './url-state.ts';

export type FactKind = 'entity' | 'relationship' | 'statistic';

/** What a selection of the text stands for: its offsets, the text as written and the quote to cite. */
export interface TextSelection extends Range {
  exact: string;
  quote: string;
}

export interface ReaderActions {
  onPick(span: CitedSpan): void;
  onSelectEntity(key: string): void;
  /** The editor selected another passage in the text (null: only whitespace, nothing to cite). */
  onSelection(selection: TextSelection | null): void;
}

/** The most specific thing a span supports names its colour: a figure, else a relationship, else an entity. */
export function primaryKind(span: CitedSpan): FactKind {
  if (span.statistics.length > 0) return 'statistic';
  if (span.relationships.length > 0) return 'relationship';
  return 'entity';
}

const KIND_LABEL: Record<FactKind, StringKey> = {
  entity: 'kindEntity',
  relationship: 'kindRelationship',
  statistic: 'kindStatistic',
};

interface Fact {
  kind: FactKind;
  text: string;
  /** The entity a click on the fact selects. */
  key: string;
  /** The relationship's or figure's id. */
  id: string | null;
}

function factsOf(lang: Lang, span: CitedSpan): Fact[] {
  const name = (entity: { name: string; nameEn: string | null }) => displayName(lang, entity);
  return [
    ...orderedRelationships(span).map((relationship) => ({
      kind: 'relationship' as const,
      text: `${name(relationship.from)} ${relationshipTypeName(lang, relationship.type)} → ${name(relationship.to)}`,
      key: relationship.from.key,
      id: relationship.id,
    })),
    ...span.statistics.map((statistic) => ({
      kind: 'statistic' as const,
      text: `${name(statistic.subject)} ${lang === 'zh' ? statistic.label : humanizeMetric(statistic.metric)} ${statistic.valueText}${statistic.year ? ` (${statistic.year})` : ''}`,
      key: statistic.subject.key,
      id: statistic.id,
    })),
    ...span.entities.map((entity) => ({
      kind: 'entity' as const,
      text: `${entityTypeName(lang, entity.type)} ${name(entity)}`,
      key: entity.key,
      id: null,
    })),
  ];
}

/** The facts in one line, for accessible names and announcements: at most `max`, then how many in all. */
export function describeFacts(lang: Lang, span: CitedSpan, max = 3): string {
  const facts = factsOf(lang, span);
  const shown = facts.slice(0, max).map((fact) => `${t(lang, KIND_LABEL[fact.kind])} ${fact.text}`);
  const text = shown.join(lang === 'zh' ? '；' : '; ');
  return facts.length > max ? `${text} ${t(lang, 'factsMore', { n: facts.length })}` : text;
}

function shortQuote(text: string, max = 24): string {
  const chars = codePoints(quoteOf(text));
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
}

export class ReadingView {
  readonly element: HTMLElement;
  /** Where curation.ts puts its form. */
  readonly toolsSlot = h('div', { className: 'reader-tools' });
  private readonly title = h('h2', { id: 'reader-title' });
  private readonly legend = h('p', { className: 'reader-legend' });
  private readonly facts = h('div', { className: 'span-facts', 'data-testid': 'span-facts', hidden: true });
  private readonly text = h('div', {
    className: 'reader-text',
    'data-testid': 'reader-text',
    lang: 'zh-CN',
  });
  private readonly live = h('p', {
    className: 'visually-hidden',
    'data-testid': 'reader-live',
    role: 'status',
    'aria-live': 'polite',
  });
  private article: Article | null = null;
  private chars: string[] = [];
  private segments: Segment[] = [];
  private elements: HTMLElement[] = [];
  private spansByKey = new Map<string, CitedSpan>();
  private shownSpan: string | null = null;

  constructor(
    private readonly lang: () => Lang,
    private readonly actions: ReaderActions,
  ) {
    this.element = h(
      'section',
      {
        className: 'reader panel',
        'data-testid': 'reader',
        'aria-labelledby': 'reader-title',
        hidden: true,
      },
      h('div', { className: 'panel-head' }, this.title),
      this.legend,
      this.toolsSlot,
      this.facts,
      this.text,
      this.live,
    );
    this.text.addEventListener('click', (event) => {
      // A click that ends a selection is the editor choosing text, not a span.
      if (this.selectionInText()) return;
      const span = this.spanAt(event.target);
      if (span) this.actions.onPick(span);
    });
    this.text.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      const span = this.spanAt(event.target);
      if (!span) return;
      event.preventDefault();
      this.actions.onPick(span);
    });
    // A selection that leaves the text (a click into the curation form) keeps the passage chosen.
    document.addEventListener('selectionchange', () => {
      if (this.selectionInText()) this.actions.onSelection(this.readSelection());
    });
  }

  hide(): void {
    this.element.hidden = true;
  }

  showLoading(): void {
    this.element.hidden = false;
    this.renderChrome();
    if (this.article) return;
    this.text.replaceChildren(
      h(
        'p',
        { className: 'placeholder' },
        h('span', { className: 'spinner' }),
        t(this.lang(), 'readerLoading'),
      ),
    );
  }

  showError(error: unknown, retry: () => void): void {
    this.element.hidden = false;
    this.renderChrome();
    const button = h('button', { type: 'button', className: 'button small' }, t(this.lang(), 'retry'));
    button.addEventListener('click', retry);
    this.article = null;
    this.text.replaceChildren(
      h(
        'div',
        { className: 'error-box', 'data-testid': 'reader-error' },
        h('p', {}, describeError(this.lang(), error)),
        button,
      ),
    );
  }

  /**
   * Draws `article` (the text only when it changed), marks `span` and returns the cited span it is,
   * if any. `scroll` brings the span into view.
   */
  showArticle(article: Article, span: Span | null): CitedSpan | null {
    this.element.hidden = false;
    this.renderChrome();
    const redrawn = article !== this.article;
    if (redrawn) this.drawText(article);
    else this.relabel();
    const cited = span ? (this.spansByKey.get(spanParam(span)) ?? null) : null;
    this.mark(span);
    this.renderFacts(cited);
    const key = span ? spanParam(span) : null;
    if (span && (key !== this.shownSpan || redrawn)) {
      this.elementsIn(span)[0]?.scrollIntoView({ block: 'center' });
    }
    if (key !== this.shownSpan && span) this.announce(span, cited);
    this.shownSpan = key;
    return cited;
  }

  private renderChrome(): void {
    const lang = this.lang();
    this.title.textContent = t(lang, 'readerTitle');
    const swatch = (kind: FactKind) =>
      h(
        'span',
        { className: 'legend-item' },
        h('mark', { className: 'swatch', 'data-kind': kind }, t(lang, KIND_LABEL[kind])),
      );
    this.legend.replaceChildren(
      t(lang, 'readerLegend'),
      ' ',
      swatch('entity'),
      swatch('relationship'),
      swatch('statistic'),
    );
  }

  private drawText(article: Article): void {
    this.article = article;
    this.chars = codePoints(article.text);
    this.spansByKey = new Map(article.spans.map((span) => [spanParam(span), span]));
    this.segments = layer(this.chars.length, article.spans);
    const labelled = new Set<number>();
    this.elements = this.segments.map((segment) => {
      const text = this.chars.slice(segment.start, segment.end).join('');
      const owner = segment.owner === null ? undefined : article.spans[segment.owner];
      if (!owner) {
        return h('span', { 'data-start': segment.start, 'data-end': segment.end }, text);
      }
      const first = !labelled.has(segment.owner ?? -1);
      labelled.add(segment.owner ?? -1);
      return h(
        'mark',
        {
          className: 'cite',
          'data-testid': first ? 'cited-span' : null,
          'data-start': segment.start,
          'data-end': segment.end,
          'data-span': spanParam(owner),
          'data-kind': primaryKind(owner),
          'data-depth': Math.min(segment.depth, 3),
          role: first ? 'button' : null,
          tabindex: first ? 0 : null,
        },
        text,
      );
    });
    this.text.replaceChildren(...this.elements);
    this.relabel();
  }

  /** The accessible names, in the current language. */
  private relabel(): void {
    const lang = this.lang();
    for (const element of this.elements) {
      if (element.getAttribute('role') !== 'button') continue;
      const span = this.spansByKey.get(element.dataset.span ?? '');
      if (!span) continue;
      // The name starts with the text as shown (WCAG 2.5.3, label in name), then says what it supports.
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
      element.setAttribute('aria-label', t(lang, 'spanLabel', { text, facts: describeFacts(lang, span) }));
    }
  }

  private elementsIn(range: Range): HTMLElement[] {
    const wanted = new Set(segmentsIn(this.segments, range));
    return this.elements.filter((_, index) => wanted.has(this.segments[index] as Segment));
  }

  private mark(span: Span | null): void {
    for (const element of this.text.querySelectorAll('.active')) {
      element.classList.remove('active');
      element.removeAttribute('aria-current');
    }
    if (!span) return;
    const elements = this.elementsIn(span);
    for (const element of elements) element.classList.add('active');
    elements[0]?.setAttribute('aria-current', 'true');
  }

  private renderFacts(span: CitedSpan | null): void {
    const lang = this.lang();
    this.facts.hidden = span === null;
    if (!span) {
      this.facts.replaceChildren();
      return;
    }
    const items = factsOf(lang, span).map((fact) => {
      const button = h(
        'button',
        {
          type: 'button',
          className: 'link',
          'data-testid': 'span-fact',
          'data-kind': fact.kind,
          'data-key': fact.key,
          'data-id': fact.id,
        },
        fact.text,
      );
      button.addEventListener('click', () => this.actions.onSelectEntity(fact.key));
      return h(
        'li',
        {},
        h('mark', { className: 'swatch', 'data-kind': fact.kind }, t(lang, KIND_LABEL[fact.kind])),
        button,
      );
    });
    // Spans around this one are drawn under it; they stay one click away here.
    const around = (this.article?.spans ?? []).filter(
      (other) =>
        other.start <= span.start &&
        other.end >= span.end &&
        (other.start !== span.start || other.end !== span.end),
    );
    const enclosing = around.map((other) => {
      const button = h(
        'button',
        {
          type: 'button',
          className: 'link',
          'data-testid': 'enclosing-span',
          'data-span': spanParam(other),
        },
        `“${shortQuote(other.exact, 16)}”: ${describeFacts(lang, other, 2)}`,
      );
      button.addEventListener('click', () => this.actions.onPick(other));
      return h('li', {}, button);
    });
    this.facts.replaceChildren(
      h('h3', {}, t(lang, 'spanFacts')),
      h('blockquote', { className: 'excerpt', lang: 'zh-CN' }, quoteOf(span.exact)),
      h('ul', {}, ...items),
      ...(enclosing.length > 0 ? [h('h3', {}, t(lang, 'spanEnclosing')), h('ul', {}, ...enclosing)] : []),
    );
  }

  private announce(span: Span, cited: CitedSpan | null): void {
    const lang = this.lang();
    this.live.textContent = cited
      ? t(lang, 'spanSelected', { quote: shortQuote(cited.exact), facts: describeFacts(lang, cited, 5) })
      : t(lang, 'spanUncited', { start: span.start, end: span.end });
  }

  private spanAt(target: EventTarget | null): CitedSpan | undefined {
    const mark = target instanceof Element ? target.closest<HTMLElement>('mark[data-span]') : null;
    return mark ? this.spansByKey.get(mark.dataset.span ?? '') : undefined;
  }

  private selectionInText(): boolean {
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return false;
    return this.text.contains(selection.getRangeAt(0).commonAncestorContainer);
  }

  /** The document's selection as offsets into the text, when it lies inside the text. */
  private readSelection(): TextSelection | null {
    if (!this.article || !this.selectionInText()) return null;
    const range = document.getSelection()?.getRangeAt(0);
    if (!range) return null;
    const start = this.offsetOf(range.startContainer, range.startOffset);
    const end = this.offsetOf(range.endContainer, range.endOffset);
    if (start === null || end === null) return null;
    const trimmed = trimRange(this.chars, { start, end });
    if (!trimmed) return null;
    const exact = this.chars.slice(trimmed.start, trimmed.end).join('');
    return { ...trimmed, exact, quote: quoteOf(exact) };
  }

  /** A DOM boundary point inside the text as a code-point offset. */
  private offsetOf(node: Node, offset: number): number | null {
    if (node === this.text) {
      const child = this.text.childNodes[offset];
      return child instanceof HTMLElement ? Number(child.dataset.start) : this.chars.length;
    }
    const segment = (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>(
      '[data-start]',
    );
    if (!segment || !this.text.contains(segment)) return null;
    const start = Number(segment.dataset.start);
    if (node instanceof Text) return start + codePointLength(node.data, offset);
    return offset === 0 ? start : Number(segment.dataset.end);
  }
}
