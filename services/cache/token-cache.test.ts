import { describe, expect, it } from 'vitest';
import type { TokenOwnerRow } from '../../db/repositories/api-tokens.repository.js';
import { createTokenCache } from './token-cache.js';

const row = (name: string) => ({ tokenId: 1, userId: 1, name, role: 'VIEWER', instansiId: 1, unitId: null, revokedAt: null, expiresAt: null, lastUsedAt: null }) as unknown as TokenOwnerRow;

describe('token cache', () => {
  it('serves an entry for its TTL and asks for a refresh past half of it', () => {
    const cache = createTokenCache({ ttlMs: 1000 });
    cache.set('h', row('a'), 0, cache.ticket());
    expect(cache.get('h', 400)).toEqual({ row: row('a'), refreshDue: false });
    expect(cache.get('h', 600)).toEqual({ row: row('a'), refreshDue: true });
    expect(cache.get('h', 1000)).toBeUndefined();
  });

  it('runs one refresh per token at a time and keeps its answer from when it was asked', async () => {
    const cache = createTokenCache({ ttlMs: 1000 });
    cache.set('h', row('a'), 0, cache.ticket());
    let lookups = 0;
    const lookup = async () => {
      lookups++;
      return row('b');
    };
    await Promise.all([cache.refresh('h', 600, lookup), cache.refresh('h', 650, lookup)]);
    expect(lookups).toBe(1);
    expect(cache.get('h', 1500)).toEqual({ row: row('b'), refreshDue: true });
    expect(cache.get('h', 1600)).toBeUndefined();
  });

  it('serves an entry past its TTL while its refresh is under way, for at most the grace', async () => {
    const cache = createTokenCache({ ttlMs: 1000, graceMs: 3000 });
    cache.set('h', row('a'), 0, cache.ticket());
    let answer!: (value: TokenOwnerRow) => void;
    const refreshed = cache.refresh('h', 600, () => new Promise<TokenOwnerRow>((resolve) => (answer = resolve)));
    // The database has not answered yet (a review holds it): the entry is still served, its refresh still due.
    expect(cache.get('h', 1500)).toEqual({ row: row('a'), refreshDue: true });
    expect(cache.get('h', 3999)).toEqual({ row: row('a'), refreshDue: true });
    expect(cache.get('h', 4000)).toBeUndefined();
    answer(row('b'));
    await refreshed;
    // The answer counts from when it was asked for.
    expect(cache.get('h', 1599)).toEqual({ row: row('b'), refreshDue: true });
    expect(cache.get('h', 1600)).toBeUndefined();
  });

  it('does not serve an expired entry whose refresh has ended', async () => {
    const cache = createTokenCache({ ttlMs: 1000, graceMs: 3000 });
    cache.set('h', row('a'), 0, cache.ticket());
    await cache.refresh('h', 600, () => Promise.reject(new Error('database down'))).catch(() => {});
    expect(cache.get('h', 999)).toEqual({ row: row('a'), refreshDue: true });
    expect(cache.get('h', 1000)).toBeUndefined();
  });

  it('does not bring a token back that was forgotten while its lookup ran', async () => {
    const cache = createTokenCache({ ttlMs: 1000 });
    cache.set('h', row('a'), 0, cache.ticket());
    let answer!: (value: TokenOwnerRow) => void;
    const refreshed = cache.refresh('h', 600, () => new Promise<TokenOwnerRow>((resolve) => (answer = resolve)));
    cache.clear(); // a revocation in this process
    answer(row('a'));
    await refreshed;
    expect(cache.get('h', 700)).toBeUndefined();
    const ticket = cache.ticket();
    cache.forget('other');
    cache.set('h', row('a'), 700, ticket); // a lookup on a request's path that raced it
    expect(cache.get('h', 800)).toBeUndefined();
  });

  it('forgets a token its refresh no longer finds', async () => {
    const cache = createTokenCache({ ttlMs: 1000 });
    cache.set('h', row('a'), 0, cache.ticket());
    await cache.refresh('h', 600, async () => null);
    expect(cache.get('h', 700)).toBeUndefined();
  });
});
