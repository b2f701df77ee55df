/**
 * The explorer's entry point: builds the page, and draws the view the URL names whenever it changes.
 * The view lives in the URL (navigation.ts), so reloads, shared links and back/forward all land on
 * the same view. The page follows the graph's changes as long as it is open (live-changes.ts).
 */

// Self-hosted CJK fonts, in slices by unicode-range: a browser fetches only the slices of the
// characters on screen, and none when the system has Noto CJK (named first in the stacks).
import '@fontsource-variable/noto-sans-sc';
import '@fontsource-variable/noto-serif-sc';
import './style.css';
import { buildPage } from './layout.ts';
import { connectLive } from './live-changes.ts';
import { connectNavigation, normaliseAddress } from './navigation.ts';
import { loadTimeline, render, renderGraphCount } from './render.ts';
import { installTestHooks } from './test-hooks.ts';

const page = buildPage(document.getElementById('app') ?? document.body, () => renderGraphCount(page));
connectNavigation({ redraw: () => void render(page), isDrawn: (key) => page.graph.has(key) });

normaliseAddress();
// Subscribed before the first answers are asked for, so that no change falls between them.
const live = connectLive(page);
installTestHooks(page.graph, live);
void loadTimeline(page);
void render(page);
