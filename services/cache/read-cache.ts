/**
 * Consistent read-through cache for snapshot reads. An entry is keyed by instansi + its data version + verb and
 * normalised input + principal (role, instansiId, unitId), so:
 * - a write that changes what reads return bumps the version in its own transaction (`bumpDataVersion`), and the
 *   very next read misses: nothing is served stale, there is no TTL;
 * - a hit means the same principal already passed the same authorisation on the same data, so authorisation stays
 *   exact (a PIMPINAN never sees what an ADMIN's read cached);
 * - errors are not cached;
 * - concurrent misses of one key share one load (and its error).
 *
 * Where the current version comes from depends on the driver. PGlite belongs to this process and every write goes
 * through it, so versions are remembered in memory and forgotten by `dataChanged` (the bump helper calls it, and
 * `dataChangedElsewhere` when a review thread of this process wrote); the next read asks the database once. PGlite
 * runs one statement or transaction at a time, so that query sees the committed (or rolled back) version. A review
 * thread announces its commit before it happens (`writingElsewhere`): until the thread reports back, reads ask the
 * database every time, so no read that could see the commit is served from a version remembered before it.
 * PostgreSQL may be written by other processes, so each read asks it (one indexed single-row query).
 *
 * A version asked of the database comes with the instansi's row, which a load is given (`load(instansi)`): the read
 * it opens need not ask for the row again, one statement fewer on every miss (right after a review's commit, when
 * every read misses at once, they queue on the embedded database's one connection). A remembered version carries no
 * row: other columns of the row may change without a new version.
 *
 * Cached values are shared between requests: callers must treat them as immutable.
 */
import { createInstansiRepository, type InstansiRow } from '../../db/repositories/instansi.repository.js';
import type { LiveSessionRow } from '../../db/repositories/web-sessions.repository.js';
import type { Principal, ServiceContext } from '../context.js';
import { Lru } from './lru.js';
import { createTokenCache, type TokenCache } from './token-cache.js';

/** An instansi's id and data version, with its row when the database was asked for them. */
interface VersionRead {
  id: number;
  version: number;
  row?: InstansiRow;
}

/**
 * Loads a cached value. `instansi`: the instansi's row as read with its version for this load, when it was (the load
 * still authorises the caller on it); absent, the load looks the instansi up itself.
 */
export type CachedLoad<T> = (instansi?: InstansiRow) => Promise<T>;

export interface ReadCache {
  /**
   * Returns the cached result of `load` for this instansi, key and principal at the instansi's current data
   * version, or runs `load` and caches what it returns. A rejected `load` is not cached.
   */
  cached<T>(ctx: ServiceContext, args: { instansiKode: string; key: string; load: CachedLoad<T> }): Promise<T>;
  /** A write to this instansi's data was made (maybe not committed yet): forget its remembered version. */
  dataChanged(instansiId: number): void;
  /**
   * Data was written by another thread of this process (a review thread): forget every remembered version, so the
   * next read of each instansi asks the database once.
   */
  dataChangedElsewhere(): void;
  /**
   * Another thread of this process is about to commit a write: until the returned function is called (once it has
   * reported back), every read asks the database for the version and remembers none. Without it, a read that saw the
   * commit elsewhere (a review's status, COMPLETED) could still be served the previous snapshot from the cache.
   */
  writingElsewhere(): () => void;
  /** Resolved API tokens (see token-cache.ts). */
  readonly tokens: TokenCache;
  /** Live board sessions, by the hash of their cookie (the same kind of cache). */
  readonly sessions: TokenCache<LiveSessionRow>;
  /** A token was revoked or re-issued: forget every cached token and every session made from one. */
  credentialsChanged(): void;
  /** Counters for tests and diagnostics (`versionLookups`: the versions asked of the database). */
  stats(): { hits: number; misses: number; entries: number; versionLookups: number };
}

export interface ReadCacheOptions {
  /** Most cached results kept. @defaultValue 2000 */
  maxEntries?: number;
  /** How long a resolved token (or board session) is reused. @defaultValue 10000 */
  tokenTtlMs?: number;
}

/** Runs started by key: a caller of a key whose run is under way shares that run (and its error). */
function sharedRuns(): { run<T>(key: string, start: () => Promise<T>): Promise<T> } {
  const running = new Map<string, Promise<unknown>>();
  return {
    run<T>(key: string, start: () => Promise<T>): Promise<T> {
      const under = running.get(key);
      if (under) return under as Promise<T>;
      const started = start();
      running.set(key, started);
      void started.catch(() => {}).finally(() => running.delete(key));
      return started;
    },
  };
}

/** Builds a cache key part from a verb and its (already parsed) input; `undefined` fields are dropped. */
export function readKey(verb: string, input: Record<string, unknown>): string {
  const fields = Object.keys(input)
    .filter((k) => input[k] !== undefined)
    .sort()
    .map((k) => [k, input[k]]);
  return `${verb}:${JSON.stringify(fields)}`;
}

function principalKey(p: Principal): string {
  return `${p.role}/${p.instansiId ?? '-'}/${p.unitId ?? '-'}`;
}

export function createReadCache(options: ReadCacheOptions = {}): ReadCache {
  const entries = new Lru<string, unknown>(options.maxEntries ?? 2000);
  const tokens = createTokenCache({ ttlMs: options.tokenTtlMs ?? 10_000 });
  const sessions = createTokenCache<LiveSessionRow>({ ttlMs: options.tokenTtlMs ?? 10_000 });
  /** Loads running, by cache key; and (PGlite only) version lookups running, by generation and kode. */
  const loads = sharedRuns();
  const lookups = sharedRuns();
  /** PGlite only: kode → id and version, valid until `dataChanged` for that id. */
  const versions = new Map<string, { id: number; version: number }>();
  /** Bumped by every `dataChanged`: a version read before a change must not be remembered after it. */
  let generation = 0;
  /** Commits of other threads under way (`writingElsewhere`): versions are not remembered meanwhile. */
  let committingElsewhere = 0;
  const forgetEveryVersion = () => {
    generation++;
    versions.clear();
  };
  let hits = 0;
  let misses = 0;
  let versionLookups = 0;

  /** The instansi's current id and version, and its row when the database was asked for them. */
  async function currentVersion(ctx: ServiceContext, kode: string): Promise<VersionRead | null> {
    const embedded = ctx.deps.dbHandle.driver === 'pglite';
    // While another thread commits, the database's answer is the only one to trust (a new version appears at its commit).
    const remembers = embedded && committingElsewhere === 0;
    if (remembers) {
      const known = versions.get(kode);
      if (known) return known;
    }
    // On the embedded database a lookup sent in this generation runs after every change a caller could have seen
    // (a change bumps the generation first, and its transaction holds the database until it commits), so later
    // callers of the same generation share it: right after a review's commit, each request would otherwise queue
    // its own lookup on the database's one connection. PostgreSQL may be written by other processes meanwhile.
    const startedAt = generation;
    const lookUp = async (): Promise<VersionRead | null> => {
      versionLookups++;
      const row = await createInstansiRepository({ db: ctx.deps.dbHandle.db }).findByKode(kode);
      if (!row) return null;
      const current = { id: row.id, version: row.dataVersion };
      // A commit elsewhere that began meanwhile bumped the generation too.
      if (remembers && generation === startedAt) versions.set(kode, current);
      return { ...current, row };
    };
    return embedded ? lookups.run(`${startedAt}|${kode}`, lookUp) : lookUp();
  }

  return {
    async cached(ctx, { instansiKode, key, load }) {
      const current = await currentVersion(ctx, instansiKode);
      // Unknown instansi: `load` reports it (404), and there is nothing to key on.
      if (!current) return load();
      const cacheKey = `${current.id}@${current.version}|${principalKey(ctx.principal)}|${key}`;
      const hit = entries.get(cacheKey);
      if (hit !== undefined) {
        hits++;
        return hit as Awaited<ReturnType<typeof load>>;
      }
      misses++;
      // Concurrent misses of one key share one load: right after a review lands, every request for its nine-box
      // would otherwise compute it again, each queued behind the others in the database.
      return loads.run(cacheKey, async () => {
        const value = await load(current.row);
        entries.set(cacheKey, value);
        return value;
      });
    },
    dataChanged(instansiId) {
      generation++;
      for (const [kode, v] of versions) if (v.id === instansiId) versions.delete(kode);
    },
    dataChangedElsewhere: forgetEveryVersion,
    writingElsewhere() {
      committingElsewhere++;
      forgetEveryVersion();
      // Nothing was remembered meanwhile, so ending the window has nothing to forget.
      let done = false;
      return () => {
        if (done) return;
        done = true;
        committingElsewhere--;
      };
    },
    tokens,
    sessions,
    credentialsChanged() {
      tokens.clear();
      sessions.clear();
    },
    stats: () => ({ hits, misses, entries: entries.size, versionLookups }),
  };
}

/** `deps.readCache.cached(…)` when the process has a read cache, else just `load()`. */
export function cachedRead<T>(ctx: ServiceContext, args: { instansiKode: string; key: string; load: CachedLoad<T> }): Promise<T> {
  const cache = ctx.deps.readCache;
  return cache ? cache.cached(ctx, args) : args.load();
}
