/**
 * Wires the explorer together. The view (selection, expanded neighbourhoods, path ends, language)
 * lives in the URL; every change goes through `navigate`, and `render` draws whatever the URL says,
 * so reloads, shared links and back/forward all land on the same view.
 */

// Self-hosted CJK fonts, in slices by unicode-range: a browser fetches only the slices of the
// characters on screen, and none when the system has Noto CJK (named first in the stacks).
import '@fontsource-variable/noto-sans-sc';
import '@fontsource-variable/noto-serif-sc';
import './style.css';
import {
  ApiError,
  type EntityBrief,
  type GraphEdge,
  type Path,
  type TimelineEvent,
  timeline,
} from './api.ts';
import { type DetailsState, renderDetails } from './details.ts';
import { h } from './dom.ts';
import { FiltersPanel } from './filters.ts';
import { GraphView, loadLabelFonts } from './graph-view.ts';
import { displayName, t } from './i18n.ts';
import * as navigation from './navigation.ts';
import { PathPanel, type PathResult } from './path.ts';
import { createPicker } from './search.ts';
import { STARTER_ENTITIES } from './seed-keys.ts';
import {
  currentTimeline,
  currentView,
  knownBrief,
  lang,
  loadBrief,
  loadDetail,
  loadedNeighbourhood,
  loadNeighbourhood,
  loadPath,
  remember,
  setTimeline,
  track,
} from './state.ts';
import { describeError, StatusBar } from './status.ts';
import { installTestHooks } from './test-hooks.ts';
import { renderTimeline } from './timeline.ts';
import type { ViewState } from './url-state.ts';

// ---------------------------------------------------------------------------------------------
// Layout.

const app = document.getElementById('app') ?? document.body;
const status = new StatusBar(lang);

const titleEl = h('h1', {});
const subtitleEl = h('p', { className: 'subtitle' });
const langToggle = h('button', {
  type: 'button',
  className: 'button lang-toggle',
  'data-testid': 'lang-toggle',
});
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
  updateGraphInfo();
});

const graphEl = h('div', { className: 'graph', 'data-testid': 'graph', 'data-layout': 'idle' });
const graphOverlay = h('div', { className: 'graph-overlay', 'data-testid': 'graph-overlay' });
const graphCount = h('span', { className: 'graph-count', 'data-testid': 'graph-count' });
const graphHint = h('span', { className: 'graph-hint' });
const fitButton = h('button', { type: 'button', className: 'button small', 'data-testid': 'fit' });
const resetButton = h('button', { type: 'button', className: 'button small', 'data-testid': 'reset' });
const graphNodes = h('ul', { 'data-testid': 'graph-nodes', hidden: true });
const graphEdges = h('ul', { 'data-testid': 'graph-edges', hidden: true });
const detailsEl = h('aside', { className: 'details panel', 'data-testid': 'details', 'aria-live': 'polite' });
const timelineEl = h('footer', { className: 'timeline', 'data-testid': 'timeline' });

app.replaceChildren(
  h(
    'header',
    { className: 'app-header' },
    h(
      'a',
      { className: 'brand', href: '/', 'aria-label': 'qianjiang-kg' },
      h('span', { className: 'logo', 'aria-hidden': 'true' }, '黔'),
      h('div', {}, titleEl, subtitleEl),
    ),
    h(
      'div',
      { className: 'header-search' },
      h('span', { className: 'search-icon', 'aria-hidden': 'true' }, '⌕'),
      search.element,
    ),
    langToggle,
  ),
  status.element,
  h(
    'main',
    { className: 'layout' },
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
        fitButton,
        resetButton,
      ),
      h('div', { className: 'graph-stage' }, graphEl, graphOverlay),
      graphNodes,
      graphEdges,
    ),
    detailsEl,
  ),
  timelineEl,
);

const graph = new GraphView(graphEl, { onSelect: navigation.select, onExpand: navigation.expand });
navigation.connectNavigation({ redraw: () => void render(), isDrawn: (key) => graph.has(key) });
installTestHooks(graph);
// Cytoscape caches where its canvas is on the page and only notices resizes of its own
// container (debounced); a status line that grows moves the graph, and clicks would miss.
new ResizeObserver(() => graph.resize()).observe(status.element);

langToggle.addEventListener('click', navigation.toggleLang);
fitButton.addEventListener('click', () => graph.fit());
resetButton.addEventListener('click', () => {
  filtersPanel.reset();
  navigation.resetView();
});

// ---------------------------------------------------------------------------------------------
// Rendering.

let renderCount = 0;

function renderStaticText(): void {
  const current = lang();
  document.documentElement.lang = current === 'zh' ? 'zh-CN' : 'en';
  titleEl.textContent = t(current, 'title');
  subtitleEl.textContent = t(current, 'subtitle');
  langToggle.textContent = t(current, 'langToggle');
  langToggle.title = t(current, 'langToggleTitle');
  graphHint.textContent = t(current, 'graphHint');
  fitButton.textContent = `⤢ ${t(current, 'fit')}`;
  resetButton.textContent = `↺ ${t(current, 'reset')}`;
  search.refreshLang();
  filtersPanel.render();
  status.render();
}

async function render(): Promise<void> {
  const token = ++renderCount;
  const current = currentView();
  renderStaticText();
  renderTimelinePanel();
  const errors: unknown[] = [];
  const retry = () => void render();

  // Details of the selection, drawn as soon as they come.
  const detailsDone = renderDetailsPanel(current, token).catch((error) => errors.push(error));

  // Path ends, as names for the pickers.
  const [fromBrief, toBrief] = await Promise.all(
    [current.from, current.to].map((key) =>
      key ? track(loadBrief(key)).catch(() => null) : Promise.resolve(null),
    ),
  );
  if (token !== renderCount) return;
  let pathState: PathResult = { kind: 'idle' };
  let pathPromise: Promise<Path | null> | null = null;
  if (current.from && current.to) {
    if (current.from === current.to) pathState = { kind: 'same' };
    else {
      pathState = { kind: 'loading' };
      pathPromise = track(loadPath(current.from, current.to));
    }
  }
  pathPanel.update(fromBrief ?? null, toBrief ?? null, pathState);

  // The graph: every expanded neighbourhood, plus the path.
  const needsNetwork = current.expand.some((key) => !loadedNeighbourhood(key)) || pathPromise !== null;
  if (needsNetwork) {
    graphEl.dataset.loading = 'true';
    status.show({ kind: 'loading' });
  }
  renderOverlay(current, needsNetwork ? 'loading' : 'ready');
  const subgraphs = await Promise.allSettled(current.expand.map((key) => track(loadNeighbourhood(key))));
  let path: Path | null = null;
  if (pathPromise) {
    try {
      path = await pathPromise;
      pathState = path ? { kind: 'ready', path } : { kind: 'none' };
    } catch (error) {
      pathState = { kind: 'error', error, retry };
      errors.push(error);
    }
  }
  if (token !== renderCount) return;
  pathPanel.update(fromBrief ?? null, toBrief ?? null, pathState);

  const nodes = new Map<string, EntityBrief>();
  const edges = new Map<string, GraphEdge>();
  const centres: string[] = [];
  let truncated = false;
  subgraphs.forEach((result, index) => {
    if (result.status === 'rejected') {
      errors.push(result.reason);
      return;
    }
    centres.push(current.expand[index] ?? '');
    truncated ||= result.value.truncated;
    for (const node of result.value.nodes) nodes.set(node.key, node);
    for (const edge of result.value.relationships) edges.set(edge.id, edge);
  });
  if (path) {
    for (const node of path.nodes) nodes.set(node.key, node);
    for (const edge of path.relationships) edges.set(edge.id, edge);
  }
  await track(loadLabelFonts(current.lang, [...nodes.values()], [...edges.values()]));
  if (token !== renderCount) return;
  graph.setLang(current.lang);
  graph.render({
    nodes: [...nodes.values()],
    edges: [...edges.values()],
    centres,
    selected: current.entity,
    path: path
      ? { nodes: path.nodes.map((node) => node.key), edges: path.relationships.map((edge) => edge.id) }
      : null,
  });
  graphEl.dataset.loading = 'false';
  if (current.entity) graph.reveal(current.entity);
  renderGraphLists([...nodes.values()], [...edges.values()], centres, current);
  renderOverlay(current, 'ready', errors[0]);

  await detailsDone;
  if (token !== renderCount) return;
  const firstError = errors[0];
  if (firstError !== undefined) {
    const notFound = firstError instanceof ApiError && firstError.code === 'NOT_FOUND';
    status.show(
      notFound ? { kind: 'error', error: firstError } : { kind: 'error', error: firstError, retry },
    );
  } else if (truncated) {
    status.show({ kind: 'info', text: t(current.lang, 'truncated', { n: nodes.size }) });
  } else if (status.kind !== 'error' || needsNetwork) {
    status.show({ kind: 'idle' });
  }
  const selectedName = current.entity ? knownBrief(current.entity) : undefined;
  document.title = selectedName
    ? `${displayName(current.lang, selectedName)} · ${t(current.lang, 'title')}`
    : t(current.lang, 'title');
}

async function renderDetailsPanel(current: ViewState, token: number): Promise<void> {
  const actions = {
    onSelect: navigation.selectAnywhere,
    onExpand: navigation.expand,
    onCollapse: navigation.collapse,
    onPathFrom: navigation.setPathFrom,
    onPathTo: navigation.setPathTo,
  };
  const context = () => ({
    lang: current.lang,
    expanded: current.entity !== null && current.expand.includes(current.entity),
    canCollapse: current.expand.length > 1,
  });
  const show = (state: DetailsState) => renderDetails(detailsEl, state, context(), actions);
  if (!current.entity) {
    show({ kind: 'empty' });
    return;
  }
  const key = current.entity;
  const promise = track(loadDetail(key));
  if (detailsEl.dataset.key !== key || detailsEl.dataset.state !== 'ready') {
    show({ kind: 'loading', brief: knownBrief(key) ?? null });
  }
  try {
    const detail = await promise;
    if (token !== renderCount) return;
    if (detail) show({ kind: 'ready', entity: detail });
    else {
      const error = new ApiError('NOT_FOUND', `No entity has the key "${key}".`, { key });
      show({ kind: 'error', error, retry: () => void render() });
      throw error;
    }
  } catch (error) {
    if (token !== renderCount) return;
    if (!(error instanceof ApiError && error.code === 'NOT_FOUND')) {
      show({ kind: 'error', error, retry: () => void render() });
    }
    throw error;
  }
}

function renderOverlay(current: ViewState, phase: 'loading' | 'ready', error?: unknown): void {
  const empty = current.expand.length === 0 && !(current.from && current.to);
  graphOverlay.dataset.phase = phase;
  if (error !== undefined && graph.nodeCount === 0) {
    const retry = h('button', { type: 'button', className: 'button small' }, t(current.lang, 'retry'));
    retry.addEventListener('click', () => void render());
    graphOverlay.hidden = false;
    graphOverlay.replaceChildren(
      h(
        'div',
        { className: 'overlay-card error-box', 'data-testid': 'graph-error' },
        h('p', {}, describeError(current.lang, error)),
        retry,
      ),
    );
    return;
  }
  if (phase === 'loading' && graph.nodeCount === 0) {
    graphOverlay.hidden = false;
    graphOverlay.replaceChildren(
      h('p', { className: 'overlay-card' }, h('span', { className: 'spinner' }), t(current.lang, 'loading')),
    );
    return;
  }
  if (!empty || phase === 'loading') {
    graphOverlay.hidden = true;
    graphOverlay.replaceChildren();
    return;
  }
  graphOverlay.hidden = false;
  graphOverlay.replaceChildren(
    h(
      'div',
      { className: 'overlay-card intro', 'data-testid': 'graph-empty' },
      h('p', {}, t(current.lang, 'graphEmpty')),
      h(
        'div',
        { className: 'chips' },
        ...STARTER_ENTITIES.map(({ key, name, nameEn }) => {
          const chip = h(
            'button',
            { type: 'button', className: 'chip button-chip', 'data-key': key },
            current.lang === 'zh' ? name : nameEn,
          );
          chip.addEventListener('click', () => navigation.focus(key));
          return chip;
        }),
      ),
    ),
  );
}

function renderGraphLists(
  nodes: EntityBrief[],
  edges: GraphEdge[],
  centres: string[],
  current: ViewState,
): void {
  graphNodes.replaceChildren(
    ...nodes.map((node) =>
      h(
        'li',
        {
          'data-testid': 'graph-node',
          'data-key': node.key,
          'data-type': node.type,
          'data-centre': centres.includes(node.key) ? 'true' : null,
          'data-selected': node.key === current.entity ? 'true' : null,
        },
        displayName(current.lang, node),
      ),
    ),
  );
  graphEdges.replaceChildren(
    ...edges.map((edge) =>
      h(
        'li',
        {
          'data-testid': 'graph-edge',
          'data-type': edge.type,
          'data-from': edge.from.key,
          'data-to': edge.to.key,
        },
        edge.type,
      ),
    ),
  );
  const entityCounts = new Map<string, number>();
  for (const node of nodes) entityCounts.set(node.type, (entityCounts.get(node.type) ?? 0) + 1);
  const relationshipCounts = new Map<string, number>();
  for (const edge of edges) relationshipCounts.set(edge.type, (relationshipCounts.get(edge.type) ?? 0) + 1);
  filtersPanel.setCounts(entityCounts, relationshipCounts);
  updateGraphInfo();
}

function updateGraphInfo(): void {
  graphCount.textContent = t(lang(), 'nodesEdges', { n: graph.nodeCount, e: graph.edgeCount });
}

function renderTimelinePanel(): void {
  renderTimeline(timelineEl, currentTimeline(), lang(), currentView().entity, navigation.selectAnywhere);
}

async function loadTimeline(): Promise<void> {
  setTimeline({ kind: 'loading' });
  renderTimelinePanel();
  try {
    const events: TimelineEvent[] = await track(timeline());
    remember(events);
    setTimeline({ kind: 'ready', events });
  } catch (error) {
    setTimeline({ kind: 'error', error, retry: () => void loadTimeline() });
    if (status.kind !== 'error') status.show({ kind: 'error', error, retry: () => void loadTimeline() });
  }
  renderTimelinePanel();
}

navigation.normaliseAddress();
void loadTimeline();
void render();
