/**
 * Resolved API tokens by hash, reused for at most `ttlMs` (10 s by default). Revoking a token in this process
 * clears the cache, so it stops working at once; a token revoked by ANOTHER process (or a user's role changed
 * there) is honoured within the TTL. Expiry is checked on every request against the cached `expiresAt`.
 */
import type { TokenOwnerRow } from '../../db/repositories/api-tokens.repository.js';
import { Lru } from './lru.js';

export interface TokenCache {
  get(tokenHash: string, nowMs: number): TokenOwnerRow | undefined;
  set(tokenHash: string, row: TokenOwnerRow, nowMs: number): void;
  forget(tokenHash: string): void;
  /** Forget every token (after a revocation or a change to users). */
  clear(): void;
}

export function createTokenCache(options: { ttlMs: number; maxEntries?: number }): TokenCache {
  const entries = new Lru<string, { row: TokenOwnerRow; until: number }>(options.maxEntries ?? 10_000);
  return {
    get(tokenHash, nowMs) {
      const entry = entries.get(tokenHash);
      if (!entry) return undefined;
      if (entry.until <= nowMs) {
        entries.delete(tokenHash);
        return undefined;
      }
      return entry.row;
    },
    set(tokenHash, row, nowMs) {
      entries.set(tokenHash, { row, until: nowMs + options.ttlMs });
    },
    forget: (tokenHash) => entries.delete(tokenHash),
    clear: () => entries.clear(),
  };
}
