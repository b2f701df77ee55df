import { createHash, timingSafeEqual } from 'node:crypto';
import type { Role, Viewer } from '../context.ts';

export interface NamedToken {
  name: string;
  token: string;
}

/**
 * Who may do what: editors write, readers read; reads need no token unless publicReads is off.
 * From KG_EDITOR_TOKENS, KG_READER_TOKENS and KG_PUBLIC_READS (src/process/config.ts).
 */
export interface AuthSettings {
  editors: NamedToken[];
  readers: NamedToken[];
  publicReads: boolean;
}

/** The defaults: public reads, no editors, no readers. */
export const DEFAULT_AUTH_SETTINGS: AuthSettings = { editors: [], readers: [], publicReads: true };

/** Tokens shorter than this are refused at start-up. */
export const MIN_TOKEN_LENGTH = 16;

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * Resolves `Authorization: Bearer <token>` to a viewer. Tokens are compared as SHA-256 digests with
 * timingSafeEqual, and every configured token is compared, so timing reveals neither a token nor
 * how many there are.
 */
export function authenticate(authorization: string | null, settings: AuthSettings): Viewer | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  if (!match?.[1]) return undefined;
  const presented = digest(match[1]);
  let found: Viewer | undefined;
  const check = (tokens: NamedToken[], role: Role) => {
    for (const { name, token } of tokens) {
      if (timingSafeEqual(presented, digest(token)) && !found) found = { name, role };
    }
  };
  check(settings.editors, 'editor');
  check(settings.readers, 'reader');
  return found;
}

const viewers = new WeakMap<Request, Viewer | null>();

/** The viewer of a request, authenticated once however many hooks ask (context, response cache, trusted documents). */
export function viewerOf(request: Request, settings: AuthSettings): Viewer | undefined {
  if (!viewers.has(request)) {
    viewers.set(request, authenticate(request.headers.get('authorization'), settings) ?? null);
  }
  return viewers.get(request) ?? undefined;
}
