import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/process/config.ts';

describe('configuration', () => {
  it('defaults to the managed local Neo4j and port 4000', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.neo4j.mode).toBe('local');
    if (config.neo4j.mode === 'local') expect(config.neo4j.local.boltPort).toBe(7687);
    expect(config.neo4j.database).toBe('neo4j');
  });

  it('uses NEO4J_URI with any Neo4j scheme', () => {
    for (const uri of ['bolt://db:7687', 'neo4j://cluster:7687', 'neo4j+s://abc.databases.neo4j.io']) {
      const config = loadConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: 'secret' });
      expect(config.neo4j).toMatchObject({ mode: 'external', uri, username: 'neo4j', password: 'secret' });
    }
  });

  it.each([
    ['PORT', 'abc', /PORT="abc": must be a whole number from 1 to 65535/],
    ['PORT', '70000', /PORT="70000": must be a whole number from 1 to 65535/],
    ['NEO4J_URI', 'http://localhost:7474', /NEO4J_URI="http:\/\/localhost:7474": must be a Neo4j URI/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL="loud"/],
    ['NEO4J_LOCAL_HEAP', 'lots', /NEO4J_LOCAL_HEAP="lots": must be a size such as 512m or 2g/],
    ['SEED_ON_START', 'always', /SEED_ON_START="always"/],
    [
      'CORS_ORIGINS',
      'app.example.org',
      /CORS_ORIGINS="app.example.org": must be a comma-separated list of origins/,
    ],
    ['CORS_ORIGINS', 'https://app.example.org/', /CORS_ORIGINS="https:\/\/app.example.org\/": must be/],
    ['HTTP_CACHE_MAX_AGE', '-1', /HTTP_CACHE_MAX_AGE="-1"/],
    ['RESPONSE_CACHE_TTL_MS', 'soon', /RESPONSE_CACHE_TTL_MS="soon"/],
    ['GRAPHQL_TRUSTED_DOCUMENTS_ONLY', 'yes', /GRAPHQL_TRUSTED_DOCUMENTS_ONLY="yes": must be true or false/],
    [
      'WEB_CONCURRENCY',
      'two',
      /WEB_CONCURRENCY="two": must be a whole number of workers from 1 to 256, or auto/,
    ],
    ['WEB_CONCURRENCY', '-1', /WEB_CONCURRENCY="-1": must be a whole number of workers from 1 to 256/],
    ['WEB_CONCURRENCY', '1.5', /WEB_CONCURRENCY="1.5": must be a whole number of workers/],
    [
      'GRAPHQL_COMPRESS_MIN_BYTES',
      'big',
      /GRAPHQL_COMPRESS_MIN_BYTES="big": must be a whole number of bytes/,
    ],
    ['GRAPHQL_COMPRESS_MIN_BYTES', '-1', /GRAPHQL_COMPRESS_MIN_BYTES="-1": must be a whole number of bytes/],
    ['WEB_CONCURRENCY', '257', /WEB_CONCURRENCY="257": must be a whole number of workers from 1 to 256/],
    [
      'KG_EDITOR_TOKENS',
      'seed:0123456789abcdef0123',
      /KG_EDITOR_TOKENS="seed:0123456789abcdef0123": "seed" is reserved for the seed loader's changes/,
    ],
  ])('rejects %s=%s naming the variable', (variable, value, message) => {
    expect(() => loadConfig({ [variable]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [variable]: value })).toThrow(message);
  });

  it('allows localhost dev origins, caches reads for a minute and runs any document by default', () => {
    expect(loadConfig({}).http).toEqual({
      corsOrigins: ['http://localhost:*', 'http://127.0.0.1:*'],
      corsCredentials: false,
      cacheMaxAgeSeconds: 0,
      responseCacheTtlMs: 60_000,
      responseCacheMaxEntries: 1_000,
      trustedDocumentsOnly: false,
      compressMinBytes: 1024,
    });
    const configured = loadConfig({
      CORS_ORIGINS: 'https://app.example.org, http://localhost:5173',
      CORS_CREDENTIALS: 'true',
      GRAPHQL_TRUSTED_DOCUMENTS_ONLY: 'true',
    }).http;
    expect(configured.corsOrigins).toEqual(['https://app.example.org', 'http://localhost:5173']);
    expect(configured.corsCredentials).toBe(true);
    expect(configured.trustedDocumentsOnly).toBe(true);
    expect(loadConfig({ CORS_ORIGINS: '' }).http.corsOrigins).toEqual([]);
  });

  it('compresses GraphQL answers from GRAPHQL_COMPRESS_MIN_BYTES bytes on, or never with off', () => {
    expect(loadConfig({ GRAPHQL_COMPRESS_MIN_BYTES: '4096' }).http.compressMinBytes).toBe(4096);
    expect(loadConfig({ GRAPHQL_COMPRESS_MIN_BYTES: '' }).http.compressMinBytes).toBe(1024);
    expect(loadConfig({ GRAPHQL_COMPRESS_MIN_BYTES: 'off' }).http.compressMinBytes).toBe(
      Number.POSITIVE_INFINITY,
    );
  });

  it('refuses credentials for any origin', () => {
    expect(() => loadConfig({ CORS_ORIGINS: '*', CORS_CREDENTIALS: 'true' })).toThrow(
      /CORS_CREDENTIALS=true: cannot be combined with CORS_ORIGINS=\*/,
    );
  });

  it('runs one process unless WEB_CONCURRENCY asks for workers; auto and 0 mean one per core', () => {
    expect(loadConfig({}).webConcurrency).toBe(1);
    expect(loadConfig({ WEB_CONCURRENCY: '' }).webConcurrency).toBe(1);
    expect(loadConfig({ WEB_CONCURRENCY: '4' }).webConcurrency).toBe(4);
    expect(loadConfig({ WEB_CONCURRENCY: 'auto' }).webConcurrency).toBe(availableParallelism());
    expect(loadConfig({ WEB_CONCURRENCY: '0' }).webConcurrency).toBe(availableParallelism());
  });

  it('requires a password with NEO4J_URI', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://db:7687' })).toThrow(
      /NEO4J_PASSWORD: required when NEO4J_URI is set/,
    );
  });
});
