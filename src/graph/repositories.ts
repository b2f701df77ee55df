import type { Executor } from '../neo4j/executor.ts';
import { AggregationRepository } from './aggregations.ts';
import { ChangeLogRepository } from './change-log.ts';
import { EntityRepository } from './entities.ts';
import { EvidenceRepository } from './evidence.ts';
import { PathRepository } from './paths.ts';
import { RelationshipRepository } from './relationships.ts';
import { SourceRepository } from './sources.ts';
import { StatisticRepository } from './statistics.ts';

/** The repositories of one request, sharing its executor; each owns the Cypher of one aggregate. */
export class Repositories {
  readonly entities: EntityRepository;
  readonly relationships: RelationshipRepository;
  readonly statistics: StatisticRepository;
  readonly paths: PathRepository;
  readonly sources: SourceRepository;
  readonly changeLog: ChangeLogRepository;
  readonly aggregations: AggregationRepository;
  readonly evidence: EvidenceRepository;

  constructor(executor: Executor) {
    this.entities = new EntityRepository(executor);
    this.relationships = new RelationshipRepository(executor);
    this.statistics = new StatisticRepository(executor);
    this.paths = new PathRepository(executor);
    this.sources = new SourceRepository(executor);
    this.changeLog = new ChangeLogRepository(executor);
    this.aggregations = new AggregationRepository(executor);
    this.evidence = new EvidenceRepository(executor);
  }
}
