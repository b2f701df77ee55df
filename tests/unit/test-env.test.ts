import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/process/config.ts';
import { fromRoot } from '../../src/project-root.ts';
import { loadTestTarget } from '../support/test-env.ts';

describe('the test target (tests/support/test-env.ts)', () => {
  it('is a managed Neo4j on NEO4J_TEST_BOLT_PORT, in a folder of its own', () => {
    expect(loadTestTarget({})).toMatchObject({ mode: 'local', local: { boltPort: 7688 } });
    expect(loadTestTarget({ NEO4J_TEST_BOLT_PORT: '7743' })).toEqual({
      mode: 'local',
      local: { boltPort: 7743, dir: fromRoot('.neo4j', 'test-7743'), heap: '512m', pageCache: '64m' },
    });
  });

  it('is the Neo4j of NEO4J_URI_TEST when it is set', () => {
    expect(loadTestTarget({ NEO4J_URI_TEST: 'bolt://db:7687', NEO4J_PASSWORD_TEST: 'secret' })).toEqual({
      mode: 'external',
      uri: 'bolt://db:7687',
      username: 'neo4j',
      password: 'secret',
    });
  });

  it('names a bad variable', () => {
    expect(() => loadTestTarget({ NEO4J_TEST_BOLT_PORT: 'x' })).toThrow(ConfigError);
    expect(() => loadTestTarget({ NEO4J_URI_TEST: 'http://db' })).toThrow(/NEO4J_URI_TEST="http:\/\/db"/);
  });
});
