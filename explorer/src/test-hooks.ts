/**
 * What the browser tests (tests/e2e/explorer.test.ts) read from the page: cytoscape draws on a canvas,
 * so they need its instance to find and click nodes, and they wait for `idle()` (no request in
 * flight) instead of guessing delays. Also handy from the devtools console.
 */

import type { GraphView } from './graph-view.ts';
import { currentView, isIdle } from './state.ts';
import type { ViewState } from './url-state.ts';

declare global {
  interface Window {
    __explorer?: { cy: GraphView['cy']; view(): ViewState; idle(): boolean };
  }
}

export function installTestHooks(graph: GraphView): void {
  window.__explorer = { cy: graph.cy, view: currentView, idle: isIdle };
}
