/**
 * Resolved API tokens by hash — and, in a second cache of the same kind, the board sessions made from them — reused
 * for at most `ttlMs` (10 s by default). Revoking a token in this process
 * clears the cache, so it stops working at once; a token revoked by ANOTHER process (or a user's role changed
 * there) is honoured within the TTL. Expiry is checked on every request against the cached `expiresAt`.
 *
 * Past half its TTL an entry is still served, and the first request to use it asks for a new lookup in the
 * background ({@link TokenCache.refresh}). A busy token is therefore never looked up on a request's path: on the
 * embedded database a request would otherwise wait behind whatever holds the database (a review's statements, its
 * snapshot's transaction, an import), once per token every TTL.
 *
 * A refresh may itself wait long: a 50,000-employee review's snapshot once held the embedded database for ~5 s in one
 * transaction, more than the half TTL left, and then every request of a busy token queued behind it until its commit
 * (~1 s stalls of the nine-box in docs/benchmarks.md, responsiveness), and an import still holds it for its own
 * transaction. So an entry whose refresh is under way is served past its TTL,
 * until the refresh answers, for at most `graceMs` more. The bound on staleness is the TTL or, while the database
 * cannot answer, as long as it takes to (at most TTL + grace). A revocation in this process still clears the cache at
 * once, and expiry is still checked on every request.
 */
import type { TokenOwnerRow } from '../../db/repositories/api-tokens.repository.js';
import { Lru } from './lru.js';

export interface CachedToken<Row = TokenOwnerRow> {
  row: Row;
  /** Past half its TTL: still valid, but the caller should start a {@link TokenCache.refresh}. */
  refreshDue: boolean;
}

export interface TokenCache<Row = TokenOwnerRow> {
  get(tokenHash: string, nowMs: number): CachedToken<Row> | undefined;
  /**
   * Caches `row` as read at `readAtMs`, unless the cache was cleared or the token forgotten since `ticket` was taken:
   * a lookup that raced a revocation must not bring the revoked token back.
   */
  set(tokenHash: string, row: Row, readAtMs: number, ticket: number): void;
  /** Taken before a lookup, handed to `set`. */
  ticket(): number;
  /**
   * Looks the token up again in the background (one lookup per token at a time) and caches the answer; `null`
   * (token gone) forgets it. A failed lookup leaves the entry to expire at its TTL.
   */
  refresh(tokenHash: string, nowMs: number, lookup: () => Promise<Row | null>): Promise<void>;
  forget(tokenHash: string): void;
  /** Forget every token (after a revocation or a change to users). */
  clear(): void;
}

export interface TokenCacheOptions {
  ttlMs: number;
  /** How long past its TTL an entry whose refresh is under way is still served. @defaultValue 6 × ttlMs */
  graceMs?: number;
  maxEntries?: number;
}

export function createTokenCache<Row = TokenOwnerRow>(options: TokenCacheOptions): TokenCache<Row> {
  const entries = new Lru<string, { row: Row; until: number }>(options.maxEntries ?? 10_000);
  const refreshing = new Map<string, Promise<void>>();
  const graceMs = options.graceMs ?? 6 * options.ttlMs;
  /** Bumped by every `forget` and `clear`. */
  let generation = 0;

  const cache: TokenCache<Row> = {
    get(tokenHash, nowMs) {
      const entry = entries.get(tokenHash);
      if (!entry) return undefined;
      if (entry.until <= nowMs) {
        if (refreshing.has(tokenHash) && nowMs < entry.until + graceMs) return { row: entry.row, refreshDue: true };
        entries.delete(tokenHash);
        return undefined;
      }
      return { row: entry.row, refreshDue: entry.until - nowMs < options.ttlMs / 2 };
    },
    set(tokenHash, row, readAtMs, ticket) {
      if (ticket === generation) entries.set(tokenHash, { row, until: readAtMs + options.ttlMs });
    },
    ticket: () => generation,
    refresh(tokenHash, nowMs, lookup) {
      const running = refreshing.get(tokenHash);
      if (running) return running;
      const ticket = generation;
      const done = lookup()
        .then((row) => {
          if (row) cache.set(tokenHash, row, nowMs, ticket);
          else if (ticket === generation) cache.forget(tokenHash);
        })
        .finally(() => refreshing.delete(tokenHash));
      refreshing.set(tokenHash, done);
      return done;
    },
    forget(tokenHash) {
      generation++;
      entries.delete(tokenHash);
    },
    clear() {
      generation++;
      entries.clear();
    },
  };
  return cache;
}

/**
 * The row for `tokenHash` as a request should use it: the cached one (looked up again in the background once past
 * half its TTL), else looked up now and cached. Without a cache, always looked up. `null`: no such live credential.
 */
export async function lookUpThrough<Row>(
  cache: TokenCache<Row> | undefined,
  tokenHash: string,
  nowMs: number,
  lookup: () => Promise<Row | null>,
  onBackgroundError: (err: unknown) => void,
): Promise<Row | null> {
  const cached = cache?.get(tokenHash, nowMs);
  if (cache && cached) {
    if (cached.refreshDue) cache.refresh(tokenHash, nowMs, lookup).catch(onBackgroundError);
    return cached.row;
  }
  const ticket = cache?.ticket() ?? 0;
  const row = await lookup();
  if (row) cache?.set(tokenHash, row, nowMs, ticket);
  return row;
}
