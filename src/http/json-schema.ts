import {
  type GraphQLInputType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type OperationDefinitionNode,
  TypeInfo,
  typeFromAST,
  valueFromAST,
  visit,
  visitWithTypeInfo,
} from 'graphql';

/**
 * JSON Schema (draft 2020-12, as MCP tools declare their input) for the variables of a GraphQL
 * operation, derived from its variable definitions against the schema: scalars, enums, lists and input
 * objects (as `$defs`, so that recursive filters such as `StatisticFilter.AND` stay finite). A variable
 * takes the description of the argument it is passed to.
 */

export interface JsonSchema {
  type?: string;
  description?: string;
  enum?: string[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  default?: unknown;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
}

const SCALARS: Record<string, string> = {
  String: 'string',
  ID: 'string',
  Int: 'integer',
  Float: 'number',
  Boolean: 'boolean',
};

export function variablesJsonSchema(schema: GraphQLSchema, operation: OperationDefinitionNode): JsonSchema {
  const defs: Record<string, JsonSchema> = {};

  const describe = (type: GraphQLInputType): JsonSchema => {
    if (isNonNullType(type)) return describe(type.ofType);
    if (isListType(type)) return { type: 'array', items: describe(type.ofType) };
    if (isEnumType(type)) {
      return {
        type: 'string',
        enum: type.getValues().map((value) => value.name),
        ...(type.description && { description: type.description }),
      };
    }
    if (isInputObjectType(type)) {
      if (!(type.name in defs)) {
        const definition: JsonSchema = { type: 'object', additionalProperties: false };
        defs[type.name] = definition;
        const properties: Record<string, JsonSchema> = {};
        const required: string[] = [];
        for (const field of Object.values(type.getFields())) {
          properties[field.name] = {
            ...describe(field.type),
            ...(field.description && { description: field.description }),
            ...(field.defaultValue !== undefined && { default: field.defaultValue }),
          };
          if (isNonNullType(field.type) && field.defaultValue === undefined) required.push(field.name);
        }
        Object.assign(definition, {
          ...(type.description && { description: type.description }),
          properties,
          ...(required.length > 0 && { required }),
        });
      }
      return { $ref: `#/$defs/${type.name}` };
    }
    if (isScalarType(type)) {
      const json = SCALARS[type.name];
      return json ? { type: json } : { ...(type.description && { description: type.description }) };
    }
    return {};
  };

  const argumentDescriptions = new Map<string, string>();
  const typeInfo = new TypeInfo(schema);
  visit(
    operation,
    visitWithTypeInfo(typeInfo, {
      Argument: (node) => {
        const description = typeInfo.getArgument()?.description;
        if (node.value.kind === 'Variable' && description) {
          argumentDescriptions.set(node.value.name.value, description);
        }
      },
    }),
  );

  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (!type) throw new Error(`Variable $${name}: unknown type in the schema`);
    const description = argumentDescriptions.get(name);
    const fallback = definition.defaultValue ? valueFromAST(definition.defaultValue, type) : undefined;
    properties[name] = {
      ...describe(type),
      ...(description && { description }),
      ...(fallback !== undefined && { default: fallback }),
    };
    if (isNonNullType(type) && !definition.defaultValue) required.push(name);
  }
  return {
    type: 'object',
    properties,
    ...(required.length > 0 && { required }),
    additionalProperties: false,
    ...(Object.keys(defs).length > 0 && { $defs: defs }),
  };
}
