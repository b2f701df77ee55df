/**
 * `npx tsx bench/page-weight.ts [--url http://127.0.0.1:4000] [--path /explorer/?entity=...]`: what
 * the explorer page costs a reader over the wire, measured in the headless Chromium the page tests use
 * (tests/support/browser.ts), against a server that is already running (`npm start`).
 *
 * After a warm-up visit that is not counted, two visits in one fresh browser context: the first with an empty cache, the second a new tab opening the
 * same address, as a returning reader would. For each it prints every response with its status,
 * Content-Encoding, where it came from (network, cache, or 304 revalidation), the bytes that crossed
 * the wire (headers included, Chromium's `encodedDataLength`) and the body's size once decoded, then
 * the totals per kind and overall. `--json` prints the same as JSON.
 */

import { parseArgs } from 'node:util';
import type { BrowserContext } from 'playwright-core';
import { launchBrowser } from '../tests/support/browser.ts';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:4000' },
    path: { type: 'string', default: '/explorer/?entity=scenic:zhuoshui&lang=zh' },
    json: { type: 'boolean', default: false },
  },
});

interface Row {
  url: string;
  type: string;
  status: number;
  encoding: string;
  source: 'network' | 'cache' | 'revalidated';
  /** Bytes received over the connection, headers included. */
  transferred: number;
  /** The body's size after decoding. */
  decoded: number;
}

/** Loads `address` in a new tab of `context`, waits until the network is idle, and lists what came. */
async function visit(context: BrowserContext, address: string): Promise<Row[]> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const rows = new Map<string, Row>();
  const revalidated = new Set<string>();
  // The memory cache is reported by an event of its own, before the response.
  const served = new Set<string>();
  cdp.on('Network.requestServedFromCache', ({ requestId }) => served.add(requestId));
  cdp.on('Network.responseReceived', ({ requestId, type, response }) => {
    const cached = response.fromDiskCache || response.fromPrefetchCache || served.has(requestId);
    rows.set(requestId, {
      url: response.url,
      type: type.toLowerCase(),
      status: response.status,
      encoding: response.headers['content-encoding'] ?? response.headers['Content-Encoding'] ?? '',
      source: cached ? 'cache' : 'network',
      transferred: 0,
      decoded: 0,
    });
  });
  // A 304 is answered from the cache after a round trip: Chromium reports the cached 200, so the
  // revalidation is read from the raw response headers.
  cdp.on('Network.responseReceivedExtraInfo', ({ requestId, statusCode }) => {
    if (statusCode === 304) revalidated.add(requestId);
  });
  cdp.on('Network.dataReceived', ({ requestId, dataLength }) => {
    const row = rows.get(requestId);
    if (row) row.decoded += dataLength;
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const row = rows.get(requestId);
    if (row) row.transferred = encodedDataLength;
  });
  await cdp.send('Network.enable');
  // The page keeps its live subscription open (explorer/src/live.ts), so the network never goes
  // idle: wait for the page to have nothing in flight and its fonts in place instead.
  await page.goto(address, { waitUntil: 'load' });
  await page.waitForFunction(() => {
    const page = globalThis as unknown as {
      __explorer?: { idle(): boolean };
      document: { fonts: { status: string } };
    };
    return page.__explorer?.idle() === true && page.document.fonts.status === 'loaded';
  });
  await new Promise((resolve) => setTimeout(resolve, 500));
  await page.close();
  for (const id of revalidated) {
    const row = rows.get(id);
    if (row) row.source = 'revalidated';
  }
  return [...rows.values()];
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

function report(title: string, rows: Row[], base: string): void {
  console.log(`\n${title}`);
  const width = Math.min(70, Math.max(...rows.map((row) => row.url.length - base.length)));
  for (const row of rows) {
    const name = row.url.startsWith(base) ? row.url.slice(base.length) : row.url;
    const shown = name.length > width ? `${name.slice(0, width - 1)}…` : name.padEnd(width);
    console.log(
      `  ${shown} ${row.type.padEnd(10)} ${String(row.status).padEnd(4)} ${(row.encoding || '-').padEnd(5)}` +
        ` ${row.source.padEnd(11)} ${kib(row.transferred).padStart(10)} ${kib(row.decoded).padStart(10)}`,
    );
  }
  const byType = new Map<string, { count: number; transferred: number; decoded: number }>();
  for (const row of rows) {
    const total = byType.get(row.type) ?? { count: 0, transferred: 0, decoded: 0 };
    total.count += 1;
    total.transferred += row.transferred;
    total.decoded += row.decoded;
    byType.set(row.type, total);
  }
  for (const [type, total] of byType) {
    console.log(
      `  total ${type.padEnd(10)} ${String(total.count).padStart(3)} responses  ${kib(total.transferred).padStart(10)} transferred  ${kib(total.decoded).padStart(10)} decoded`,
    );
  }
  const transferred = rows.reduce((sum, row) => sum + row.transferred, 0);
  const decoded = rows.reduce((sum, row) => sum + row.decoded, 0);
  const fromNetwork = rows.filter((row) => row.source === 'network').length;
  console.log(
    `  TOTAL ${rows.length} responses (${fromNetwork} downloaded): ${kib(transferred)} transferred, ${kib(decoded)} decoded`,
  );
}

const base = values.url.replace(/\/$/, '');
const browser = await launchBrowser();
try {
  // Not counted: a server whose Neo4j has just started can take longer than the query timeout.
  const warmUp = await browser.newContext();
  await visit(warmUp, `${base}${values.path}`);
  await warmUp.close();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const first = await visit(context, `${base}${values.path}`);
  const second = await visit(context, `${base}${values.path}`);
  await context.close();
  if (values.json) {
    console.log(JSON.stringify({ url: `${base}${values.path}`, first, second }, null, 2));
  } else {
    console.log(`${base}${values.path} in headless Chromium`);
    console.log('  columns: path, kind, status, Content-Encoding, source, transferred, decoded');
    report('First visit (empty cache)', first, base);
    report('Second visit (new tab, same context)', second, base);
  }
} finally {
  await browser.close();
}
