import { fileURLToPath } from 'node:url';

/**
 * Absolute path of the repository root, whatever the current directory. This module runs as
 * src/project-root.ts (tsx, tests) or compiled as dist/src/project-root.js (`npm start`, Docker), so
 * the root is one or two folders up; files read through fromRoot (cypher/, seed/, explorer/dist,
 * client/generated/) are never compiled and stay where they are.
 */
export const projectRoot = fileURLToPath(
  new URL(import.meta.url.endsWith('/dist/src/project-root.js') ? '../..' : '..', import.meta.url),
);

export const fromRoot = (...segments: string[]): string =>
  [projectRoot.replace(/\/$/, ''), ...segments].join('/');
