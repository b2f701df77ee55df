import { describe, expect, it } from 'vitest';
import { negotiateEncoding } from '../../src/http/compression.ts';

describe('content negotiation of GraphQL answers', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['BR;Q=0.5', 'br'],
    ['*', 'br'],
    ['*;q=0, gzip;q=0.1', 'gzip'],
    ['identity', undefined],
    ['deflate', undefined],
    ['gzip;q=0', undefined],
    ['', undefined],
    [null, undefined],
  ])('Accept-Encoding %j -> %s', (header, expected) => {
    expect(negotiateEncoding(header)).toBe(expected);
  });
});
