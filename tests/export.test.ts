import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Executor } from '../src/neo4j/executor.ts';
import { fromRoot } from '../src/project-root.ts';
import { exportSeed } from '../src/seed/export.ts';
import { loadSeed, readValidSeed } from '../src/seed/load.ts';
import { clearGraph, graphChecksum, seedGraph, testDriver, testNeo4j } from './helpers.ts';

/** Every file under `folder`, by relative path, with its content. */
function snapshot(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(folder, path), readFileSync(path, 'utf8'));
    }
  };
  walk(folder);
  return files;
}

describe('npm run export', () => {
  let driver: Driver;
  const folders: string[] = [];
  const tempFolder = () => {
    const folder = mkdtempSync(join(tmpdir(), 'qianjiang-export-'));
    folders.push(folder);
    return folder;
  };

  beforeAll(async () => {
    driver = testDriver();
    await seedGraph(driver);
  });
  afterAll(async () => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
    await driver.close();
  });

  it('writes back exactly the committed seed files', async () => {
    const out = tempFolder();
    const counts = await exportSeed(Executor.forBatchWork(driver, testNeo4j().database), out);
    expect(counts).toEqual({ sources: 1, entities: 131, relationships: 200, statistics: 67 });
    const committed = snapshot(fromRoot('seed'));
    for (const [path, content] of snapshot(out)) expect(content, path).toBe(committed.get(path));
  });

  it('round-trips: export, load into an empty database, export again gives identical files and graph', async () => {
    const first = tempFolder();
    const second = tempFolder();
    await exportSeed(Executor.forBatchWork(driver, testNeo4j().database), first);
    const original = await graphChecksum(driver);

    await clearGraph(driver);
    await loadSeed(Executor.forBatchWork(driver, testNeo4j().database), readValidSeed(first));
    expect(await graphChecksum(driver)).toBe(original);

    await exportSeed(Executor.forBatchWork(driver, testNeo4j().database), second);
    expect(snapshot(second)).toEqual(snapshot(first));
  });
});
