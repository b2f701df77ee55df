/**
 * The page's layout: builds the header, sidebar, graph area, details panel and timeline once, wires
 * their controls to navigation, and hands back the parts that render.ts fills in.
 */

import { CurationPanel } from './curation.ts';
import { h } from './dom.ts';
import { FiltersPanel } from './filters.ts';
import { GraphView } from './graph-view.ts';
import { LiveStatus } from './live-status.ts';
import * as navigation from './navigation.ts';
import { PathPanel } from './path.ts';
import { ReadingView } from './reading-view.ts';
import { createPicker, type Picker } from './search.ts';
import { currentView, knownBrief, lang } from './state.ts';
import { StatusBar } from './status.ts';

export interface Page {
  status: StatusBar;
  /** In the header: the last change seen live, or that live updates are reconnecting. */
  liveStatus: LiveStatus;
  search: Picker;
  pathPanel: PathPanel;
  filtersPanel: FiltersPanel;
  graph: GraphView;
  title: HTMLElement;
  subtitle: HTMLElement;
  langToggle: HTMLButtonElement;
  /** The cytoscape container; its data-loading says whether a request for it is in flight. */
  graphEl: HTMLElement;
  /** Over the graph: the intro when it is empty, a spinner, or an error. */
  graphOverlay: HTMLElement;
  graphCount: HTMLElement;
  graphHint: HTMLElement;
  fitButton: HTMLButtonElement;
  resetButton: HTMLButtonElement;
  /** Hidden lists of what is drawn, for tests and assistive technology. */
  graphNodes: HTMLElement;
  graphEdges: HTMLElement;
  details: HTMLElement;
  timeline: HTMLElement;
  /** The three columns; data-read says whether the reading view takes the sidebar's place. */
  layout: HTMLElement;
  reader: ReadingView;
  readerButton: HTMLButtonElement;
  curation: CurationPanel;
}

/** Builds the page into `root`; `onFiltersChange` runs after the filters are applied to the graph. */
export function buildPage(root: HTMLElement, onFiltersChange: () => void): Page {
  const status = new StatusBar(lang);
  const liveStatus = new LiveStatus(lang);
  const search = createPicker({
    testId: 'search-input',
    resultTestId: 'search-result',
    placeholder: 'searchPlaceholder',
    label: 'searchLabel',
    lang,
    onPick: navigation.pickEntity,
    onError: (error) => status.show({ kind: 'error', error, retry: navigation.redraw }),
  });
  const pathPanel = new PathPanel(lang, {
    onChange: navigation.setPathEnds,
    onSelect: navigation.selectAnywhere,
  });
  const filtersPanel = new FiltersPanel(lang, (filters) => {
    graph.setFilters(filters);
    onFiltersChange();
  });

  const title = h('h1', {});
  const subtitle = h('p', { className: 'subtitle' });
  const langToggle = h('button', {
    type: 'button',
    className: 'button lang-toggle',
    'data-testid': 'lang-toggle',
  });
  const graphEl = h('div', { className: 'graph', 'data-testid': 'graph', 'data-layout': 'idle' });
  const graphOverlay = h('div', { className: 'graph-overlay', 'data-testid': 'graph-overlay' });
  const graphCount = h('span', { className: 'graph-count', 'data-testid': 'graph-count' });
  const graphHint = h('span', { className: 'graph-hint' });
  const fitButton = h('button', { type: 'button', className: 'button small', 'data-testid': 'fit' });
  const resetButton = h('button', { type: 'button', className: 'button small', 'data-testid': 'reset' });
  const graphNodes = h('ul', { 'data-testid': 'graph-nodes', hidden: true });
  const graphEdges = h('ul', { 'data-testid': 'graph-edges', hidden: true });
  const details = h('aside', { className: 'details panel', 'data-testid': 'details', 'aria-live': 'polite' });
  const timeline = h('footer', { className: 'timeline', 'data-testid': 'timeline' });
  const readerButton = h('button', {
    type: 'button',
    className: 'button small',
    'data-testid': 'reader-toggle',
    'aria-pressed': 'false',
  });
  const curation = new CurationPanel(lang, {
    selectedEntity: () => {
      const key = currentView().entity;
      return key ? (knownBrief(key) ?? null) : null;
    },
    onSaved: navigation.showSaved,
  });
  const reader = new ReadingView(lang, {
    onPick: navigation.pickSpan,
    onSelectEntity: navigation.selectAnywhere,
    onSelection: (selection) => curation.setSelection(selection),
  });
  reader.toolsSlot.append(curation.element);
  const layout = h(
    'main',
    { className: 'layout', 'data-read': 'false' },
    reader.element,
    h('aside', { className: 'sidebar' }, pathPanel.element, filtersPanel.element),
    h(
      'section',
      { className: 'graph-area' },
      h(
        'div',
        { className: 'graph-toolbar' },
        graphCount,
        graphHint,
        h('span', { className: 'spacer' }),
        readerButton,
        fitButton,
        resetButton,
      ),
      h('div', { className: 'graph-stage' }, graphEl, graphOverlay),
      graphNodes,
      graphEdges,
    ),
    details,
  );

  root.replaceChildren(
    h(
      'header',
      { className: 'app-header' },
      h(
        'a',
        { className: 'brand', href: '/' },
        h('span', { className: 'logo', 'aria-hidden': 'true' }, '黔'),
        h('div', {}, title, subtitle),
      ),
      h(
        'div',
        { className: 'header-search' },
        h('span', { className: 'search-icon', 'aria-hidden': 'true' }, '⌕'),
        search.element,
      ),
      liveStatus.element,
      langToggle,
    ),
    status.element,
    layout,
    timeline,
  );

  // After mounting: cytoscape reads its container's size when it is created.
  const graph = new GraphView(graphEl, { onSelect: navigation.select, onExpand: navigation.expand });
  // Cytoscape caches where its canvas is on the page and only notices resizes of its own
  // container (debounced); a status line that grows moves the graph, and clicks would miss.
  new ResizeObserver(() => graph.resize()).observe(status.element);

  langToggle.addEventListener('click', navigation.toggleLang);
  readerButton.addEventListener('click', navigation.toggleReading);
  fitButton.addEventListener('click', () => graph.fit());
  resetButton.addEventListener('click', () => {
    filtersPanel.reset();
    navigation.resetView();
  });

  return {
    status,
    liveStatus,
    search,
    pathPanel,
    filtersPanel,
    graph,
    title,
    subtitle,
    langToggle,
    graphEl,
    graphOverlay,
    graphCount,
    graphHint,
    fitButton,
    resetButton,
    graphNodes,
    graphEdges,
    details,
    timeline,
    layout,
    reader,
    readerButton,
    curation,
  };
}
