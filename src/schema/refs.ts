import { ENTITY_TYPE_NAMES, ENTITY_TYPES, type EntityType } from '../domain/vocabulary.ts';
import type {
  CitationRow,
  ProjectedEntityRow,
  RelationshipRow,
  SourceRow,
  StatisticRow,
} from '../graph/storage.ts';
import { builder } from './builder.ts';

/** Type references declared once, so domain files can point at each other without import cycles. */
/**
 * An entity's fields read a ProjectedEntityRow: list and graph queries leave the details and the
 * citations out when the selection reads none, and the fields load what is absent (Loaders.part).
 */
export const EntityRef = builder.interfaceRef<ProjectedEntityRow>('Entity');
export const RelationshipRef = builder.objectRef<RelationshipRow>('Relationship');
export const StatisticRef = builder.objectRef<StatisticRow>('Statistic');
export const CitationRef = builder.objectRef<CitationRow>('Citation');
export const SourceRef = builder.objectRef<SourceRow>('Source');

/** One object type per entity type (TOWN -> `Town`), all implementing `Entity`. */
const entityTypeRef = (name: string) => builder.objectRef<ProjectedEntityRow>(name);
export const EntityTypeRefs = Object.fromEntries(
  ENTITY_TYPE_NAMES.map((type) => [type, entityTypeRef(ENTITY_TYPES[type].label)]),
) as Record<EntityType, ReturnType<typeof entityTypeRef>>;
