/**
 * The snapshot read cache is consistent: every write that changes reads bumps the instansi's data version in its own
 * transaction, so the very next read is fresh on both lanes; authorisation is exact per principal; a rolled back
 * write leaves the version (and the cache) as it was. Also: tokens revoked in this process stop at once, and
 * batched read audits reach the table on flush; a token in use is looked up again in the background, so no request
 * waits for a busy database to resolve it.
 */
import { eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { DbHandle } from '../../db/client.js';
import type { Role } from '../../db/enums.js';
import { apiTokens, instansi as instansiTable } from '../../db/schema/index.js';
import { queryRows } from '../../db/sql.js';
import { createToken } from '../../services/access/tokens/create-token.js';
import { resolveToken } from '../../services/access/tokens/resolve-token.js';
import { revokeToken } from '../../services/access/tokens/revoke-token.js';
import { resolveSession } from '../../services/access/sessions/resolve-session.js';
import { SESSION_TTL_MS } from '../../services/access/sessions/session-secret.js';
import { signIn } from '../../services/access/sessions/sign-in.js';
import { signOut } from '../../services/access/sessions/sign-out.js';
import { createAuditBatcher } from '../../services/audit/audit-batcher.js';
import { markDataChanged } from '../../services/cache/data-version.js';
import { bumpDataVersion } from '../../db/repositories/instansi.repository.js';
import { createReadCache, type ReadCache } from '../../services/cache/read-cache.js';
import { calibrate } from '../../services/calibration/calibrate.js';
import type { Deps } from '../../services/deps.js';
import { importFile } from '../../services/imports/import-file.js';
import { putPolicy } from '../../services/policy/put-policy.js';
import { finalizeReview } from '../../services/reviews/finalize-review.js';
import { requestReview } from '../../services/reviews/request-review.js';
import { runReview } from '../../services/reviews/run-review.js';
import { getSuccessors } from '../../services/succession/get-successors.js';
import { getNineBox } from '../../services/talent/get-nine-box.js';
import { makeCtx, runnerCtx } from '../factories/context.factory.js';
import { SCENARIO_AS_OF, seedCompletedReview, type ReviewScenario } from '../factories/review-scenario.factory.js';
import { eachDatabase } from '../helpers/test-db.js';
import { waitFor } from '../helpers/wait-for.js';

eachDatabase('consistent read cache', (_lane, open) => {
  let handle: DbHandle;
  let deps: Deps;
  let cache: ReadCache;
  let s: ReviewScenario;
  let reviewId: string;

  beforeEach(async () => {
    handle = await open();
    const seeded = await seedCompletedReview(handle);
    cache = createReadCache();
    deps = { ...seeded.deps, readCache: cache };
    s = seeded.scenario;
    reviewId = seeded.reviewId;
  });
  afterEach(async () => {
    await handle.close();
  });

  const as = (role: Role, unitId: number | null = null) => makeCtx(deps, { role, instansiId: s.instansi.id, unitId });
  const kode = () => s.instansi.kode;
  const grid = (role: Role = 'ADMIN', unitKode?: string) =>
    getNineBox(as(role), { instansiKode: kode(), reviewId: 'latest', ...(unitKode ? { unitKode } : {}) });
  const boxCount = async (box: number) => (await grid()).boxes.find((b) => b.box === box)?.count;
  const dataVersion = async () =>
    (await handle.db.select({ v: instansiTable.dataVersion }).from(instansiTable).where(eq(instansiTable.id, s.instansi.id)))[0]?.v;

  /**
   * Holds `table` under an exclusive lock in a transaction of its own, as a review writing its snapshot holds the
   * embedded database. @returns how to let go of it (after the transaction ended)
   */
  async function holdTable(table: string): Promise<() => Promise<void>> {
    let release!: () => void;
    let locked!: () => void;
    const taken = new Promise<void>((resolve) => (locked = resolve));
    const busy = handle.db.transaction(async (tx) => {
      await tx.execute(sql`lock table ${sql.identifier(table)} in access exclusive mode`);
      locked();
      await new Promise<void>((resolve) => (release = resolve));
    });
    await taken;
    return async () => {
      release();
      await busy;
    };
  }

  it('serves a repeated read from the cache', async () => {
    const first = await grid();
    expect(await grid()).toEqual(first);
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 1 });
  });

  it('shows a calibration on the very next read', async () => {
    expect(await boxCount(9)).toBe(2);
    const before = await dataVersion();
    await calibrate(as('KOMITE'), { instansiKode: kode(), reviewId, nip: s.people.kabid.nip, box: 9, alasan: 'rapat komite' });
    expect(await dataVersion()).toBe((before ?? 0) + 1);
    expect(await boxCount(9)).toBe(3);
  });

  it('shows a new review on the very next read', async () => {
    expect((await grid()).review.id).toBe(reviewId);
    const next = (await requestReview(as('ADMIN'), { instansiKode: kode(), asOf: SCENARIO_AS_OF })).id;
    expect((await grid()).review.id).toBe(reviewId); // still running: the latest COMPLETED one is unchanged
    await runReview(runnerCtx(deps), { reviewId: next });
    expect((await grid()).review.id).toBe(next);
  });

  it('shows a re-import on the very next read', async () => {
    expect((await grid('ADMIN', 'DINAS-A')).unit).toEqual({ kode: 'DINAS-A', nama: 'Dinas A' });
    const csv = 'kode_unit,nama_unit,kode_unit_induk\nDINAS-A,Dinas A Baru,PEMDA\n';
    await importFile(as('ADMIN'), { instansiKode: kode(), kind: 'units', data: Buffer.from(csv, 'utf8') });
    expect((await grid('ADMIN', 'DINAS-A')).unit).toEqual({ kode: 'DINAS-A', nama: 'Dinas A Baru' });
  });

  it('reads afresh after a policy change and after finalizing', async () => {
    await grid();
    const v0 = await dataVersion();
    await putPolicy(as('ADMIN'), { instansiKode: kode(), policy: { kinerja: { thresholds: { diAtas: 91 } } } });
    expect(await dataVersion()).toBe((v0 ?? 0) + 1);
    await grid();
    expect(cache.stats()).toMatchObject({ hits: 0, misses: 2 });
    await finalizeReview(as('ADMIN'), { instansiKode: kode(), reviewId });
    expect(await dataVersion()).toBe((v0 ?? 0) + 2);
    await grid();
    expect(cache.stats()).toMatchObject({ hits: 0, misses: 3 });
  });

  it('keeps a PIMPINAN out of another subtree after an ADMIN read of it was cached', async () => {
    await grid('ADMIN', 'DINAS-B');
    await getSuccessors(as('ADMIN'), { instansiKode: kode(), positionKode: 'KADIS-B' });
    const pimpinanA = makeCtx(deps, { role: 'PIMPINAN', instansiId: s.instansi.id, unitId: s.units.dinasA.id });
    await expect(getNineBox(pimpinanA, { instansiKode: kode(), reviewId: 'latest', unitKode: 'DINAS-B' })).rejects.toMatchObject({ kind: 'FORBIDDEN' });
    await expect(getSuccessors(pimpinanA, { instansiKode: kode(), positionKode: 'KADIS-B' })).rejects.toMatchObject({ kind: 'FORBIDDEN' });
    // The unit is judged before the review (both are asked for at once): out of reach 403, unknown 404, whatever the review.
    const noReview = '00000000-0000-4000-8000-000000000000';
    await expect(getNineBox(pimpinanA, { instansiKode: kode(), reviewId: noReview, unitKode: 'DINAS-B' })).rejects.toMatchObject({ kind: 'FORBIDDEN' });
    await expect(getNineBox(pimpinanA, { instansiKode: kode(), reviewId: noReview, unitKode: 'TIDAK-ADA' })).rejects.toMatchObject({ code: 'unit.not_found' });
    await expect(getNineBox(pimpinanA, { instansiKode: kode(), reviewId: noReview, unitKode: 'DINAS-A' })).rejects.toMatchObject({ code: 'review.not_found' });
    // Its own subtree works, with its own view: masked NIPs, candidates from other units left out and counted.
    const own = await getSuccessors(pimpinanA, { instansiKode: kode(), positionKode: 'KADIS-A' });
    const admin = await getSuccessors(as('ADMIN'), { instansiKode: kode(), positionKode: 'KADIS-A' });
    expect(admin.slate.map((e) => e.nama)).toEqual(expect.arrayContaining(own.slate.map((e) => e.nama)));
    expect(own.slate.length + own.outsideScope.slate).toBe(admin.slate.length);
    expect(own.outsideScope.slate).toBeGreaterThan(0);
  });

  it('rolls the version bump back with a failed transaction, and the cache stays valid', async () => {
    const first = await grid();
    const before = await dataVersion();
    await expect(
      handle.db.transaction(async (tx) => {
        await markDataChanged(tx, s.instansi.id, cache);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await dataVersion()).toBe(before);
    expect(await grid()).toEqual(first);
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 1 });
  });

  it('audits every read of personal data, cached or not, through the batcher', async () => {
    const batcher = createAuditBatcher({ db: handle.db, log: deps.log });
    const ctx = makeCtx({ ...deps, auditBatcher: batcher }, { role: 'ADMIN', instansiId: s.instansi.id });
    for (let i = 0; i < 3; i++) await getSuccessors(ctx, { instansiKode: kode(), positionKode: 'KADIS-B' });
    await batcher.close();
    const rows = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from audit_log where action = 'successors.read' and target = 'KADIS-B'`,
    );
    expect(rows[0]?.n).toBe(3);
    const [row] = await queryRows<{ instansi_id: number; actor: string; details: unknown; at: unknown }>(
      handle.db,
      sql`select instansi_id, actor, details, at from audit_log where action = 'successors.read' limit 1`,
    );
    expect(row).toMatchObject({ instansi_id: s.instansi.id, actor: expect.stringContaining('token:') });
    expect(row?.at).toBeTruthy();
  });

  it('stores audit details as JSON, a missing detail as SQL NULL, and the time each row was stamped with', async () => {
    const batcher = createAuditBatcher({ db: handle.db, log: deps.log });
    const at = new Date('2026-03-04T05:06:07.000Z');
    batcher.enqueue({ instansiId: s.instansi.id, actor: 'cli', action: 'uji.a', target: null, details: { n: 1, teks: 'ok' }, at });
    batcher.enqueue({ instansiId: null, actor: 'cli', action: 'uji.b', target: 'X', details: null, at });
    await batcher.close();
    const rows = await queryRows<{ action: string; target: string | null; details: unknown; kosong: boolean; instansi_id: number | null; at: string }>(
      handle.db,
      sql`select action, target, details, details is null as kosong, instansi_id, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') as at
          from audit_log where action like 'uji.%' order by action`,
    );
    expect(rows).toEqual([
      { action: 'uji.a', target: null, details: { n: 1, teks: 'ok' }, kosong: false, instansi_id: s.instansi.id, at: '2026-03-04T05:06:07' },
      { action: 'uji.b', target: 'X', details: null, kosong: true, instansi_id: null, at: '2026-03-04T05:06:07' },
    ]);
  });

  it('shares one load between concurrent misses of one key, and caches no failure', async () => {
    let loads = 0;
    const slowLoad = (outcome: 'ok' | 'fail') => async () => {
      loads++;
      await new Promise((resolve) => setTimeout(resolve, 300)); // the other request misses meanwhile
      if (outcome === 'fail') throw new Error('gagal');
      return { load: loads };
    };
    const read = (key: string, outcome: 'ok' | 'fail') => cache.cached(as('ADMIN'), { instansiKode: kode(), key, load: slowLoad(outcome) });
    const [a, b] = await Promise.all([read('uji', 'ok'), read('uji', 'ok')]);
    expect(loads).toBe(1);
    expect(b).toBe(a);
    const failed = await Promise.allSettled([read('gagal', 'fail'), read('gagal', 'fail')]);
    expect(failed.map((f) => f.status)).toEqual(['rejected', 'rejected']);
    expect(loads).toBe(2);
    expect(await read('gagal', 'ok')).toEqual({ load: 3 });
  });

  it("hands a load the instansi's row read with its version, never a remembered one", async () => {
    const given: Array<number | null> = [];
    const read = (key: string) =>
      cache.cached(as('ADMIN'), { instansiKode: kode(), key, load: async (row) => given.push(row ? row.id : null) });
    await read('a');
    await read('b');
    await markDataChanged(handle.db, s.instansi.id, cache);
    await read('c');
    // The embedded database's version is remembered between writes (no row then); PostgreSQL's is asked every time.
    const remembered = handle.driver === 'pglite' ? null : s.instansi.id;
    expect(given).toEqual([s.instansi.id, remembered, s.instansi.id]);
  });

  it("shares one version lookup between the reads that wait for another thread's commit, and none across a change", async () => {
    const versionOf = (key: string) => cache.cached(as('ADMIN'), { instansiKode: kode(), key, load: async (row) => row?.dataVersion });
    const before = (await dataVersion()) ?? 0;
    // A review thread's snapshot transaction: it bumps the version and holds the database until it commits.
    let commit!: () => void;
    let bumped!: () => void;
    const bumpedInTx = new Promise<void>((resolve) => (bumped = resolve));
    const elsewhere = handle.db.transaction(async (tx) => {
      await bumpDataVersion(tx, s.instansi.id);
      bumped();
      await new Promise<void>((resolve) => (commit = resolve));
    });
    await bumpedInTx;
    const heard = cache.writingElsewhere();
    const lookupsBefore = cache.stats().versionLookups;
    const waiting = Promise.all(['a', 'a', 'b', 'c'].map(versionOf));
    commit();
    await elsewhere;
    const seen = await waiting;
    heard();
    cache.dataChangedElsewhere();
    const asked = cache.stats().versionLookups - lookupsBefore;
    if (handle.driver === 'pglite') {
      // Every lookup sent after the announcement runs after the commit: one serves them all.
      expect(asked).toBe(1);
      expect(seen).toEqual([before + 1, before + 1, before + 1, before + 1]);
    } else {
      // Other processes may write PostgreSQL at any moment: each read asks.
      expect(asked).toBe(4);
    }
    // A lookup under way when a change is made is not shared with a read that comes after the change.
    const lookupsThen = cache.stats().versionLookups;
    const first = versionOf('d');
    cache.dataChanged(s.instansi.id);
    await Promise.all([first, versionOf('e')]);
    expect(cache.stats().versionLookups - lookupsThen).toBe(2);
  });

  it('stops a token revoked in this process at once', async () => {
    const created = await createToken(as('ADMIN'), { role: 'VIEWER', instansiKode: kode(), name: 'kiosk' });
    await resolveToken(deps, created.token, new Date());
    await resolveToken(deps, created.token, new Date()); // from the cache
    await revokeToken(as('ADMIN'), { id: created.id });
    await expect(resolveToken(deps, created.token, new Date())).rejects.toMatchObject({ kind: 'UNAUTHORIZED' });
  });

  it('looks a token up again in the background past half its TTL: the request does not wait for a busy database', async () => {
    const created = await createToken(as('ADMIN'), { role: 'VIEWER', instansiKode: kode(), name: 'papan' });
    const t0 = Date.now();
    await resolveToken(deps, created.token, new Date(t0)); // stamps its first use, which forgets the cached row
    await resolveToken(deps, created.token, new Date(t0 + 1)); // cached for 10 s from here
    // Another process revokes it: nothing in this process hears of it, so the cache may serve it until its TTL.
    await handle.db.update(apiTokens).set({ revokedAt: new Date(t0) }).where(eq(apiTokens.id, created.id));
    const release = await holdTable('api_tokens');
    // Past half the TTL, with the database held: answered from the cache, looked up again in the background.
    const served = await resolveToken(deps, created.token, new Date(t0 + 6_000));
    expect(served.actor.tokenId).toBe(created.id);
    await release();
    // The lookup in the background brought the revocation in before the TTL ran out.
    await waitFor(
      () => resolveToken(deps, created.token, new Date(t0 + 7_000)).then(() => false, (err: Error) => /dicabut/.test(err.message)),
      'the background lookup of the token',
    );
  });
  it('keeps serving a token whose lookup in the background waits longer than its TTL for a held database', async () => {
    const created = await createToken(as('ADMIN'), { role: 'VIEWER', instansiKode: kode(), name: 'papan' });
    const t0 = Date.now();
    await resolveToken(deps, created.token, new Date(t0)); // stamps its first use, which forgets the cached row
    await resolveToken(deps, created.token, new Date(t0 + 1)); // cached for 10 s from here
    const release = await holdTable('api_tokens');
    const waited = <T>(p: Promise<T>) =>
      Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the request waited for the held database')), 3_000))]);
    let late: Promise<unknown>;
    try {
      // Past half the TTL: its lookup starts and waits; past the TTL it is still waiting, and the token still served.
      await waited(resolveToken(deps, created.token, new Date(t0 + 6_000)));
      const served = await waited(resolveToken(deps, created.token, new Date(t0 + 15_000)));
      expect(served.actor.tokenId).toBe(created.id);
      // Past the grace (a minute), a request asks the database itself, and waits for it.
      let answered = false;
      late = resolveToken(deps, created.token, new Date(t0 + 80_000)).finally(() => (answered = true));
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(answered).toBe(false);
    } finally {
      await release();
    }
    await expect(late).resolves.toMatchObject({ actor: { tokenId: created.id } });
  });

  it('recognises a board session while the database is held, and forgets it at sign-out, revocation and expiry', async () => {
    const created = await createToken(as('ADMIN'), { role: 'KOMITE', instansiKode: kode(), name: 'komite' });
    const t0 = Date.now();
    const first = await signIn(deps, { token: created.token }, new Date(t0));
    await resolveSession(deps, first.sessionSecret, new Date(t0 + 1)); // read once, cached from here
    const release = await holdTable('web_sessions');
    // A review writing its snapshot holds the embedded database like this: the board's request does not wait for it.
    let served: Awaited<ReturnType<typeof resolveSession>>;
    try {
      served = await Promise.race([
        resolveSession(deps, first.sessionSecret, new Date(t0 + 6_000)),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the session waited for the held database')), 5_000)),
      ]);
    } finally {
      await release();
    }
    expect(served.actor.tokenId).toBe(created.id);

    const sessionCtx = { ...as('KOMITE'), ...served };
    await signOut(sessionCtx, { sessionSecret: first.sessionSecret });
    await expect(resolveSession(deps, first.sessionSecret, new Date(t0 + 6_001))).rejects.toMatchObject({ kind: 'UNAUTHORIZED' });

    const second = await signIn(deps, { token: created.token }, new Date(t0));
    await resolveSession(deps, second.sessionSecret, new Date(t0 + 1));
    // Cached, yet its expiry is exact.
    await expect(resolveSession(deps, second.sessionSecret, new Date(t0 + SESSION_TTL_MS))).rejects.toMatchObject({ kind: 'UNAUTHORIZED' });
    const third = await signIn(deps, { token: created.token }, new Date(t0));
    await resolveSession(deps, third.sessionSecret, new Date(t0 + 1));
    await revokeToken(as('ADMIN'), { id: created.id });
    await expect(resolveSession(deps, third.sessionSecret, new Date(t0 + 2))).rejects.toMatchObject({ kind: 'UNAUTHORIZED' });
  });
});
