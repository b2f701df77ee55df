/**
 * The details panel of the selected entity: names, aliases, description, figures with their
 * excerpts, relationships grouped by type with their excerpts and dates, and its sources.
 */

import type { Citation, EntityBrief, EntityDetail, RelationshipDetail, Statistic } from './api.ts';
import { h, shapeIcon } from './dom.ts';
import { TYPE_STYLE } from './graph-view.ts';
import {
  displayName,
  entityTypeName,
  formatNumber,
  humanizeMetric,
  type Lang,
  RELATIONSHIP_TYPES,
  relationshipTypeName,
  secondaryName,
  t,
  unitName,
} from './i18n.ts';
import { describeError } from './status.ts';
import type { Span } from './url-state.ts';

export type DetailsState =
  | { kind: 'empty' }
  | { kind: 'loading'; brief: EntityBrief | null }
  | { kind: 'error'; error: unknown; retry: () => void }
  | { kind: 'ready'; entity: EntityDetail }
  /** Deleted while shown: marked, with what was last read of it (if anything). */
  | { kind: 'deleted'; brief: EntityBrief; entity: EntityDetail | null };

export interface DetailsActions {
  onSelect(key: string): void;
  onExpand(key: string): void;
  onCollapse(key: string): void;
  onPathFrom(entity: EntityBrief): void;
  onPathTo(entity: EntityBrief): void;
  /** "Show in the article": the reading view, scrolled to the span. */
  onShowSpan(span: Span): void;
}

export interface DetailsContext {
  lang: Lang;
  /** Its neighbourhood is already drawn. */
  expanded: boolean;
  /** Collapsing it would leave something on screen. */
  canCollapse: boolean;
  /** The span picked in the reading view: the facts citing it are marked. */
  span: Span | null;
}

export function typeBadge(lang: Lang, type: string): HTMLElement {
  const style = TYPE_STYLE[type as keyof typeof TYPE_STYLE];
  return h(
    'span',
    { className: 'type-badge', style: `--type-color: ${style?.color ?? '#888'}` },
    style ? shapeIcon(style.shape, style.color, 11) : null,
    entityTypeName(lang, type),
  );
}

export function renderDetails(
  container: HTMLElement,
  state: DetailsState,
  context: DetailsContext,
  actions: DetailsActions,
): void {
  const { lang } = context;
  container.dataset.state = state.kind;
  container.toggleAttribute('data-deleted', state.kind === 'deleted');
  switch (state.kind) {
    case 'empty':
      container.removeAttribute('data-key');
      container.replaceChildren(h('p', { className: 'placeholder' }, t(lang, 'detailsEmpty')));
      return;
    case 'loading':
      container.replaceChildren(
        ...(state.brief ? [header(lang, state.brief)] : []),
        h('p', { className: 'placeholder' }, h('span', { className: 'spinner' }), t(lang, 'detailsLoading')),
      );
      return;
    case 'error': {
      const retry = h('button', { type: 'button', className: 'button small' }, t(lang, 'retry'));
      retry.addEventListener('click', state.retry);
      container.replaceChildren(
        h(
          'div',
          { className: 'error-box', 'data-testid': 'details-error' },
          h('p', {}, describeError(lang, state.error)),
          retry,
        ),
      );
      return;
    }
    case 'deleted':
      container.dataset.key = state.brief.key;
      if (state.entity) renderEntity(container, state.entity, context, actions, true);
      else container.replaceChildren(header(lang, state.brief), deletedNote(lang));
      return;
    case 'ready':
      renderEntity(container, state.entity, context, actions, false);
      return;
  }
}

/** An entity's details; a deleted one's with a note where its actions were. */
function renderEntity(
  container: HTMLElement,
  entity: EntityDetail,
  context: DetailsContext,
  actions: DetailsActions,
  deleted: boolean,
): void {
  const { lang } = context;
  container.dataset.key = entity.key;
  const description =
    lang === 'en'
      ? (entity.descriptionEn ?? entity.description)
      : (entity.description ?? entity.descriptionEn);

  const children = [
    header(lang, entity),
    deleted ? deletedNote(lang) : toolbar(entity, context, actions),
    'date' in entity ? field(t(lang, 'date'), h('span', { className: 'date-chip' }, entity.date)) : null,
    entity.aliases.length > 0
      ? field(
          t(lang, 'aliases'),
          h(
            'div',
            { className: 'chips', 'data-testid': 'aliases' },
            ...entity.aliases.map((alias) => h('span', { className: 'chip' }, alias)),
          ),
        )
      : null,
    description
      ? section(
          t(lang, 'description'),
          h('p', { className: 'description', 'data-testid': 'description' }, description),
        )
      : null,
    entity.statistics.length > 0
      ? section(
          `${t(lang, 'statistics')} (${entity.statistics.length})`,
          h(
            'ul',
            { className: 'stats', 'data-testid': 'statistics' },
            ...entity.statistics.map((stat) => statistic(context, stat, actions)),
          ),
        )
      : null,
    relationships(context, entity, actions),
    entity.citations.length > 0
      ? section(
          t(lang, 'citations'),
          h(
            'ul',
            { className: 'citations' },
            ...entity.citations.map((citation) =>
              h(
                'li',
                {
                  className: cites(context, citation) ? 'cited' : null,
                  'data-cited': cites(context, citation) ? 'true' : null,
                },
                quote(context, citation, actions),
              ),
            ),
          ),
        )
      : null,
  ];
  container.replaceChildren(...children.filter((child): child is HTMLElement => child !== null));
}

/** Says that the entity shown was deleted, and that what follows is how it was. */
function deletedNote(lang: Lang): HTMLElement {
  return h(
    'p',
    { className: 'deleted-note', 'data-testid': 'details-deleted', role: 'note' },
    t(lang, 'entityDeleted'),
  );
}

function header(lang: Lang, entity: EntityBrief): HTMLElement {
  return h(
    'header',
    { className: 'details-header' },
    typeBadge(lang, entity.type),
    h('h2', { 'data-testid': 'details-name' }, displayName(lang, entity)),
    secondaryName(lang, entity) ? h('p', { className: 'secondary-name' }, secondaryName(lang, entity)) : null,
    h('code', { className: 'entity-key', title: t(lang, 'key') }, entity.key),
  );
}

function toolbar(entity: EntityDetail, context: DetailsContext, actions: DetailsActions): HTMLElement {
  const { lang } = context;
  const button = (label: string, testId: string, onClick: () => void, primary = false, disabled = false) => {
    const element = h(
      'button',
      {
        type: 'button',
        className: `button small${primary ? ' primary' : ''}`,
        'data-testid': testId,
        disabled,
        title: disabled ? t(lang, 'collapseOnly') : null,
      },
      label,
    );
    element.addEventListener('click', onClick);
    return element;
  };
  return h(
    'div',
    { className: 'toolbar' },
    context.expanded
      ? button(
          t(lang, 'collapse'),
          'collapse',
          () => actions.onCollapse(entity.key),
          false,
          !context.canCollapse,
        )
      : button(t(lang, 'expand'), 'expand', () => actions.onExpand(entity.key), true),
    button(t(lang, 'pathFromHere'), 'path-from-here', () => actions.onPathFrom(entity)),
    button(t(lang, 'pathToHere'), 'path-to-here', () => actions.onPathTo(entity)),
  );
}

function section(title: string, ...children: (Node | null)[]): HTMLElement {
  return h('section', { className: 'details-section' }, h('h3', {}, title), ...children);
}

function field(label: string, value: Node): HTMLElement {
  return h('div', { className: 'details-field' }, h('span', { className: 'field-label' }, label), value);
}

type Located = { quote: string; start: number | null; end: number | null; source?: Citation['source'] };

/** Whether `citation` stands exactly at the span picked in the reading view. */
function cites(context: DetailsContext, citation: Located | null): boolean {
  const { span } = context;
  return span !== null && citation !== null && citation.start === span.start && citation.end === span.end;
}

function quote(context: DetailsContext, citation: Located, actions: DetailsActions): HTMLElement {
  const { lang } = context;
  const source = citation.source;
  const where = source
    ? lang === 'zh'
      ? `《${source.title}》${source.page ? ` ${source.page}版` : ''} · ${source.publishedOn}`
      : `“${source.title}”${source.page ? `, page ${source.page}` : ''}, ${source.publishedOn}`
    : null;
  const { start, end } = citation;
  let show: HTMLElement | null = null;
  if (start !== null && end !== null) {
    show = h(
      'button',
      {
        type: 'button',
        className: 'link small show-in-article',
        'data-testid': 'show-in-article',
        'data-span': `${start}-${end}`,
      },
      t(lang, 'showInArticle'),
    );
    show.addEventListener('click', () => actions.onShowSpan({ start, end }));
  }
  return h(
    'blockquote',
    { className: 'excerpt', 'data-testid': 'excerpt' },
    h('span', {}, citation.quote),
    where ? h('cite', {}, where) : null,
    show,
  );
}

function statistic(context: DetailsContext, stat: Statistic, actions: DetailsActions): HTMLElement {
  const { lang } = context;
  const cited = cites(context, stat.citation);
  const label = lang === 'zh' ? stat.label : humanizeMetric(stat.metric);
  // Whom the figure counts: without it, 产茧量 of the 1,757 poor households reads as the district's.
  const scope = lang === 'zh' ? stat.scope : stat.scopeEn;
  const normalised = `${formatNumber(lang, stat.value)} ${unitName(lang, stat.unit)}`;
  return h(
    'li',
    {
      className: `stat${cited ? ' cited' : ''}`,
      'data-testid': 'statistic',
      'data-metric': stat.metric,
      'data-cited': cited ? 'true' : null,
    },
    h(
      'div',
      { className: 'stat-head' },
      h(
        'span',
        { className: 'stat-label' },
        label,
        scope
          ? h('span', { 'data-testid': 'stat-scope' }, lang === 'zh' ? `（${scope}）` : ` (${scope})`)
          : null,
      ),
      stat.year ? h('span', { className: 'date-chip' }, t(lang, 'year', { y: stat.year })) : null,
    ),
    h(
      'div',
      { className: 'stat-value' },
      h('strong', { 'data-testid': 'stat-value' }, stat.valueText),
      h('span', { className: 'stat-normalised', title: stat.qualifier ?? '' }, `= ${normalised}`),
    ),
    quote(context, stat.citation, actions),
  );
}

function relationships(
  context: DetailsContext,
  entity: EntityDetail,
  actions: DetailsActions,
): HTMLElement | null {
  const { lang } = context;
  const edges = entity.relationships.edges.map((edge) => edge.node);
  if (edges.length === 0) return null;
  const groups = new Map<string, RelationshipDetail[]>();
  for (const relationship of edges) {
    const group = groups.get(relationship.type) ?? [];
    group.push(relationship);
    groups.set(relationship.type, group);
  }
  const order = [...groups.keys()].sort(
    (a, b) => RELATIONSHIP_TYPES.indexOf(a as never) - RELATIONSHIP_TYPES.indexOf(b as never),
  );
  const more = entity.relationships.totalCount - edges.length;
  return section(
    `${t(lang, 'relationships')} (${entity.relationships.totalCount})`,
    ...order.map((type) => {
      const group = groups.get(type) ?? [];
      return h(
        'div',
        { className: 'rel-group', 'data-testid': 'relationship-group', 'data-type': type },
        h(
          'h4',
          {},
          relationshipTypeName(lang, type),
          h('span', { className: 'count' }, String(group.length)),
        ),
        h(
          'ul',
          {},
          ...group.map((relationship) => relationshipItem(context, entity.key, relationship, actions)),
        ),
      );
    }),
    more > 0 ? h('p', { className: 'placeholder' }, t(lang, 'more', { n: more })) : null,
  );
}

function relationshipItem(
  context: DetailsContext,
  self: string,
  relationship: RelationshipDetail,
  actions: DetailsActions,
): HTMLElement {
  const { lang } = context;
  const cited = cites(context, relationship.citation);
  const end = (entity: EntityBrief) => {
    if (entity.key === self) return h('strong', { className: 'self' }, displayName(lang, entity));
    const link = h(
      'button',
      { type: 'button', className: 'link', 'data-testid': 'relationship-link', 'data-key': entity.key },
      displayName(lang, entity),
    );
    link.addEventListener('click', () => actions.onSelect(entity.key));
    return link;
  };
  return h(
    'li',
    {
      className: `rel${cited ? ' cited' : ''}`,
      'data-testid': 'relationship',
      'data-type': relationship.type,
      'data-from': relationship.from.key,
      'data-to': relationship.to.key,
      'data-cited': cited ? 'true' : null,
    },
    h(
      'div',
      { className: 'rel-sentence' },
      end(relationship.from),
      h('span', { className: 'rel-type' }, ` ${relationshipTypeName(lang, relationship.type)} → `),
      end(relationship.to),
      relationship.date ? h('span', { className: 'date-chip' }, relationship.date) : null,
    ),
    relationship.citation ? quote(context, relationship.citation, actions) : null,
  );
}
