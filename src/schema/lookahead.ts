import { GraphQLDeferDirective } from '@graphql-tools/utils';
import {
  type FieldNode,
  type FragmentSpreadNode,
  type GraphQLField,
  GraphQLIncludeDirective,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  GraphQLSkipDirective,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  type InlineFragmentNode,
  isAbstractType,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import { ENTITY_TYPE_NAMES, ENTITY_TYPES, type EntityType } from '../domain/vocabulary.ts';
import { type Ask, type Asked, askId, merged } from '../graph/asks.ts';
import { DETAIL_FIELDS, type EntityParts, WHOLE_ENTITY } from '../graph/storage.ts';

/**
 * Selection lookahead: a root field returning entities reads, in its own GraphQL selection, what its
 * entities' fields will ask of them (relationship pages, statistics), so that it fetches the
 * entities and those answers in one statement and primes the loaders; the fields then find their
 * data without a round trip of their own. Each such field declares its asks on itself
 * (`asksExtension`), computed from its arguments by the same function its resolver uses, so the
 * two cannot drift apart.
 */

const ASKS = 'asks';

/**
 * What a field's resolver asks of its entity, as a function of the field's argument values and,
 * for a field returning entities found at `itemsAt` below it, of the parts its selection reads of
 * them (`entityParts`).
 */
class FieldAsks {
  constructor(
    readonly of: (args: Readonly<Record<string, unknown>>, parts: EntityParts | undefined) => Ask[],
    readonly itemsAt: readonly string[] | undefined,
  ) {}
}

/**
 * Field `extensions` declaring what the field's resolver asks of its entity for given arguments;
 * with `itemsAt`, for given parts of the entities it returns there too (the resolver computes them
 * with `entityParts(info, itemsAt)`, so the ask it makes is the one read ahead).
 */
export function asksExtension<Args extends object>(
  asks: (args: Args, parts: EntityParts) => Ask[],
  itemsAt?: readonly string[],
): Record<string, unknown> {
  // The values come from graphql's getArgumentValues for this very field: coerced against the
  // field's own arguments, they are what its resolver receives as `Args`.
  return {
    [ASKS]: new FieldAsks((args, parts) => asks(args as Args, parts ?? WHOLE_ENTITY), itemsAt),
  };
}

const TYPE_OF_LABEL = new Map<string, EntityType>(
  ENTITY_TYPE_NAMES.map((type) => [ENTITY_TYPES[type].label, type]),
);

/**
 * What the entities returned by the current field (or found at `path` below it, e.g. `edges.node`
 * of a connection) will be asked, each ask with the entity types it is for (none: for every type).
 */
export function lookahead(info: GraphQLResolveInfo, path: readonly string[] = []): Asked[] {
  const at = selectedAt(info, path, 'now');
  if (!at) return [];
  const types = concreteTypes(info, at.type);
  const found = new Map<string, { ask: Ask; types: Set<EntityType> }>();
  for (const set of selectionSets(at.nodes)) gather(info, set, types, found);
  return [...found.values()].map(({ ask, types: askedBy }) =>
    askedBy.size === types.length ? { ask } : { ask, types: [...askedBy] },
  );
}

/**
 * Whether the current field's selection selects `path` below it (e.g. `['relationships']` of a
 * subgraph), through fragments, aliases and @skip / @include. A deferred selection counts: its part
 * is resolved from what the field fetched now.
 */
export function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  return (selectedAt(info, path, 'later')?.nodes.length ?? 0) > 0;
}

/**
 * What a list or graph query reads of the entities it returns (or finds at `path` below it): their
 * details when one of DETAIL_FIELDS is selected on them, their citations when `citations` is (on
 * `Entity` or a concrete type, in a fragment or not, deferred or not). A field reading a part the
 * query left out loads the whole entity (Loaders.part).
 */
export function entityParts(info: GraphQLResolveInfo, path: readonly string[]): EntityParts {
  return partsOf(info, selectedAt(info, path, 'later'));
}

function partsOf(info: GraphQLResolveInfo, at: ReturnType<typeof selectedAt>): EntityParts {
  if (!at) return { details: false, citations: false };
  const types = concreteTypes(info, at.type);
  const sets = selectionSets(at.nodes);
  return {
    details: sets.some((set) => selectsField(info, set, types, DETAIL_FIELDS)),
    citations: sets.some((set) => selectsField(info, set, types, 'citations')),
  };
}

/**
 * Which parts of a selection a resolver reads ahead: `now`, what its first part resolves (deferred
 * fragments are asked when their part runs, through the loaders); `later`, everything the field's
 * result will be asked, deferred or not.
 */
type Parts = 'now' | 'later';

/** The field nodes selecting `path` below the current field, and their type; undefined off the schema. */
const selectedAt = (info: GraphQLResolveInfo, path: readonly string[], parts: Parts) =>
  selectedBelow(info, info.fieldNodes, getNamedType(info.returnType), path, parts);

/** The field nodes selecting `path` below `nodes`, fields of `type`, and their type; undefined off the schema. */
function selectedBelow(
  info: GraphQLResolveInfo,
  fieldNodes: readonly FieldNode[],
  fieldType: GraphQLNamedType,
  path: readonly string[],
  parts: Parts,
): { nodes: readonly FieldNode[]; type: GraphQLNamedType } | undefined {
  let type = fieldType;
  let nodes = fieldNodes;
  for (const name of path) {
    const field: GraphQLField<unknown, unknown> | undefined = isObjectType(type)
      ? type.getFields()[name]
      : undefined;
    if (!field) return undefined;
    const found: FieldNode[] = [];
    for (const set of selectionSets(nodes))
      collectFields(info, set, type.name, parts, (node) => {
        if (node.name.value === name) found.push(node);
      });
    nodes = found;
    type = getNamedType(field.type);
  }
  return { nodes, type };
}

/** Whether the set selects `field` (or one of) on any of `types`, through fragments that apply to them. */
function selectsField(
  info: GraphQLResolveInfo,
  set: SelectionSetNode,
  types: readonly GraphQLObjectType[],
  field: string | readonly string[],
): boolean {
  if (types.length === 0) return false;
  return set.selections.some((selection) => {
    if (!included(info, selection, 'later')) return false;
    if (selection.kind === Kind.FIELD)
      return typeof field === 'string'
        ? selection.name.value === field
        : field.includes(selection.name.value);
    const fragment = fragmentOf(info, selection);
    return (
      fragment !== undefined &&
      selectsField(
        info,
        fragment.selectionSet,
        narrowed(info, types, fragment.typeCondition?.name.value),
        field,
      )
    );
  });
}

const selectionSets = (nodes: readonly FieldNode[]): SelectionSetNode[] =>
  nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));

/** The entity types a field of `type` may return; the same list for the same type (see askingFields). */
function concreteTypes(info: GraphQLResolveInfo, type: GraphQLNamedType): readonly GraphQLObjectType[] {
  let types = concreteTypesOf.get(type);
  if (types) return types;
  const objects = isAbstractType(type)
    ? info.schema.getPossibleTypes(type)
    : isObjectType(type)
      ? [type]
      : [];
  types = objects.filter((object) => TYPE_OF_LABEL.has(object.name));
  concreteTypesOf.set(type, types);
  return types;
}

const concreteTypesOf = new WeakMap<GraphQLNamedType, readonly GraphQLObjectType[]>();

/**
 * Whether @skip / @include leave the selection in and, for the `now` parts, it is not deferred: a
 * deferred fragment's asks are made when its part runs, through the loaders (one statement for all
 * the items that defer it), so that the first part does not wait for them.
 */
function included(
  info: GraphQLResolveInfo,
  node: Parameters<typeof getDirectiveValues>[1],
  parts: Parts,
): boolean {
  if (!node.directives?.length) return true;
  if (getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.if === true) return false;
  if (parts === 'now' && getDirectiveValues(GraphQLDeferDirective, node, info.variableValues)?.if === true)
    return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.if !== false;
}

/** The fragment a spread names, or the inline fragment itself. */
const fragmentOf = (info: GraphQLResolveInfo, selection: InlineFragmentNode | FragmentSpreadNode) =>
  selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];

/** Calls `visit` for every field of the set, through inline fragments and spreads that apply to `typeName`. */
function collectFields(
  info: GraphQLResolveInfo,
  set: SelectionSetNode,
  typeName: string,
  parts: Parts,
  visit: (node: FieldNode) => unknown,
) {
  for (const selection of set.selections) {
    if (!included(info, selection, parts)) continue;
    if (selection.kind === Kind.FIELD) visit(selection);
    else {
      const fragment = fragmentOf(info, selection);
      const condition = fragment?.typeCondition?.name.value;
      if (fragment && (!condition || condition === typeName))
        collectFields(info, fragment.selectionSet, typeName, parts, visit);
    }
  }
}

/** Adds the asks of the set's fields, for the entity types each field is selected on. */
function gather(
  info: GraphQLResolveInfo,
  set: SelectionSetNode,
  types: readonly GraphQLObjectType[],
  found: Map<string, { ask: Ask; types: Set<EntityType> }>,
) {
  for (const selection of set.selections) {
    if (!included(info, selection, 'now')) continue;
    if (selection.kind !== Kind.FIELD) {
      const fragment = fragmentOf(info, selection);
      if (fragment)
        gather(info, fragment.selectionSet, narrowed(info, types, fragment.typeCondition?.name.value), found);
      continue;
    }
    for (const { asksOf, field, types: on } of askingFields(types, selection.name.value)) {
      let asks: Ask[];
      try {
        // The parts as the field's resolver computes them from its own nodes (entityParts).
        const parts =
          asksOf.itemsAt &&
          partsOf(info, selectedBelow(info, [selection], getNamedType(field.type), asksOf.itemsAt, 'later'));
        asks = asksOf.of(getArgumentValues(field, selection, info.variableValues), parts);
      } catch {
        continue; // bad arguments: the field's own resolver reports them, on its own path
      }
      for (const ask of asks) {
        const id = askId(ask);
        const before = found.get(id);
        const entry = before
          ? { ask: merged(before.ask, ask), types: before.types }
          : { ask, types: new Set<EntityType>() };
        for (const type of on) entry.types.add(type);
        found.set(id, entry);
      }
    }
  }
}

/**
 * The fields named `name` that declare asks, on the types among `types` that have them, grouped by
 * their asks: fields an interface gives every type share one function, so their arguments are read
 * once. It depends on the schema alone, so it is worked out once per list of types and name (the
 * lists come from `concreteTypes` and `narrowed`, which keep each one's identity), not per request.
 */
function askingFields(types: readonly GraphQLObjectType[], name: string): readonly AskingField[] {
  return cachedPer(askingFieldsOf, types, name, () => {
    const byAsks = new Map<FieldAsks, AskingField>();
    for (const type of types) {
      const field = type.getFields()[name];
      const asksOf = field?.extensions[ASKS];
      const entityType = TYPE_OF_LABEL.get(type.name);
      if (!field || !(asksOf instanceof FieldAsks) || !entityType) continue;
      const entry = byAsks.get(asksOf) ?? { asksOf, field, types: [] };
      entry.types.push(entityType);
      byAsks.set(asksOf, entry);
    }
    return [...byAsks.values()];
  });
}

interface AskingField {
  asksOf: FieldAsks;
  field: GraphQLField<unknown, unknown>;
  types: EntityType[];
}

const askingFieldsOf = new WeakMap<readonly GraphQLObjectType[], Map<string, readonly AskingField[]>>();

/** The types among `types` that a fragment on `condition` applies to; the same list for the same inputs. */
function narrowed(
  info: GraphQLResolveInfo,
  types: readonly GraphQLObjectType[],
  condition: string | undefined,
): readonly GraphQLObjectType[] {
  if (!condition) return types;
  return cachedPer(narrowedOf, types, condition, () => {
    const on = info.schema.getType(condition);
    return on
      ? types.filter((type) => type === on || (isAbstractType(on) && info.schema.isSubType(on, type)))
      : [];
  });
}

const narrowedOf = new WeakMap<readonly GraphQLObjectType[], Map<string, readonly GraphQLObjectType[]>>();

/** What `compute` gives for `owner` and `name`, worked out once (the schema's parts never change). */
function cachedPer<Owner extends object, Value>(
  cache: WeakMap<Owner, Map<string, Value>>,
  owner: Owner,
  name: string,
  compute: () => Value,
): Value {
  let byName = cache.get(owner);
  if (!byName) {
    byName = new Map();
    cache.set(owner, byName);
  }
  if (!byName.has(name)) byName.set(name, compute());
  return byName.get(name) as Value;
}
