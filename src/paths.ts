import { fileURLToPath } from 'node:url';

/** Absolute path of the repository root, whatever the current directory. */
export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

export const fromRoot = (...segments: string[]): string =>
  [projectRoot.replace(/\/$/, ''), ...segments].join('/');
