/**
 * Draws the current view (state.ts) into the page (layout.ts): the static text, the path finder, the
 * graph and its overlay, the details, the status line and the document title. Each render has a
 * token; one that a newer render overtakes stops at its next await, so a slow answer never draws
 * over a newer view.
 */

import {
  ApiError,
  type CitedSpan,
  type EntityBrief,
  type GraphEdge,
  type Path,
  type Subgraph,
  type TimelineEvent,
  timeline,
} from './api.ts';
import { type DetailsActions, type DetailsState, renderDetails } from './details.ts';
import { h } from './dom.ts';
import { renderOverlay } from './graph-overlay.ts';
import { loadLabelFonts, type Placement } from './graph-view.ts';
import { displayName, t } from './i18n.ts';
import type { Page } from './layout.ts';
import * as navigation from './navigation.ts';
import type { PathResult } from './path.ts';
import { ARTICLE_SOURCE } from './seed-keys.ts';
import {
  currentTimeline,
  currentView,
  deletedBrief,
  factEntities,
  knownBrief,
  lang,
  lastDetail,
  loadArticle,
  loadBrief,
  loadDetail,
  loadedNeighbourhood,
  loadNeighbourhood,
  loadPath,
  remember,
  setTimeline,
  track,
} from './state.ts';
import { renderTimeline } from './timeline.ts';
import type { ViewState } from './url-state.ts';

/** What the graph shows: every expanded neighbourhood, plus the path. */
interface DrawnGraph {
  nodes: EntityBrief[];
  edges: GraphEdge[];
  /** The expanded entities whose neighbourhoods arrived. */
  centres: string[];
  /** Some neighbourhood was cut short by the server's limit. */
  truncated: boolean;
  /** The selection or centres deleted while shown, drawn marked. */
  deleted: string[];
}

let renderCount = 0;
const isStale = (token: number): boolean => token !== renderCount;
/** The view the graph was last drawn for: a live redraw of the same view keeps its layout. */
let drawnView: ViewState | undefined;

export interface RenderOptions {
  /**
   * A redraw after a change seen live (live-changes.ts): no loading message, and the graph keeps
   * every node where it is (new ones go beside their neighbours) unless the view changed meanwhile.
   */
  live?: boolean;
}

export async function render(page: Page, { live = false }: RenderOptions = {}): Promise<void> {
  const token = ++renderCount;
  const current = currentView();
  const placement: Placement = live && drawnView === current ? 'keep' : 'layout';
  renderStaticText(page);
  renderTimelinePanel(page);
  const errors: unknown[] = [];

  // Details of the selection and the article, drawn as soon as they come.
  const detailsDone = renderDetailsPanel(page, current, token).catch((error) => errors.push(error));
  const readerDone = renderReader(page, current, token);

  const [fromBrief, toBrief] = await loadPathEnds(current);
  if (isStale(token)) return;
  const pathRequest = requestPath(current);
  page.pathPanel.update(fromBrief, toBrief, pathRequest.state);

  const needsNetwork =
    current.expand.some((key) => !loadedNeighbourhood(key)) || pathRequest.promise !== null;
  renderGraphLoading(page, current, needsNetwork && !live);
  const subgraphs = await Promise.allSettled(current.expand.map((key) => track(loadNeighbourhood(key))));
  const settled = pathRequest.promise
    ? await settlePath(pathRequest.promise)
    : { path: null, state: pathRequest.state };
  if (settled.state.kind === 'error') errors.push(settled.state.error);
  if (isStale(token)) return;
  page.pathPanel.update(fromBrief, toBrief, settled.state);

  const drawn = mergeGraph(current, subgraphs, settled.path, errors);
  await track(loadLabelFonts(current.lang, drawn.nodes, drawn.edges));
  const cited = await readerDone;
  if (isStale(token)) return;
  drawGraph(page, current, drawn, settled.path, cited, placement);
  renderOverlay(page, current, 'ready', errors[0]);

  await detailsDone;
  if (isStale(token)) return;
  renderStatus(page, current, errors[0], drawn, needsNetwork);
  renderDocumentTitle(current);
  page.curation.render();
}

/** Text that changes only with the language. */
function renderStaticText(page: Page): void {
  const current = lang();
  document.documentElement.lang = current === 'zh' ? 'zh-CN' : 'en';
  page.title.textContent = t(current, 'title');
  page.subtitle.textContent = t(current, 'subtitle');
  page.langToggle.textContent = t(current, 'langToggle');
  page.langToggle.title = t(current, 'langToggleTitle');
  page.graphHint.textContent = t(current, 'graphHint');
  page.readerButton.textContent = t(current, 'readerToggle');
  page.readerButton.title = t(current, 'readerToggleTitle');
  page.liveStatus.render();
  page.curation.render();
  page.fitButton.textContent = `⤢ ${t(current, 'fit')}`;
  page.resetButton.textContent = `↺ ${t(current, 'reset')}`;
  page.search.refreshLang();
  page.filtersPanel.render();
  page.status.render();
}

// ---------------------------------------------------------------------------------------------
// The path finder.

/** The path ends, as names for the pickers; an end that fails to load shows as empty. */
function loadPathEnds(current: ViewState): Promise<[EntityBrief | null, EntityBrief | null]> {
  const end = (key: string | null) => (key ? track(loadBrief(key)).catch(() => null) : Promise.resolve(null));
  return Promise.all([end(current.from), end(current.to)]);
}

/** Asks for the path when both ends are set and differ. */
function requestPath(current: ViewState): { state: PathResult; promise: Promise<Path | null> | null } {
  if (!current.from || !current.to) return { state: { kind: 'idle' }, promise: null };
  if (current.from === current.to) return { state: { kind: 'same' }, promise: null };
  return { state: { kind: 'loading' }, promise: track(loadPath(current.from, current.to)) };
}

async function settlePath(promise: Promise<Path | null>): Promise<{ path: Path | null; state: PathResult }> {
  try {
    const path = await promise;
    return { path, state: path ? { kind: 'ready', path } : { kind: 'none' } };
  } catch (error) {
    return { path: null, state: { kind: 'error', error, retry: navigation.redraw } };
  }
}

// ---------------------------------------------------------------------------------------------
// The graph.

function renderGraphLoading(page: Page, current: ViewState, needsNetwork: boolean): void {
  if (needsNetwork) {
    page.graphEl.dataset.loading = 'true';
    page.status.show({ kind: 'loading' });
  }
  renderOverlay(page, current, needsNetwork ? 'loading' : 'ready');
}

/**
 * One graph from the neighbourhoods that arrived and the path, with the selection and the centres
 * that were deleted while shown; the failures go to `errors`.
 */
function mergeGraph(
  { expand, entity }: ViewState,
  subgraphs: PromiseSettledResult<Subgraph>[],
  path: Path | null,
  errors: unknown[],
): DrawnGraph {
  const nodes = new Map<string, EntityBrief>();
  const edges = new Map<string, GraphEdge>();
  const centres: string[] = [];
  let truncated = false;
  subgraphs.forEach((result, index) => {
    if (result.status === 'rejected') {
      errors.push(result.reason);
      return;
    }
    centres.push(expand[index] ?? '');
    truncated ||= result.value.truncated;
    for (const node of result.value.nodes) nodes.set(node.key, node);
    for (const edge of result.value.relationships) edges.set(edge.id, edge);
  });
  if (path) {
    for (const node of path.nodes) nodes.set(node.key, node);
    for (const edge of path.relationships) edges.set(edge.id, edge);
  }
  const deleted = [entity, ...expand].flatMap((key) => {
    const brief = key ? deletedBrief(key) : undefined;
    return brief ? [brief] : [];
  });
  for (const brief of deleted) if (!nodes.has(brief.key)) nodes.set(brief.key, brief);
  return {
    nodes: [...nodes.values()],
    edges: [...edges.values()],
    centres,
    truncated,
    deleted: deleted.map((brief) => brief.key),
  };
}

function drawGraph(
  page: Page,
  current: ViewState,
  drawn: DrawnGraph,
  path: Path | null,
  cited: CitedSpan | null,
  placement: Placement,
): void {
  page.graph.setLang(current.lang);
  drawnView = current;
  page.graph.render(
    {
      nodes: drawn.nodes,
      edges: drawn.edges,
      centres: drawn.centres,
      selected: current.entity,
      path: path
        ? { nodes: path.nodes.map((node) => node.key), edges: path.relationships.map((edge) => edge.id) }
        : null,
      cited: cited
        ? {
            nodes: factEntities(cited).map((entity) => entity.key),
            edges: cited.relationships.map((relationship) => relationship.id),
          }
        : null,
      deleted: drawn.deleted,
    },
    placement,
  );
  page.graphEl.dataset.loading = 'false';
  if (current.entity) page.graph.reveal(current.entity);
  renderGraphLists(page, current, drawn, cited);
  renderFilterCounts(page, drawn);
  renderGraphCount(page);
}

/** The hidden lists of what is drawn. */
function renderGraphLists(page: Page, current: ViewState, drawn: DrawnGraph, cited: CitedSpan | null): void {
  const citedNodes = new Set(cited ? factEntities(cited).map((entity) => entity.key) : []);
  const citedEdges = new Set(cited?.relationships.map((relationship) => relationship.id) ?? []);
  page.graphNodes.replaceChildren(
    ...drawn.nodes.map((node) =>
      h(
        'li',
        {
          'data-testid': 'graph-node',
          'data-key': node.key,
          'data-type': node.type,
          'data-centre': drawn.centres.includes(node.key) ? 'true' : null,
          'data-selected': node.key === current.entity ? 'true' : null,
          'data-cited': citedNodes.has(node.key) ? 'true' : null,
          'data-deleted': drawn.deleted.includes(node.key) ? 'true' : null,
        },
        displayName(current.lang, node),
      ),
    ),
  );
  page.graphEdges.replaceChildren(
    ...drawn.edges.map((edge) =>
      h(
        'li',
        {
          'data-testid': 'graph-edge',
          'data-type': edge.type,
          'data-from': edge.from.key,
          'data-to': edge.to.key,
          'data-cited': citedEdges.has(edge.id) ? 'true' : null,
        },
        edge.type,
      ),
    ),
  );
}

/** How many of each type are drawn, next to each filter. */
function renderFilterCounts(page: Page, drawn: DrawnGraph): void {
  const entityCounts = new Map<string, number>();
  for (const node of drawn.nodes) entityCounts.set(node.type, (entityCounts.get(node.type) ?? 0) + 1);
  const relationshipCounts = new Map<string, number>();
  for (const edge of drawn.edges) {
    relationshipCounts.set(edge.type, (relationshipCounts.get(edge.type) ?? 0) + 1);
  }
  page.filtersPanel.setCounts(entityCounts, relationshipCounts);
}

/** The toolbar's count of what is visible, filters applied. */
export function renderGraphCount(page: Page): void {
  page.graphCount.textContent = t(lang(), 'nodesEdges', { n: page.graph.nodeCount, e: page.graph.edgeCount });
}

// ---------------------------------------------------------------------------------------------
// Details, status line, title.

const detailsActions: DetailsActions = {
  onSelect: navigation.selectAnywhere,
  onShowSpan: navigation.showSpan,
  onExpand: navigation.expand,
  onCollapse: navigation.collapse,
  onPathFrom: navigation.setPathFrom,
  onPathTo: navigation.setPathTo,
};

async function renderDetailsPanel(page: Page, current: ViewState, token: number): Promise<void> {
  const context = () => ({
    lang: current.lang,
    expanded: current.entity !== null && current.expand.includes(current.entity),
    canCollapse: current.expand.length > 1,
    span: current.span,
  });
  const show = (state: DetailsState) => renderDetails(page.details, state, context(), detailsActions);
  if (!current.entity) {
    show({ kind: 'empty' });
    return;
  }
  const key = current.entity;
  const gone = deletedBrief(key);
  if (gone) {
    show({ kind: 'deleted', brief: gone, entity: lastDetail(key) ?? null });
    return;
  }
  const promise = track(loadDetail(key));
  // Redrawing the same entity's details would flash a spinner over them.
  if (page.details.dataset.key !== key || page.details.dataset.state !== 'ready') {
    show({ kind: 'loading', brief: knownBrief(key) ?? null });
  }
  try {
    const detail = await promise;
    if (isStale(token)) return;
    if (detail) show({ kind: 'ready', entity: detail });
    else {
      const error = new ApiError('NOT_FOUND', `No entity has the key "${key}".`, { key });
      show({ kind: 'error', error, retry: navigation.redraw });
      throw error;
    }
  } catch (error) {
    if (isStale(token)) return;
    if (!(error instanceof ApiError && error.code === 'NOT_FOUND')) {
      show({ kind: 'error', error, retry: navigation.redraw });
    }
    throw error;
  }
}

/** The first error (retry offered unless the key is unknown), else a truncation note, else quiet. */
function renderStatus(
  page: Page,
  current: ViewState,
  firstError: unknown,
  drawn: DrawnGraph,
  needsNetwork: boolean,
): void {
  const { status } = page;
  if (firstError !== undefined) {
    const notFound = firstError instanceof ApiError && firstError.code === 'NOT_FOUND';
    status.show(
      notFound
        ? { kind: 'error', error: firstError }
        : { kind: 'error', error: firstError, retry: navigation.redraw },
    );
  } else if (drawn.truncated) {
    status.show({ kind: 'info', text: t(current.lang, 'truncated', { n: drawn.nodes.length }) });
  } else if (status.kind !== 'error' || needsNetwork) {
    // An earlier error (the timeline's, a search's) stays until a render asks the network again.
    status.show({ kind: 'idle' });
  }
}

function renderDocumentTitle(current: ViewState): void {
  const selected = current.entity ? knownBrief(current.entity) : undefined;
  document.title = selected
    ? `${displayName(current.lang, selected)} · ${t(current.lang, 'title')}`
    : t(current.lang, 'title');
}

// ---------------------------------------------------------------------------------------------
// The reading view.

/** Opens or closes the reading view; when open, draws the article and returns the cited span picked. */
async function renderReader(page: Page, current: ViewState, token: number): Promise<CitedSpan | null> {
  page.layout.dataset.read = String(current.read);
  page.readerButton.setAttribute('aria-pressed', String(current.read));
  if (!current.read) {
    page.reader.hide();
    return null;
  }
  page.reader.showLoading();
  try {
    const article = await track(loadArticle(ARTICLE_SOURCE));
    if (isStale(token)) return null;
    if (!article) {
      const error = new ApiError('NOT_FOUND', `No source has the key "${ARTICLE_SOURCE}".`, {
        key: ARTICLE_SOURCE,
      });
      page.reader.showError(error, navigation.redraw);
      return null;
    }
    return page.reader.showArticle(article, current.span);
  } catch (error) {
    if (!isStale(token)) page.reader.showError(error, navigation.redraw);
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// The timeline: loaded once, since it shows every event whatever the view.

function renderTimelinePanel(page: Page): void {
  renderTimeline(page.timeline, currentTimeline(), lang(), currentView().entity, navigation.selectAnywhere);
}

export async function loadTimeline(page: Page): Promise<void> {
  const retry = () => void loadTimeline(page);
  setTimeline({ kind: 'loading' });
  renderTimelinePanel(page);
  try {
    const events: TimelineEvent[] = await track(timeline());
    remember(events);
    setTimeline({ kind: 'ready', events });
  } catch (error) {
    setTimeline({ kind: 'error', error, retry });
    if (page.status.kind !== 'error') page.status.show({ kind: 'error', error, retry });
  }
  renderTimelinePanel(page);
}

/** Reads the timeline again after a change to one of its events, keeping the old one on screen meanwhile. */
export async function refreshTimeline(page: Page): Promise<void> {
  try {
    const events: TimelineEvent[] = await track(timeline());
    remember(events);
    setTimeline({ kind: 'ready', events });
    renderTimelinePanel(page);
  } catch {
    // The timeline on screen stays; the next change or a reload reads it again.
  }
}
