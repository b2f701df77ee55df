import type { OutputType } from '@pothos/core';
import { type BuilderTypes, builder } from './builder.ts';

/** Relay connection types with a `totalCount`, one per node type that is paged. */

/** A Relay connection type `<Name>Connection` with `<Name>Edge` and the `totalCount` the contract asks for. */
export function connectionType<Type extends OutputType<BuilderTypes>>(
  type: Type,
  name: string,
  items: string,
) {
  return builder.connectionObject(
    {
      type,
      name: `${name}Connection`,
      description: `A page of ${items}.`,
      fields: (t) => ({
        totalCount: t.exposeInt('totalCount', {
          description: `How many ${items} the whole list has, across all pages.`,
        }),
      }),
    },
    {
      name: `${name}Edge`,
      description: `One of the ${items} in a page, with the cursor to continue after it.`,
    },
  );
}
