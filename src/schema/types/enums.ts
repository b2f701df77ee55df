import { ENTITY_TYPES, RELATIONSHIP_TYPES } from '../../domain/vocabulary.ts';
import { builder } from '../builder.ts';

/** GraphQL enums made from the domain's closed vocabularies (src/domain/vocabulary.ts). */

export const EntityTypeEnum = builder.enumType('EntityType', {
  description: 'The kind of an entity; each has its own object type implementing `Entity`.',
  values: Object.fromEntries(
    Object.entries(ENTITY_TYPES).map(([name, { description }]) => [name, { value: name, description }]),
  ) as { [K in keyof typeof ENTITY_TYPES]: { value: K; description: string } },
});

export const RelationshipTypeEnum = builder.enumType('RelationshipType', {
  description: 'The closed vocabulary of relationships between entities (direction: from -> to).',
  values: Object.fromEntries(
    Object.entries(RELATIONSHIP_TYPES).map(([name, description]) => [name, { value: name, description }]),
  ) as { [K in keyof typeof RELATIONSHIP_TYPES]: { value: K; description: string } },
});

export const DirectionEnum = builder.enumType('Direction', {
  description: 'Which relationships of an entity to follow.',
  values: {
    OUT: { value: 'OUT', description: 'Relationships that start at the entity.' },
    IN: { value: 'IN', description: 'Relationships that end at the entity.' },
    BOTH: { value: 'BOTH', description: 'Both.' },
  } as const,
});
