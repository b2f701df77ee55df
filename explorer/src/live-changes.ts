/**
 * What the page does with each change it follows (live.ts): forgets the answers the change made
 * stale, remembers an entity deleted while shown, and, when the change touches something on screen
 * (a drawn entity, the selection, a path end, the timeline, the reading view's spans), redraws in
 * place (render.ts, `live`) and says so in the header's live line.
 */

import type { Change, EntityBrief } from './api.ts';
import { displayName, type Lang, t } from './i18n.ts';
import type { Page } from './layout.ts';
import { followChanges, type LiveFollower, type LiveState } from './live.ts';
import { refreshTimeline, render } from './render.ts';
import {
  currentTimeline,
  currentView,
  forgetAnswers,
  forgetChanged,
  knownBrief,
  markDeleted,
  markRestored,
} from './state.ts';

/** The latest changes applied, by sequence number, for the browser tests (test-hooks.ts). */
const APPLIED_KEPT = 100;

export interface LiveView {
  readonly follower: LiveFollower;
  /** Sequence numbers of the changes applied, oldest first (the last 100). */
  readonly applied: readonly number[];
  readonly state: LiveState;
}

export function connectLive(page: Page): LiveView {
  const applied: number[] = [];
  let state: LiveState = 'connecting';
  const follower = followChanges({
    onChange: (change) => {
      apply(page, change);
      applied.push(change.seq);
      if (applied.length > APPLIED_KEPT) applied.shift();
    },
    onState: (next) => {
      const was = state;
      state = next;
      page.liveStatus.setState(next);
      if (next === 'reconnecting' && was !== 'reconnecting')
        page.liveStatus.show((lang) => t(lang, 'liveReconnecting'));
      else if (next === 'live' && was === 'reconnecting')
        page.liveStatus.show((lang) => t(lang, 'liveResumed'));
      else if (next === 'off') page.liveStatus.show((lang) => t(lang, 'liveOff'));
    },
    onGap: () => {
      forgetAnswers();
      void refreshTimeline(page);
      void render(page, { live: true });
      page.liveStatus.show((lang) => t(lang, 'liveResynced'));
    },
  });
  return {
    follower,
    applied,
    get state() {
      return state;
    },
  };
}

function apply(page: Page, change: Change): void {
  const shown = isShown(page, change);
  const names = change.keys.map((key) => entityIn(change, key) ?? knownBrief(key) ?? null);
  if (change.mutation === 'deleteEntity') {
    // Its `before` names it, so the page can still show what went.
    for (const entity of names) if (entity) markDeleted(entity);
  }
  if (change.mutation === 'restoreEntity') for (const key of change.keys) markRestored(key);
  forgetChanged(change.keys);
  if (touchesTimeline(change)) void refreshTimeline(page);
  if (!shown) return;
  const deleted = change.mutation === 'deleteEntity';
  // Announced once redrawn, so that a renamed entity is called by its new name.
  void render(page, { live: true }).then(() =>
    page.liveStatus.show((lang) =>
      t(lang, deleted ? 'liveDeleted' : 'liveChanged', {
        name: nameList(lang, change.keys, deleted ? names : undefined),
        who: change.who,
        mutation: change.mutation,
      }),
    ),
  );
}

/** Whether the change touches anything on screen. */
function isShown(page: Page, change: Change): boolean {
  const view = currentView();
  const timeline = currentTimeline();
  return (
    view.read ||
    change.keys.some(
      (key) =>
        page.graph.has(key) ||
        key === view.entity ||
        view.expand.includes(key) ||
        key === view.from ||
        key === view.to ||
        (timeline.kind === 'ready' && timeline.events.some((event) => event.key === key)),
    ) ||
    touchesTimeline(change)
  );
}

/** A change of an event (dated entity) may add, move or rename one on the timeline. */
function touchesTimeline(change: Change): boolean {
  const timeline = currentTimeline();
  const onTimeline =
    timeline.kind === 'ready' &&
    change.keys.some((key) => timeline.events.some((event) => event.key === key));
  return onTimeline || [change.before, change.after].some((row) => entityRow(row)?.type === 'EVENT');
}

/** The entity a change recorded as `key`, as it was before or is after, when the change is of an entity. */
function entityIn(change: Change, key: string): EntityBrief | undefined {
  return [change.after, change.before].map(entityRow).find((row) => row?.key === key);
}

/** `before` and `after` are JSON: an entity row has a key, a type and a name. */
function entityRow(value: unknown): EntityBrief | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const row = value as Record<string, unknown>;
  if (typeof row.key !== 'string' || typeof row.type !== 'string' || typeof row.name !== 'string')
    return undefined;
  return {
    key: row.key,
    type: row.type as EntityBrief['type'],
    name: row.name,
    nameEn: typeof row.nameEn === 'string' ? row.nameEn : null,
  };
}

/** The changed entities by name, as the page now knows them (or as they were, for a deletion). */
function nameList(lang: Lang, keys: readonly string[], asWere?: (EntityBrief | null)[]): string {
  return keys
    .map((key, index) => {
      const entity = asWere?.[index] ?? knownBrief(key);
      return entity ? displayName(lang, entity) : key;
    })
    .join(lang === 'zh' ? '、' : ', ');
}
