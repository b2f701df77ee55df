/**
 * The graph: cytoscape.js laid out by fcose. It draws what it is given (nodes, relationships, the
 * centres whose neighbourhoods are shown, the selection, a highlighted path) and reports clicks.
 */

import cytoscape, {
  type Core,
  type ElementDefinition,
  type NodeSingular,
  type StylesheetJson,
} from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { EntityBrief, GraphEdge } from './api.ts';
import { displayName, type EntityType, type Lang, relationshipTypeName } from './i18n.ts';

cytoscape.use(fcose);

type Shape = cytoscape.Css.NodeShape;

/** Colour and shape of each entity type; the filters panel draws the same as its legend. */
export const TYPE_STYLE: Record<EntityType, { color: string; shape: Shape }> = {
  DISTRICT: { color: '#c8102e', shape: 'ellipse' },
  TOWN: { color: '#f28e2b', shape: 'hexagon' },
  VILLAGE: { color: '#8cc26a', shape: 'round-triangle' },
  SCENIC_AREA: { color: '#1597a8', shape: 'diamond' },
  ORGANIZATION: { color: '#4e79a7', shape: 'round-rectangle' },
  INDUSTRY: { color: '#3f8f3a', shape: 'pentagon' },
  PRODUCT: { color: '#9c6b4e', shape: 'barrel' },
  TEAM: { color: '#a66ba0', shape: 'octagon' },
  HONOR: { color: '#e0a800', shape: 'star' },
  BRAND: { color: '#e86f8c', shape: 'tag' },
  INITIATIVE: { color: '#5fb3ad', shape: 'rhomboid' },
  EVENT: { color: '#e15759', shape: 'triangle' },
  PLACE: { color: '#8a9a5b', shape: 'heptagon' },
  CONCEPT: { color: '#7f8fa6', shape: 'concave-hexagon' },
};

export interface GraphData {
  nodes: EntityBrief[];
  edges: GraphEdge[];
  /** Entities whose neighbourhoods are shown (drawn larger, "collapse" applies to them). */
  centres: string[];
  selected: string | null;
  path: { nodes: string[]; edges: string[] } | null;
  /** What the span picked in the reading view supports. */
  cited: { nodes: string[]; edges: string[] } | null;
  /** Entities deleted while shown, still drawn so that the reader sees what went. */
  deleted: string[];
}

/**
 * How `render` places what it adds: `layout` runs the force layout over the whole graph; `keep`
 * leaves every node where it is and puts each new one in free space beside a drawn neighbour, so
 * that a live update moves nothing the reader is looking at.
 */
export type Placement = 'layout' | 'keep';

/** How far from its neighbour a new node goes: about fcose's ideal edge length. */
const NEW_NODE_DISTANCE = 100;

export interface GraphHandlers {
  onSelect(key: string): void;
  onExpand(key: string): void;
}

export interface Filters {
  hiddenEntityTypes: Set<string>;
  hiddenRelationshipTypes: Set<string>;
}

const FONT =
  '"Noto Sans CJK SC", "Noto Sans SC", "Noto Sans SC Variable", "Noto Sans", system-ui, sans-serif';

/** Longest wait for the labels' fonts; past it, labels are drawn in whatever font there is. */
const FONT_WAIT_MS = 3000;

/**
 * Loads the web-font slices that the labels of these elements need in `lang`; call it before
 * `setLang` and `render`. A canvas never asks for a font, and cytoscape keeps each label as it
 * first drew it, so a label drawn before its slice came would stay as empty boxes. (It loads them
 * even where a system CJK font, first in the stack, draws the labels: a few slices.)
 */
export async function loadLabelFonts(lang: Lang, nodes: EntityBrief[], edges: GraphEdge[]): Promise<void> {
  const text = [
    ...nodes.map((node) => labelFor(lang, node)),
    ...edges.map((edge) => relationshipTypeName(lang, edge.type)),
  ].join('');
  const font = `11px ${FONT}`;
  if (document.fonts.check(font, text)) return;
  await Promise.race([
    document.fonts.load(font, text).catch(() => []),
    new Promise((resolve) => setTimeout(resolve, FONT_WAIT_MS)),
  ]);
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function labelFor(lang: Lang, entity: { name: string; nameEn: string | null }): string {
  return lang === 'zh' ? truncate(displayName(lang, entity), 12) : truncate(displayName(lang, entity), 30);
}

/** The point of a ring around `anchor` farthest from every taken position; it is taken then. */
function spotBeside(anchor: cytoscape.Position, taken: cytoscape.Position[]): cytoscape.Position {
  let best = { x: anchor.x + NEW_NODE_DISTANCE, y: anchor.y };
  let bestRoom = -1;
  for (let step = 0; step < 12; step++) {
    const angle = (step * Math.PI) / 6;
    const spot = {
      x: anchor.x + NEW_NODE_DISTANCE * Math.cos(angle),
      y: anchor.y + NEW_NODE_DISTANCE * Math.sin(angle),
    };
    const room = Math.min(...taken.map((other) => Math.hypot(other.x - spot.x, other.y - spot.y)));
    if (room > bestRoom) {
      best = spot;
      bestRoom = room;
    }
  }
  taken.push(best);
  return best;
}

const STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      shape: 'data(shape)' as unknown as Shape,
      width: 26,
      height: 26,
      label: 'data(label)',
      'font-family': FONT,
      'font-size': 11,
      color: '#1f2933',
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '110px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
      'text-background-shape': 'roundrectangle',
      'border-width': 1.5,
      'border-color': '#ffffff',
      'min-zoomed-font-size': 6,
      'transition-property': 'opacity',
      'transition-duration': 150,
    },
  },
  {
    selector: 'node.centre',
    style: {
      width: 38,
      height: 38,
      'font-size': 13,
      'font-weight': 'bold',
      'border-width': 3,
      'border-color': '#fff',
    },
  },
  {
    selector: 'node.selected',
    style: {
      'border-width': 5,
      'border-color': '#1d3557',
      'underlay-color': '#ffd166',
      'underlay-opacity': 0.9,
      'underlay-padding': 6,
      'underlay-shape': 'ellipse',
      'z-index': 20,
    },
  },
  {
    selector: 'node.deleted',
    style: {
      'background-color': '#bbb',
      'background-opacity': 0.5,
      'border-style': 'dashed',
      'border-color': '#8a1c13',
      color: '#8a1c13',
    },
  },
  {
    selector: 'edge',
    style: {
      width: 1.4,
      'line-color': '#a7b3c2',
      'target-arrow-color': '#a7b3c2',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-family': FONT,
      'font-size': 9,
      color: '#52606d',
      'text-rotation': 'autorotate',
      'text-background-color': '#f7f9fb',
      'text-background-opacity': 0.9,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 8,
    },
  },
  {
    selector: 'edge.touching',
    style: {
      'line-color': '#5b7083',
      'target-arrow-color': '#5b7083',
      width: 2,
      color: '#1f2933',
      'z-index': 10,
    },
  },
  {
    selector: 'node.path',
    style: { 'border-width': 4, 'border-color': '#ff7f11', 'z-index': 15 },
  },
  {
    selector: 'edge.path',
    style: {
      width: 4.5,
      'line-color': '#ff7f11',
      'target-arrow-color': '#ff7f11',
      color: '#b45309',
      'font-size': 11,
      'font-weight': 'bold',
      'z-index': 15,
    },
  },
  {
    selector: 'node.cited',
    style: {
      'underlay-color': '#2a9d8f',
      'underlay-opacity': 0.55,
      'underlay-padding': 7,
      'underlay-shape': 'ellipse',
      'z-index': 18,
    },
  },
  {
    selector: 'edge.cited',
    style: {
      width: 4,
      'line-color': '#2a9d8f',
      'target-arrow-color': '#2a9d8f',
      color: '#134e48',
      'font-size': 11,
      'font-weight': 'bold',
      'z-index': 18,
    },
  },
  { selector: '.dim', style: { opacity: 0.28 } },
  { selector: '.filtered', style: { display: 'none' } },
];

export class GraphView {
  readonly cy: Core;
  private lang: Lang = 'zh';
  private data: GraphData = {
    nodes: [],
    edges: [],
    centres: [],
    selected: null,
    path: null,
    cited: null,
    deleted: [],
  };
  private filters: Filters = { hiddenEntityTypes: new Set(), hiddenRelationshipTypes: new Set() };
  private layoutRun = 0;
  private currentLayout: cytoscape.Layouts | null = null;

  constructor(
    private readonly container: HTMLElement,
    handlers: GraphHandlers,
  ) {
    this.cy = cytoscape({
      container,
      style: STYLE,
      minZoom: 0.2,
      maxZoom: 3,
      autounselectify: true,
      multiClickDebounceTime: 400,
      boxSelectionEnabled: false,
    });
    // The work a click starts runs after the event, so that a second click arrives in time to
    // count as a double click, even on a busy machine.
    const later = (work: () => void) => setTimeout(work, 0);
    this.cy.on('tap', 'node', (event) => {
      const key = (event.target as NodeSingular).id();
      later(() => handlers.onSelect(key));
    });
    this.cy.on('dbltap', 'node', (event) => {
      const key = (event.target as NodeSingular).id();
      later(() => handlers.onExpand(key));
    });
    this.cy.on('mouseover', 'node', (event) => {
      container.style.cursor = 'pointer';
      (event.target as NodeSingular).connectedEdges().addClass('touching');
    });
    this.cy.on('mouseout', 'node', (event) => {
      container.style.cursor = '';
      (event.target as NodeSingular).connectedEdges().removeClass('touching');
    });
  }

  get nodeCount(): number {
    return this.cy.nodes().not('.filtered').length;
  }

  get edgeCount(): number {
    return this.cy.edges().not('.filtered').length;
  }

  /**
   * Draws `data`, adding and removing only what changed, and renaming what was renamed; places what
   * it adds as `placement` says.
   */
  render(data: GraphData, placement: Placement = 'layout'): void {
    this.data = data;
    const wanted = new Set([...data.nodes.map((node) => node.key), ...data.edges.map((edge) => edge.id)]);
    const removed = this.cy.elements().filter((element) => !wanted.has(element.id()));
    const existing = new Set(this.cy.elements().map((element) => element.id()));
    const added: ElementDefinition[] = [];
    const anchorOf = new Map<string, string>();
    for (const edge of data.edges) {
      if (existing.has(edge.from.key) && !existing.has(edge.to.key)) anchorOf.set(edge.to.key, edge.from.key);
      if (existing.has(edge.to.key) && !existing.has(edge.from.key)) anchorOf.set(edge.from.key, edge.to.key);
    }
    const newNodes = data.nodes.filter((node) => !existing.has(node.key));
    const spots = placement === 'keep' ? this.freeSpots(newNodes, data.edges, removed) : new Map();
    for (const node of newNodes) {
      const style = TYPE_STYLE[node.type] ?? { color: '#999', shape: 'ellipse' };
      const anchor = anchorOf.get(node.key);
      const around = anchor ? this.cy.getElementById(anchor).position() : undefined;
      added.push({
        group: 'nodes',
        data: {
          id: node.key,
          type: node.type,
          name: node.name,
          nameEn: node.nameEn,
          label: labelFor(this.lang, node),
          color: style.color,
          shape: style.shape,
        },
        position:
          spots.get(node.key) ??
          (around
            ? { x: around.x + (Math.random() - 0.5) * 60, y: around.y + (Math.random() - 0.5) * 60 }
            : { x: (Math.random() - 0.5) * 400, y: (Math.random() - 0.5) * 400 }),
      });
    }
    for (const edge of data.edges) {
      if (existing.has(edge.id)) continue;
      added.push({
        group: 'edges',
        data: {
          id: edge.id,
          source: edge.from.key,
          target: edge.to.key,
          type: edge.type,
          label: relationshipTypeName(this.lang, edge.type),
        },
      });
    }
    const changed = removed.length > 0 || added.length > 0;
    const wasEmpty = existing.size === 0;
    this.cy.batch(() => {
      removed.remove();
      this.cy.add(added);
      this.rename(data.nodes);
      this.applyClasses();
    });
    if (changed && (placement === 'layout' || wasEmpty))
      this.layout(wasEmpty || removed.length > added.length);
    else if (this.container.dataset.layout !== 'running') this.container.dataset.layout = 'done';
  }

  /** Names that changed since a node was drawn (an edit, seen live). */
  private rename(nodes: EntityBrief[]): void {
    for (const node of nodes) {
      const element = this.cy.getElementById(node.key);
      if (element.empty()) continue;
      if (element.data('name') === node.name && element.data('nameEn') === node.nameEn) continue;
      element.data({ name: node.name, nameEn: node.nameEn, label: labelFor(this.lang, node) });
    }
  }

  /**
   * A place for each new node beside a drawn neighbour (or beside a new node already placed), on a
   * ring around it, where it is farthest from every other node. Nodes with no neighbour drawn go
   * beside the middle of the graph.
   */
  private freeSpots(
    nodes: EntityBrief[],
    edges: GraphEdge[],
    removed: cytoscape.CollectionReturnValue,
  ): Map<string, cytoscape.Position> {
    const gone = new Set(removed.map((element) => element.id()));
    const taken: cytoscape.Position[] = this.cy
      .nodes()
      .map((node) => ({ key: node.id(), ...node.position() }))
      .filter(({ key }) => !gone.has(key))
      .map(({ x, y }) => ({ x, y }));
    const placed = new Map<string, cytoscape.Position>();
    const positionOf = (key: string): cytoscape.Position | undefined => {
      if (placed.has(key)) return placed.get(key);
      const node = this.cy.getElementById(key);
      return node.nonempty() && !gone.has(key) ? node.position() : undefined;
    };
    const neighbours = (key: string) =>
      edges.flatMap((edge) =>
        edge.from.key === key ? [edge.to.key] : edge.to.key === key ? [edge.from.key] : [],
      );
    let pending = nodes;
    while (pending.length > 0) {
      const next: EntityBrief[] = [];
      for (const node of pending) {
        const anchor = neighbours(node.key)
          .map(positionOf)
          .find((position) => position !== undefined);
        if (anchor) placed.set(node.key, spotBeside(anchor, taken));
        else next.push(node);
      }
      if (next.length === pending.length) {
        const box = this.cy.nodes().boundingBox();
        const middle = taken.length ? { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 } : { x: 0, y: 0 };
        for (const node of next) placed.set(node.key, spotBeside(middle, taken));
        break;
      }
      pending = next;
    }
    return placed;
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    this.cy.batch(() => {
      this.cy.nodes().forEach((node) => {
        node.data('label', labelFor(lang, { name: node.data('name'), nameEn: node.data('nameEn') }));
      });
      this.cy.edges().forEach((edge) => {
        edge.data('label', relationshipTypeName(lang, edge.data('type')));
      });
    });
  }

  setFilters(filters: Filters): void {
    this.filters = filters;
    this.cy.batch(() => this.applyClasses());
  }

  /** Centres the view on the selected node when it is off screen. */
  reveal(key: string): void {
    const node = this.cy.getElementById(key);
    // A running layout fits every node into view when it stops; centring on a node's
    // pre-layout position now would only pan the view away while the layout moves it.
    if (node.empty() || this.container.dataset.layout === 'running') return;
    const extent = this.cy.extent();
    const { x, y } = node.position();
    if (x < extent.x1 || x > extent.x2 || y < extent.y1 || y > extent.y2) {
      this.cy.animate({ center: { eles: node } }, { duration: 250 });
    }
  }

  fit(): void {
    const visible = this.cy.elements().not('.filtered');
    this.cy.animate({ fit: { eles: visible, padding: 40 } }, { duration: 250 });
  }

  has(key: string): boolean {
    return this.cy.getElementById(key).nonempty();
  }

  resize(): void {
    this.cy.resize();
  }

  private applyClasses(): void {
    const { centres, selected, path, cited, deleted } = this.data;
    const deletedSet = new Set(deleted);
    const centreSet = new Set(centres);
    const citedNodes = new Set(cited?.nodes ?? []);
    const citedEdges = new Set(cited?.edges ?? []);
    const pathNodes = new Set(path?.nodes ?? []);
    const pathEdges = new Set(path?.edges ?? []);
    const { hiddenEntityTypes, hiddenRelationshipTypes } = this.filters;
    this.cy.nodes().forEach((node) => {
      const key = node.id();
      node.toggleClass('centre', centreSet.has(key));
      node.toggleClass('selected', key === selected);
      node.toggleClass('deleted', deletedSet.has(key));
      node.toggleClass('path', pathNodes.has(key));
      node.toggleClass('cited', citedNodes.has(key));
      node.toggleClass('dim', path !== null && !pathNodes.has(key));
      // The selection, the centres, the path and what the picked span supports stay visible whatever the filters say.
      const keep = key === selected || centreSet.has(key) || pathNodes.has(key) || citedNodes.has(key);
      node.toggleClass('filtered', !keep && hiddenEntityTypes.has(node.data('type')));
    });
    this.cy.edges().forEach((edge) => {
      const id = edge.id();
      edge.toggleClass('path', pathEdges.has(id));
      edge.toggleClass('cited', citedEdges.has(id));
      edge.toggleClass('dim', path !== null && !pathEdges.has(id));
      const endHidden = edge.source().hasClass('filtered') || edge.target().hasClass('filtered');
      edge.toggleClass(
        'filtered',
        !pathEdges.has(id) && (endHidden || hiddenRelationshipTypes.has(edge.data('type'))),
      );
    });
    // Nodes left with no visible relationship, other than the ones kept on purpose, go too.
    if (hiddenRelationshipTypes.size > 0) {
      this.cy.nodes().forEach((node) => {
        const key = node.id();
        if (key === selected || centreSet.has(key) || pathNodes.has(key) || citedNodes.has(key)) return;
        const visibleEdges = node.connectedEdges().not('.filtered');
        if (visibleEdges.empty()) node.addClass('filtered');
      });
    }
  }

  private layout(randomize: boolean): void {
    const run = ++this.layoutRun;
    this.currentLayout?.stop();
    this.container.dataset.layout = 'running';
    const nodeCount = this.cy.nodes().length;
    const layout = this.cy.layout({
      name: 'fcose',
      quality: randomize ? 'default' : 'proof',
      randomize,
      animate: nodeCount < 150,
      animationDuration: 350,
      fit: true,
      padding: 40,
      nodeDimensionsIncludeLabels: true,
      nodeRepulsion: () => 9000,
      idealEdgeLength: () => 95,
      nodeSeparation: 90,
      packComponents: false,
    } as cytoscape.LayoutOptions);
    layout.one('layoutstop', () => {
      if (run === this.layoutRun) this.container.dataset.layout = 'done';
    });
    this.currentLayout = layout;
    layout.run();
  }
}
