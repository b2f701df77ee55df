import type { Context } from '../context.ts';
import type { EntityRow, ProjectedEntityRow } from '../graph/storage.ts';

/**
 * The resolver of a field reading one part of an entity (Loaders.part: at once from a row that has
 * it, else from the whole row). `shape` makes the field's value of the part, or of `undefined` for
 * an entity deleted since.
 */
export const fromPart =
  <Part extends keyof EntityRow, Value>(part: Part, shape: (value: EntityRow[Part] | undefined) => Value) =>
  (entity: ProjectedEntityRow, _args: object, ctx: Context): Value | Promise<Value> => {
    const value = ctx.loaders.part(entity, part);
    return value instanceof Promise ? value.then(shape) : shape(value);
  };
