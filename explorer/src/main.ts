/**
 * The explorer's entry point: builds the page, and draws the view the URL names whenever it changes.
 * The view lives in the URL (navigation.ts), so reloads, shared links and back/forward all land on
 * the same view.
 */

// Self-hosted CJK fonts, in slices by unicode-range: a browser fetches only the slices of the
// characters on screen, and none when the system has Noto CJK (named first in the stacks).
import '@fontsource-variable/noto-sans-sc';
import '@fontsource-variable/noto-serif-sc';
import './style.css';
import { buildPage } from './layout.ts';
import { connectNavigation, normaliseAddress } from './navigation.ts';
import { loadTimeline, render, renderGraphCount } from './render.ts';
import { installTestHooks } from './test-hooks.ts';

const page = buildPage(document.getElementById('app') ?? document.body, () => renderGraphCount(page));
connectNavigation({ redraw: () => void render(page), isDrawn: (key) => page.graph.has(key) });
installTestHooks(page.graph);

normaliseAddress();
void loadTimeline(page);
void render(page);
