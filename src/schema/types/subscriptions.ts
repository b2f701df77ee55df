import type { Context } from '../../context.ts';
import { badInput, userError } from '../../errors.ts';
import type { ChangeRow } from '../../graph/change-log.ts';
import type { EntityRow } from '../../graph/storage.ts';
import { builder } from '../builder.ts';
import { EntityRef } from '../refs.ts';
import { ChangeRef } from './change.ts';

/**
 * Subscriptions, over graphql-yoga's Server-Sent Events: `changes` (every committed change, in
 * order, resumable with `afterSeq`) and `entityChanged` (one entity after each change that touches
 * it). They come from the change log in Neo4j, so a write on any instance reaches every
 * instance's subscribers (src/http/change-feed.ts). Reads' rules hold: the reader scope, checked
 * when the subscription starts; depth and cost limits on the document; caps on open streams.
 */

builder.subscriptionType({
  description:
    "Follow the knowledge graph as it changes (Server-Sent Events: `Accept: text/event-stream`). Each event carries its change's `seq`: after a lost connection, subscribe again with `afterSeq` and nothing is missed or repeated.",
  authScopes: { reader: true },
});

interface EntityChange {
  change: ChangeRow;
  key: string;
  entity: EntityRow | undefined;
}

const EntityChangeRef = builder.objectRef<EntityChange>('EntityChange').implement({
  description:
    'An entity as it is right after a change that touched it (its fields, relationships or figures).',
  fields: (t) => ({
    seq: t.int({
      description: "The change's sequence number: resume after it.",
      resolve: (event) => event.change.seq,
    }),
    change: t.field({ type: ChangeRef, description: 'The change itself.', resolve: (event) => event.change }),
    key: t.exposeString('key', { description: 'The entity followed.' }),
    deleted: t.boolean({
      description: 'True when the entity is deleted (or soft-deleted) after this change.',
      resolve: (event) => event.entity === undefined,
    }),
    entity: t.field({
      type: EntityRef,
      nullable: true,
      description: 'The entity as it is now; null when deleted.',
      resolve: (event) => event.entity ?? null,
    }),
  }),
});

function liveChanges(ctx: Context, afterSeq: number | null | undefined): AsyncIterableIterator<ChangeRow> {
  if (afterSeq != null && afterSeq < 0)
    throw badInput(`\`afterSeq\` must be 0 or more; got ${afterSeq}.`, 'afterSeq');
  if (!ctx.live) throw userError('NOT_FOUND', 'This server offers no subscriptions.');
  return ctx.live.changes(ctx.client, afterSeq ?? undefined);
}

const afterSeqArgument = {
  description:
    'Replay from the change log every change after this sequence number first (the last `seq` a client saw), then follow live. Omitted: only changes from now on.',
};

builder.subscriptionFields((t) => ({
  changes: t.field({
    type: ChangeRef,
    description:
      'Every committed change, in order, each once: who, which mutation, which keys, before and after.',
    args: { afterSeq: t.arg.int(afterSeqArgument) },
    subscribe: (_root, args, ctx) => liveChanges(ctx, args.afterSeq),
    resolve: (change) => change,
  }),
  entityChanged: t.field({
    type: EntityChangeRef,
    description:
      'One entity after every change that touches it: its fields, its relationships or its figures; `deleted` when it goes.',
    args: {
      key: t.arg.string({ required: true, description: 'Key of the entity, e.g. `scenic:zhuoshui`.' }),
      afterSeq: t.arg.int(afterSeqArgument),
    },
    subscribe: async (_root, args, ctx) => {
      if (!(await ctx.repos.entities.isKnown(args.key)))
        throw userError('NOT_FOUND', `No entity has the key "${args.key}".`, { argument: 'key' });
      return filterMap(liveChanges(ctx, args.afterSeq), async (change) => {
        if (!change.keys.includes(args.key)) return undefined;
        // Each event reads the entity afresh, and its fields read with loaders of their own.
        ctx.renew();
        return { change, key: args.key, entity: await ctx.loaders.entity.load(args.key) };
      });
    },
    resolve: (event: EntityChange) => event,
  }),
}));

/**
 * The items of `source` that `map` keeps, mapped. Not a generator: a generator waiting on the
 * source would hear its client leave only at its next yield, which a filtered stream may never reach.
 */
function filterMap<T, U>(
  source: AsyncIterableIterator<T>,
  map: (item: T) => Promise<U | undefined>,
): AsyncIterableIterator<U> {
  const done = { done: true as const, value: undefined };
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next() {
      for (;;) {
        const item = await source.next();
        if (item.done) return done;
        const mapped = await map(item.value);
        if (mapped !== undefined) return { done: false, value: mapped };
      }
    },
    async return() {
      await source.return?.();
      return done;
    },
    async throw(error?: unknown) {
      await source.return?.();
      throw error;
    },
  };
}
