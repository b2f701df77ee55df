import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/project-root.ts';
import { exportSeed } from '../../src/seed/export.ts';
import { loadSeed, readValidSeed } from '../../src/seed/load.ts';
import { useSeededServer } from '../support/fixture.ts';
import { batchWork, clearGraph } from '../support/neo4j.ts';

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
  const kg = useSeededServer({ seed: true });
  const folders: string[] = [];
  const tempFolder = () => {
    const folder = mkdtempSync(join(tmpdir(), 'qianjiang-export-'));
    folders.push(folder);
    return folder;
  };

  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it('writes back exactly the committed seed files', async () => {
    const out = tempFolder();
    const counts = await exportSeed(batchWork(kg.driver), out);
    expect(counts).toEqual({ sources: 1, entities: 131, relationships: 191, statistics: 67 });
    const committed = snapshot(fromRoot('seed'));
    for (const [path, content] of snapshot(out)) expect(content, path).toBe(committed.get(path));
  });

  it('round-trips: export, load into an empty database, export again gives identical files and graph', async () => {
    const first = tempFolder();
    const second = tempFolder();
    await exportSeed(batchWork(kg.driver), first);
    const original = await kg.checksum();

    await clearGraph(kg.driver);
    await loadSeed(batchWork(kg.driver), readValidSeed(first));
    expect(await kg.checksum()).toBe(original);

    await exportSeed(batchWork(kg.driver), second);
    expect(snapshot(second)).toEqual(snapshot(first));
  });
});
