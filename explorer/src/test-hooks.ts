/**
 * What the browser tests (tests/e2e/explorer.test.ts) read from the page: cytoscape draws on a canvas,
 * so they need its instance to find and click nodes, and they wait for `idle()` (no request in
 * flight) instead of guessing delays, and read the live subscription's progress (live-changes.ts).
 * Also handy from the devtools console.
 */

import type { GraphView } from './graph-view.ts';
import type { LiveView } from './live-changes.ts';
import { currentView, isIdle } from './state.ts';
import type { ViewState } from './url-state.ts';

declare global {
  interface Window {
    __explorer?: {
      cy: GraphView['cy'];
      view(): ViewState;
      idle(): boolean;
      /** The live subscription: its state, the last sequence number seen, the changes applied. */
      live(): { state: LiveView['state']; seq: number | null; applied: number[] };
    };
  }
}

export function installTestHooks(graph: GraphView, live: LiveView): void {
  window.__explorer = {
    cy: graph.cy,
    view: currentView,
    idle: isIdle,
    live: () => ({ state: live.state, seq: live.follower.seq, applied: [...live.applied] }),
  };
}
