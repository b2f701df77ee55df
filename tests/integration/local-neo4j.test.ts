import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { pinnedNeo4jVersion, startLocalNeo4j } from '../../src/neo4j/local-server.ts';
import { fromRoot } from '../../src/project-root.ts';
import { testDriver, testNeo4j } from '../support/neo4j.ts';
import { loadTestTarget } from '../support/test-env.ts';

describe('managed local Neo4j', () => {
  it('runs the pinned Neo4j 5.26 Community version', async () => {
    const driver = testDriver();
    try {
      const info = await driver.getServerInfo();
      const { records } = await driver.executeQuery(
        'CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS version, edition',
        {},
        { database: testNeo4j().database },
      );
      expect(info.agent).toMatch(/^Neo4j\/5\.26\./);
      if (loadTestTarget().mode === 'local') {
        expect(records[0]?.get('version')).toBe(pinnedNeo4jVersion());
        expect(records[0]?.get('edition')).toBe('community');
      }
    } finally {
      await driver.close();
    }
  });

  const target = loadTestTarget();
  it.skipIf(target.mode !== 'local')('treats a second start of a running instance as a no-op', async () => {
    if (target.mode !== 'local') throw new Error('unreachable');
    const again = await startLocalNeo4j(target.local, () => {});
    expect(again.startedHere).toBe(false);
    expect(again.uri).toBe(testNeo4j().uri);
  });

  it('gives docker compose the pinned Neo4j, health-checked, with the API waiting for it', () => {
    const compose = parse(readFileSync(fromRoot('docker-compose.yml'), 'utf8'));
    expect(compose.services.neo4j.image).toBe(`neo4j:${pinnedNeo4jVersion()}-community`);
    expect(compose.services.neo4j.healthcheck.test.join(' ')).toContain('cypher-shell');
    expect(compose.services.neo4j.volumes).toContain('neo4j-data:/data');
    expect(compose.services.api.depends_on.neo4j.condition).toBe('service_healthy');
    expect(compose.services.api.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
  });
});
