/**
 * Follows every committed change of the graph: one `changes` subscription per page, over
 * graphql-yoga's Server-Sent Events through the graphql-sse client. Each change is handed on once, in
 * order. When the stream is lost (network, server restart, shutdown), it subscribes again after a
 * back-off with `afterSeq` set to the last sequence number it handed on, so that the server replays
 * exactly what was missed; anything it sees again is skipped by its sequence number.
 *
 * graphql-sse's own retries are switched off: they send the first request again unchanged, which would
 * resume from where the page started rather than from the last change it saw.
 */

import { createClient, type ExecutionResult, type RequestParams } from 'graphql-sse';
import { documentIdOf } from '../../client/request.ts';
import { type Change, ChangesDocument, lastChangeSeq } from './api.ts';

/**
 * `connecting`: the first subscription is on its way; `live`: it is open; `reconnecting`: it was lost
 * and is being opened again; `off`: the server refused it for good (no subscriptions, no access).
 */
export type LiveState = 'connecting' | 'live' | 'reconnecting' | 'off';

export interface LiveHandlers {
  onChange(change: Change): void;
  onState(state: LiveState): void;
  /**
   * A stream opened again after a loss before any change came, so with no sequence number to resume
   * after: what the page shows may have changed unseen.
   */
  onGap(): void;
}

export interface LiveFollower {
  /** The sequence number of the last change handed on (null before the first). */
  readonly seq: number | null;
}

/** Back-off before the n-th reconnection (0-based): 0.5 s doubling up to 30 s, plus up to half again. */
export function backoffMs(attempt: number, random = Math.random()): number {
  const base = Math.min(30_000, 500 * 2 ** attempt);
  return Math.round(base * (1 + random / 2));
}

/** A stream that stayed open this long was healthy: the next loss starts the back-off over. */
const HEALTHY_MS = 30_000;

/** Codes after which subscribing again cannot help. */
const FINAL_CODES = new Set(['FORBIDDEN', 'UNAUTHENTICATED', 'NOT_FOUND', 'PERSISTED_QUERY_NOT_FOUND']);

type Result = ExecutionResult<{ changes: Change }, unknown>;

export function followChanges(handlers: LiveHandlers, url = '/graphql'): LiveFollower {
  const client = createClient({ url, singleConnection: false, retryAttempts: 0 });
  const documentId = documentIdOf(ChangesDocument);
  let seq: number | null = null;
  let attempt = 0;
  let unsubscribe: (() => void) | undefined;
  let failed = false;

  function subscribe(): void {
    // The server takes the document by its trusted id (src/http/trusted-documents.ts); `query`
    // stays empty so that a server running trusted documents only accepts it.
    const request: RequestParams & { documentId: string } = {
      query: '',
      documentId,
      variables: seq === null ? {} : { afterSeq: seq },
    };
    let openedAt = 0;
    let settled = false;
    const lost = (resumeAfterSeq?: number) => {
      if (settled) return;
      settled = true;
      unsubscribe?.();
      if (seq === null && resumeAfterSeq !== undefined) seq = resumeAfterSeq;
      if (openedAt && Date.now() - openedAt > HEALTHY_MS) attempt = 0;
      failed = true;
      handlers.onState('reconnecting');
      setTimeout(subscribe, backoffMs(attempt++));
    };
    unsubscribe = client.subscribe<{ changes: Change }, unknown>(
      request,
      {
        next: (result: Result) => {
          const error = result.errors?.[0];
          if (error) {
            const code = String(error.extensions?.code ?? '');
            if (FINAL_CODES.has(code)) {
              settled = true;
              unsubscribe?.();
              handlers.onState('off');
              return;
            }
            const resume = error.extensions?.resumeAfterSeq;
            lost(typeof resume === 'number' ? resume : undefined);
            return;
          }
          const change = result.data?.changes;
          if (!change || (seq !== null && change.seq <= seq)) return;
          seq = change.seq;
          attempt = 0;
          handlers.onChange(change);
        },
        error: () => lost(),
        complete: () => lost(),
      },
      {
        connected: () => {
          openedAt = Date.now();
          handlers.onState('live');
          if (failed && seq === null) handlers.onGap();
        },
      },
    );
  }

  handlers.onState('connecting');
  // From where the log ends before the page's first reads: a change committed while they run
  // comes through the stream. Without an answer, the stream starts wherever it opens.
  void lastChangeSeq()
    .then((last) => {
      seq ??= last;
    })
    .catch(() => {})
    .finally(subscribe);
  return {
    get seq() {
      return seq;
    },
  };
}
