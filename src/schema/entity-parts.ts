import type { Context } from '../context.ts';
import type { EntityRow, ProjectedEntityRow } from '../graph/storage.ts';

/**
 * The resolver of a field reading one part of an entity: from the row when it has the part, at once
 * (no promise per field and entity: most rows are whole), else from the whole row (Loaders.part, one
 * batch per level). `shape` makes the field's value of the part, or of `undefined` for an entity
 * deleted since.
 */
export const fromPart =
  <Part extends keyof EntityRow, Value>(part: Part, shape: (value: EntityRow[Part] | undefined) => Value) =>
  (entity: ProjectedEntityRow, _args: object, ctx: Context): Value | Promise<Value> => {
    const value = entity[part];
    return value !== undefined ? shape(value as EntityRow[Part]) : ctx.loaders.part(entity, part).then(shape);
  };
