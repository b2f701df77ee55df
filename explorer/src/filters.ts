/** Filters by entity type (doubling as the legend of colours and shapes) and by relationship type. */

import { h, shapeIcon } from './dom.ts';
import { type Filters, TYPE_STYLE } from './graph-view.ts';
import {
  ENTITY_TYPES,
  entityTypeName,
  type Lang,
  RELATIONSHIP_TYPES,
  relationshipTypeName,
  t,
} from './i18n.ts';

export class FiltersPanel {
  readonly element: HTMLElement;
  private readonly hiddenEntityTypes = new Set<string>();
  private readonly hiddenRelationshipTypes = new Set<string>();
  private entityCounts = new Map<string, number>();
  private relationshipCounts = new Map<string, number>();

  constructor(
    private readonly lang: () => Lang,
    private readonly onChange: (filters: Filters) => void,
  ) {
    this.element = h('section', { className: 'panel filters-panel', 'data-testid': 'filters' });
    this.render();
  }

  get filters(): Filters {
    return {
      hiddenEntityTypes: new Set(this.hiddenEntityTypes),
      hiddenRelationshipTypes: new Set(this.hiddenRelationshipTypes),
    };
  }

  /** How many of each type the graph holds now (types not in the graph are greyed out). */
  setCounts(entityCounts: Map<string, number>, relationshipCounts: Map<string, number>): void {
    this.entityCounts = entityCounts;
    this.relationshipCounts = relationshipCounts;
    this.render();
  }

  reset(): void {
    this.hiddenEntityTypes.clear();
    this.hiddenRelationshipTypes.clear();
    this.render();
    this.onChange(this.filters);
  }

  render(): void {
    const lang = this.lang();
    this.element.replaceChildren(
      h('div', { className: 'panel-head' }, h('h2', {}, t(lang, 'filters'))),
      this.group(
        lang,
        t(lang, 'entityTypes'),
        'entity',
        ENTITY_TYPES,
        this.hiddenEntityTypes,
        this.entityCounts,
        (type) => entityTypeName(lang, type),
        (type) => shapeIcon(TYPE_STYLE[type].shape, TYPE_STYLE[type].color, 13),
      ),
      this.group(
        lang,
        t(lang, 'relationshipTypes'),
        'relationship',
        RELATIONSHIP_TYPES,
        this.hiddenRelationshipTypes,
        this.relationshipCounts,
        (type) => relationshipTypeName(lang, type),
        () => h('span', { className: 'edge-icon', 'aria-hidden': 'true' }, '→'),
      ),
    );
  }

  private group<T extends string>(
    lang: Lang,
    title: string,
    kind: 'entity' | 'relationship',
    types: readonly T[],
    hidden: Set<string>,
    counts: Map<string, number>,
    name: (type: T) => string,
    icon: (type: T) => Element,
  ): HTMLElement {
    const all = h('button', { type: 'button', className: 'link small' }, t(lang, 'all'));
    const none = h('button', { type: 'button', className: 'link small' }, t(lang, 'none'));
    all.addEventListener('click', () => {
      hidden.clear();
      this.changed();
    });
    none.addEventListener('click', () => {
      for (const type of types) hidden.add(type);
      this.changed();
    });
    // Types present in the graph first, the others after, greyed.
    const ordered = [...types].sort(
      (a, b) => Number((counts.get(b) ?? 0) > 0) - Number((counts.get(a) ?? 0) > 0),
    );
    return h(
      'fieldset',
      { className: 'filter-group', 'data-testid': `filter-${kind}-types` },
      h('legend', {}, title, h('span', { className: 'filter-bulk' }, all, ' · ', none)),
      h(
        'ul',
        {},
        ...ordered.map((type) => {
          const count = counts.get(type) ?? 0;
          const checkbox = h('input', {
            type: 'checkbox',
            'data-testid': `filter-${kind}`,
            value: type,
            checked: !hidden.has(type),
          });
          checkbox.addEventListener('change', () => {
            if (checkbox.checked) hidden.delete(type);
            else hidden.add(type);
            this.changed();
          });
          return h(
            'li',
            { className: count === 0 ? 'absent' : '' },
            h(
              'label',
              {},
              checkbox,
              icon(type),
              h('span', { className: 'filter-name' }, name(type)),
              h('span', { className: 'count' }, count > 0 ? String(count) : ''),
            ),
          );
        }),
      ),
    );
  }

  private changed(): void {
    this.render();
    this.onChange(this.filters);
  }
}
