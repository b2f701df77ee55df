import type { Executor } from '../neo4j/executor.ts';
import { SourceRepository } from './sources.ts';

/** The repositories of one request, sharing its executor. */
export class Repositories {
  readonly sources: SourceRepository;

  constructor(executor: Executor) {
    this.sources = new SourceRepository(executor);
  }
}
