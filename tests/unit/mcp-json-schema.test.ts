import { Kind, type OperationDefinitionNode, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { variablesJsonSchema } from '../../src/http/json-schema.ts';
import { toolName } from '../../src/http/mcp.ts';
import { schema } from '../../src/schema/index.ts';

/** The MCP tools' input schemas: JSON Schema derived from an operation's variables against the schema. */

const operation = (document: string) =>
  parse(document).definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  ) as OperationDefinitionNode;

describe('variablesJsonSchema', () => {
  it('maps scalars, required-ness, defaults, lists and enums, with the arguments’ descriptions', () => {
    const json = variablesJsonSchema(
      schema,
      operation(`query Q($query: String!, $types: [EntityType!], $first: Int = 5, $x: Float, $y: Boolean, $id: ID!) {
        search(query: $query, types: $types, first: $first) { score }
        node(id: $id) { id }
        statistics(where: { value: { gte: $x } }) { totalCount }
      }`),
    );
    expect(json).toMatchObject({
      type: 'object',
      required: ['query', 'id'],
      additionalProperties: false,
      properties: {
        query: { type: 'string' },
        types: { type: 'array', items: { type: 'string', enum: expect.arrayContaining(['SCENIC_AREA']) } },
        first: { type: 'integer', default: 5 },
        x: { type: 'number' },
        y: { type: 'boolean' },
        id: { type: 'string' },
      },
    });
    expect(json.properties?.query?.description).toBeTruthy();
    expect(json.$defs).toBeUndefined();
  });

  it('puts input objects in $defs, so recursive filters stay finite, with their required fields', () => {
    const json = variablesJsonSchema(
      schema,
      operation('query Q($where: StatisticFilter!) { statistics(where: $where) { totalCount } }'),
    );
    expect(json.required).toEqual(['where']);
    expect(json.properties?.where).toMatchObject({ $ref: '#/$defs/StatisticFilter' });
    expect(json.$defs?.StatisticFilter).toMatchObject({
      type: 'object',
      additionalProperties: false,
      properties: {
        AND: { type: 'array', items: { $ref: '#/$defs/StatisticFilter' } },
        year: { $ref: '#/$defs/IntRangeFilter' },
      },
    });
    expect(json.$defs?.IntRangeFilter?.properties?.gte).toMatchObject({ type: 'integer' });
  });
});

describe('toolName', () => {
  it('is the operation name after Mcp, in snake_case', () => {
    expect(toolName('McpGetEntity')).toBe('get_entity');
    expect(toolName('McpSearchEntities')).toBe('search_entities');
    expect(toolName('McpFigureGroups')).toBe('figure_groups');
  });
});
