/**
 * Moving around the graph: every click, pick and path change becomes a new view, recorded in the URL
 * (history entry) and then drawn. Back/forward land here too, so a view is drawn the same however
 * it was reached.
 */

import type { CitedSpan, EntityBrief } from './api.ts';
import {
  currentView,
  factEntities,
  forgetAnswers,
  loadedNeighbourhood,
  orderedRelationships,
  remember,
  setView,
} from './state.ts';
import { onLocationChange, type Span, type ViewState, writeLocation } from './url-state.ts';

interface NavigationHooks {
  /** Draws the current view. */
  redraw(): void;
  /** Whether the graph shows `key` now. */
  isDrawn(key: string): boolean;
}

// Set by `connectNavigation`; the page cannot be drawn before it is built.
let hooks: NavigationHooks = { redraw: () => {}, isDrawn: () => false };

export function connectNavigation(next: NavigationHooks): void {
  hooks = next;
  onLocationChange((state) => {
    setView(state);
    hooks.redraw();
  });
}

/** Normalises the address (lang is always spelled out) without adding a history entry. */
export function normaliseAddress(): void {
  writeLocation(currentView(), 'replace');
}

export function navigate(next: ViewState, mode: 'push' | 'replace' = 'push'): void {
  writeLocation(next, mode);
  setView(next);
  hooks.redraw();
}

/** Draws the current view again, e.g. to retry what failed. */
export function redraw(): void {
  hooks.redraw();
}

/** Starts over from one entity: selects it and draws its neighbourhood alone. */
export function focus(key: string): void {
  navigate({ ...currentView(), entity: key, expand: [key] });
}

/** A search result was picked. */
export function pickEntity(entity: EntityBrief): void {
  remember([entity]);
  focus(entity.key);
}

/** Selects an entity that is drawn (a click on the graph). */
export function select(key: string): void {
  navigate({ ...currentView(), entity: key });
}

/** Selects an entity: in place when it is drawn, otherwise drawing its neighbourhood too. */
export function selectAnywhere(key: string): void {
  const view = currentView();
  if (hooks.isDrawn(key)) navigate({ ...view, entity: key });
  else navigate({ ...view, entity: key, expand: [...view.expand, key] });
}

export function expand(key: string): void {
  const view = currentView();
  if (view.expand.includes(key)) navigate({ ...view, entity: key });
  else navigate({ ...view, entity: key, expand: [...view.expand, key] });
}

/** Hides a neighbourhood (never the last); the selection moves only if its node goes with it. */
export function collapse(key: string): void {
  const view = currentView();
  const rest = view.expand.filter((centre) => centre !== key);
  if (rest.length === 0) return;
  const stillDrawn = rest.some((centre) =>
    loadedNeighbourhood(centre)?.nodes.some((node) => node.key === key),
  );
  const entity = view.entity === key && !stillDrawn ? (rest[rest.length - 1] ?? null) : view.entity;
  navigate({ ...view, entity, expand: rest });
}

/** The path finder's ends were picked, swapped or cleared. */
export function setPathEnds(from: EntityBrief | null, to: EntityBrief | null): void {
  remember([from, to].filter((entity): entity is EntityBrief => entity !== null));
  navigate({ ...currentView(), from: from?.key ?? null, to: to?.key ?? null });
}

export function setPathFrom(entity: EntityBrief): void {
  navigate({ ...currentView(), from: entity.key });
}

export function setPathTo(entity: EntityBrief): void {
  navigate({ ...currentView(), to: entity.key });
}

export function toggleLang(): void {
  const view = currentView();
  navigate({ ...view, lang: view.lang === 'zh' ? 'en' : 'zh' });
}

/** Back to the selection's neighbourhood alone, with no path. */
export function resetView(): void {
  const view = currentView();
  const centre = view.entity ?? view.expand[0] ?? null;
  navigate({ ...view, entity: centre, expand: centre ? [centre] : [], from: null, to: null });
}

/** Opens or closes the reading view (closing it forgets the span). */
export function toggleReading(): void {
  const view = currentView();
  navigate({ ...view, read: !view.read, span: view.read ? null : view.span });
}

/**
 * A cited span was picked in the reading view: its facts become the view. The entity selected is the
 * first relationship's start, else the first entity, else the first figure's subject; the graph draws
 * the neighbourhood of every entity a fact starts from, so each cited relationship is drawn.
 */
export function pickSpan(span: CitedSpan): void {
  const view = currentView();
  remember(factEntities(span));
  const starts = [
    ...orderedRelationships(span).map((relationship) => relationship.from.key),
    ...span.entities.map((entity) => entity.key),
    ...span.statistics.map((statistic) => statistic.subject.key),
  ];
  const expand = [...new Set(starts)];
  const entity = expand[0] ?? view.entity;
  navigate({
    ...view,
    read: true,
    span: { start: span.start, end: span.end },
    entity,
    expand: expand.length > 0 ? expand : view.expand,
  });
}

/** "Show in the article": opens the reading view on a fact's span, the graph as it is. */
export function showSpan(span: Span): void {
  navigate({ ...currentView(), read: true, span });
}

/** An edit from the text was saved: read everything again and show the new citation with its entity. */
export function showSaved(span: Span, entity: string): void {
  forgetAnswers();
  const view = currentView();
  navigate({
    ...view,
    read: true,
    span,
    entity,
    expand: view.expand.includes(entity) ? view.expand : [...view.expand, entity],
  });
}
