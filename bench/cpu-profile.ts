import type { Profiler } from 'node:inspector';

/**
 * Prints a V8 CPU profile's self time by layer (the package under node_modules, our file under src/
 * or bench/, node's module, or V8's own: GC, program, idle left out) and by function, each scaled
 * to milliseconds of CPU per request from `msPerRequest`, the process's CPU time over the requests.
 * For bench/profile-ours.ts (in-process) and bench/profile-http.ts (over HTTP).
 */
export function printProfile(
  profile: Profiler.Profile,
  msPerRequest: number,
  { layers = 25, functions = 30 } = {},
) {
  const counts = new Map<number, number>();
  for (const id of profile.samples ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
  const byLayer = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const node of profile.nodes) {
    const { url, functionName, lineNumber } = node.callFrame;
    const n = counts.get(node.id) ?? 0;
    const inPackages = url.split('node_modules/').at(-1) ?? '';
    const layer = url.includes('node_modules/')
      ? inPackages
          .split('/')
          .slice(0, inPackages.startsWith('@') ? 2 : 1)
          .join('/')
      : url.includes('/src/') || url.includes('/bench/')
        ? url.replace(/.*\/(src|bench)\//, '$1/')
        : url
          ? `node:${url.replace(/^node:/, '').split('/')[0]}`
          : `(${functionName || 'native'})`;
    byLayer.set(layer, (byLayer.get(layer) ?? 0) + n);
    const where = `${functionName || '(anon)'} ${url.replace(/.*node_modules\//, '').replace(/.*\/(src|bench)\//, '$1/')}:${lineNumber}`;
    byFunction.set(where, (byFunction.get(where) ?? 0) + n);
  }
  const busy = (profile.samples?.length ?? 1) - (byLayer.get('((idle))') ?? 0);
  const ms = (n: number) => ((msPerRequest * n) / busy).toFixed(3).padStart(7);
  const top = (map: Map<string, number>, count: number) =>
    [...map]
      .filter(([name]) => !name.startsWith('(idle)') && name !== '((idle))')
      .sort((a, b) => b[1] - a[1])
      .slice(0, count);
  for (const [layer, n] of top(byLayer, layers)) console.log(`${ms(n)} ms/req  ${layer}`);
  console.log('--- hottest functions (self time, ms/req) ---');
  for (const [where, n] of top(byFunction, functions)) console.log(`${ms(n)}  ${where}`);
}
