import { describe, expect, it } from 'vitest';
import { ExpectedFailure } from '../../src/errors.ts';
import { Neo4jStartupError, Neo4jUnreachableError } from '../../src/neo4j/errors.ts';
import { ConfigError } from '../../src/process/config.ts';
import { WorkerStartupError } from '../../src/process/lifecycle.ts';
import { ListenError } from '../../src/process/serve.ts';
import { SeedValidationError } from '../../src/seed/load.ts';

describe('expected failures', () => {
  it('share one base class, which the entry points print without a stack', () => {
    const expected = [
      new ConfigError('PORT'),
      new Neo4jStartupError('no java'),
      new Neo4jUnreachableError('NEO4J_URI'),
      new SeedValidationError(['seed: a problem']),
      new WorkerStartupError('worker 1'),
      new ListenError('PORT=4000'),
    ];
    for (const failure of expected) expect(failure, failure.name).toBeInstanceOf(ExpectedFailure);
    expect(new TypeError('a bug')).not.toBeInstanceOf(ExpectedFailure);
  });

  it('keeps a taken port apart from a bad setting', () => {
    expect(
      new ListenError('PORT=4000 / HOST=127.0.0.1: cannot listen there (EADDRINUSE).'),
    ).not.toBeInstanceOf(ConfigError);
  });
});
