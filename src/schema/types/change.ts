import type { OutputRef } from '@pothos/core';
import { validationError } from '../../errors.ts';
import type { ChangeRow } from '../../graph/change-log.ts';
import type { ProjectedEntityRow, RelationshipRow, SourceRow, StatisticRow } from '../../graph/storage.ts';
import { pageArgs, pageSize } from '../arguments.ts';
import { builder } from '../builder.ts';
import { connectionType } from '../connection.ts';
import { afterOffset, connection, offsetCursor } from '../pagination.ts';
import { EntityRef } from '../refs.ts';

/** The history of edits: the `Change` type, the `changes` query and `Entity.history`. */

export const ChangeRef = builder.objectRef<ChangeRow>('Change').implement({
  description: 'One recorded edit of the knowledge graph.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Unique id of the change.' }),
    seq: t.exposeInt('seq', { description: 'Position in the total order of changes (1, 2, 3 ...).' }),
    at: t.exposeString('at', { description: 'When it was committed, ISO 8601 with time zone.' }),
    who: t.exposeString('who', { description: 'The name of the editor token that made it.' }),
    mutation: t.exposeString('mutation', { description: 'Which mutation, e.g. `upsertEntity`.' }),
    keys: t.exposeStringList('keys', { description: 'Keys of the entities it touched.' }),
    before: t.field({
      type: 'JSON',
      nullable: true,
      description: 'The thing as it was before (null when it was created).',
      resolve: (change) => (change.before ? JSON.parse(change.before) : null),
    }),
    after: t.field({
      type: 'JSON',
      nullable: true,
      description: 'The thing as it is after (null when it was removed or deleted).',
      resolve: (change) => (change.after ? JSON.parse(change.after) : null),
    }),
  }),
});

const ChangeConnectionRef = connectionType(ChangeRef, 'Change', 'changes');

builder.interfaceField(EntityRef, 'history', (t) =>
  t.field({
    type: [ChangeRef],
    description: 'Every recorded change of this entity, its relationships and statistics, oldest first.',
    resolve: (entity, _args, ctx) => ctx.loaders.history.load(entity.key),
  }),
);

builder.queryField('changes', (t) =>
  t.field({
    type: ChangeConnectionRef,
    description: 'The history of all edits, oldest first, optionally since an instant.',
    args: {
      since: t.arg.string({
        description: 'Only changes at or after this ISO 8601 instant, e.g. 2026-01-01T00:00:00Z.',
      }),
      ...pageArgs(t.arg, 50),
    },
    resolve: async (_root, args, ctx) => {
      const first = pageSize(args.first, 50);
      if (args.since != null && Number.isNaN(Date.parse(args.since))) {
        throw validationError([`since: "${args.since}" is not an ISO 8601 instant`]);
      }
      // A change's cursor is its sequence number: pages stay stable while new changes are appended.
      const afterSeq = args.after == null ? undefined : afterOffset(args.after) - 1;
      const page = await ctx.repos.changeLog.changes(args.since ?? undefined, afterSeq, first);
      return connection(
        page.rows,
        (row) => offsetCursor(row.seq),
        page.total,
        page.hasNextPage,
        afterSeq !== undefined,
      );
    },
  }),
);

/** What a mutation's payload carries besides the change: the thing it edited, as it is now. */
type Edited = ProjectedEntityRow | RelationshipRow | StatisticRow | SourceRow;
type EditedField = 'entity' | 'relationship' | 'statistic' | 'source';

/**
 * `<Name> { change, <field> }`: what a mutation answers, the thing as it is after the change (null
 * once deleted or removed) and the recorded change.
 */
export function changePayload(
  name: string,
  field: EditedField,
  ref: OutputRef<Edited>,
  description: { type: string; field: string },
) {
  return builder.objectRef<{ change: ChangeRow } & { [key in EditedField]?: Edited | null }>(name).implement({
    description: description.type,
    fields: (t) => ({
      change: t.field({ type: ChangeRef, description: 'The recorded change.', resolve: (p) => p.change }),
      [field]: t.field({
        type: ref,
        nullable: true,
        description: description.field,
        resolve: (p) => p[field] ?? null,
      }),
    }),
  });
}

builder.queryField('lastChangeSeq', (t) =>
  t.int({
    description:
      "The sequence number of the latest committed change (0 before the first). Read it before a page's first queries and subscribe to `changes(afterSeq:)` with it: nothing committed in between is missed.",
    resolve: (_root, _args, ctx) => ctx.repos.changeLog.lastSeq(),
  }),
);
