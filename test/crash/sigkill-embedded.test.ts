/**
 * Crash safety of the embedded database, measured: `talenta serve` on PGlite is killed with SIGKILL at random
 * moments while it imports a file that rewrites every employee, runs a review, or calibrates a series of
 * placements. After each kill the data directory is read directly (before anything could repair it) and every
 * write must be whole or absent: an employees file entirely old or entirely new, a review COMPLETED with all its
 * placements, or not completed and with nothing a read could show (no counts, no constants: the rows a run writes
 * ahead of its snapshot's transaction wait, unread, for the review's next run to replace them), a calibration present in the placement, its log and the audit together or in none,
 * the review's counts matching its placements. Then the server must start again, finish the reviews it left
 * behind, and answer with the same counts. The kill moments come from a printed seed.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '../../db/client.js';
import { IMPORT_KINDS } from '../../services/imports/import-kinds.js';
import { startServe, talenta, type ServeProcess } from '../helpers/talenta-process.js';
import { waitFor } from '../helpers/wait-for.js';
import { apiClient, AS_OF, KODE, killClock, writeCrashData } from './crash-harness.js';

const EMPLOYEES = 800;
const KILLS_PER_WRITE = 4;
const OPERATIONS = ['import', 'review', 'calibration'] as const;
const KILLS = KILLS_PER_WRITE * OPERATIONS.length;
const CALIBRATIONS_PER_ROUND = 5;
const SEED = 1 + Math.floor(Math.random() * 1_000_000);

type Operation = (typeof OPERATIONS)[number];
interface ReviewRow { id: string; status: string; placements: number; plans: number }
interface Calibration { target: number; acked: boolean }

describe(`talenta serve on the embedded database, SIGKILLed ${KILLS} times during imports, reviews and calibrations`, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'talenta-crash-'));
  const filesDir = mkdtempSync(join(tmpdir(), 'talenta-crash-files-'));
  const env = { DATA_DIR: dataDir };
  let server: ServeProcess | null = null;

  afterAll(async () => {
    await server?.stop('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(filesDir, { recursive: true, force: true });
  });

  it(`restarts after every kill; every write is whole or absent and the counts match (seed ${SEED})`, async () => {
    const started = Date.now();
    const clock = killClock(SEED);
    const data = writeCrashData(filesDir, { seed: SEED, size: EMPLOYEES });
    server = await startServe(env);
    const cli = (args: string[]) => {
      const run = talenta(args, env);
      expect(run.status, run.stderr).toBe(0);
      return run.stdout;
    };
    cli(['instansi', 'create', KODE, 'Kabupaten Uji Ketahanan']);
    const token = /\n(tlt_\S+)/.exec(cli(['token', 'create', '--role', 'SUPERADMIN', '--name', 'uji-ketahanan']))![1]!;
    const api = apiClient(() => server!.url, token);
    const base = `/instansi/${KODE}`;
    const importEmployees = (path: string) => api.post(`${base}/imports/employees`, readFileSync(path, 'utf8'), 'text/csv');

    // Setup, timed so the kills land inside the writes: everything once, then an employees file that rewrites all rows.
    for (const kind of IMPORT_KINDS) {
      expect((await api.post(`${base}/imports/${kind}`, readFileSync(data.files[kind], 'utf8'), 'text/csv')).status, kind).toBe(200);
    }
    let t0 = Date.now();
    expect((await importEmployees(data.employeesB)).status).toBe(200);
    const importMs = Date.now() - t0;
    let employeesNew = true;
    t0 = Date.now();
    const review0 = ((await api.post(`${base}/reviews`, { asOf: AS_OF })).body as { reviewId: string }).reviewId;
    await waitFor(async () => (await api.get<{ status: string }>(`${base}/reviews/${review0}`)).status === 'COMPLETED', 'the first review', 60_000);
    const reviewMs = Date.now() - t0;
    const placed: Array<{ nip: string; box: number }> = [];
    for (let cursor: string | null = null; ; ) {
      const page: { items: Array<{ nip: string; box: number | null }>; nextCursor: string | null } = await api.get(
        `${base}/reviews/${review0}/placements?limit=500${cursor ? `&cursor=${cursor}` : ''}`,
      );
      for (const p of page.items) if (p.box !== null) placed.push({ nip: p.nip, box: p.box });
      if (!(cursor = page.nextCursor)) break;
    }
    const calibrations = new Map<string, Calibration>();
    const calibrate = async (p: { nip: string; box: number }) => {
      const entry = { target: p.box === 9 ? 8 : p.box + 1, acked: false };
      calibrations.set(p.nip, entry);
      const res = await api.post(`${base}/reviews/${review0}/calibrations`, { nip: p.nip, box: entry.target, alasan: 'Uji ketahanan: kalibrasi' });
      entry.acked = res.status === 200;
    };
    t0 = Date.now();
    await calibrate(placed.splice(clock.int(0, placed.length - 1), 1)[0]!);
    const calibrationMs = Date.now() - t0;

    /** Reads the data directory itself while no server runs: nothing has had a chance to repair it. */
    async function inspect(expectEmployeesNew: boolean | null): Promise<void> {
      const handle = await createDb({ dataDir, owner: 'uji ketahanan' });
      try {
        const rows = async <T>(query: ReturnType<typeof sql>): Promise<{ rows: T[] }> => {
          const result: unknown = await handle.db.execute(query);
          return result as { rows: T[] };
        };
        const reviews = (await rows<ReviewRow>(sql`
          select r.id, r.status,
                 (select count(*)::int from placements p where p.review_id = r.id) as placements,
                 (select count(*)::int from succession_plans s where s.review_id = r.id) as plans,
                 (select coalesce(sum(c.count), 0)::int from placement_box_counts c where c.review_id = r.id) as counted,
                 (select count(*)::int from review_constants k where k.review_id = r.id) as constants
          from reviews r`)).rows;
        for (const r of reviews) {
          if (r.status === 'COMPLETED') {
            expect({ ...r, plansPresent: r.plans > 0 }).toEqual({ ...r, placements: EMPLOYEES, counted: EMPLOYEES, constants: 1, plansPresent: true });
          } else {
            expect(r).toEqual({ ...r, counted: 0, constants: 0 });
            expect(r.placements).toBeLessThanOrEqual(EMPLOYEES);
          }
        }
        const [names] = (await rows<{ total: number; renamed: number }>(sql`
          select count(*)::int as total, count(*) filter (where nama like '% Baru')::int as renamed from employees`)).rows;
        expect(names!.total).toBe(EMPLOYEES);
        expect([0, EMPLOYEES]).toContain(names!.renamed);
        if (expectEmployeesNew !== null) expect(names!.renamed === EMPLOYEES).toBe(expectEmployeesNew);
        employeesNew = names!.renamed === EMPLOYEES;

        const stored = (await rows<{ nip: string; calibrated: number | null; logged: number; audited: number }>(sql`
          select p.nip, p.calibrated_box as calibrated,
                 (select count(*)::int from calibrations c where c.review_id = p.review_id and c.employee_id = p.employee_id) as logged,
                 (select count(*)::int from audit_log a where a.action = 'calibration.write' and a.target = p.nip) as audited
          from placements p where p.review_id = ${review0} and (p.calibrated_box is not null
            or exists (select 1 from calibrations c where c.review_id = p.review_id and c.employee_id = p.employee_id))`)).rows;
        const byNip = new Map(stored.map((s) => [s.nip, s]));
        for (const [nip, attempt] of calibrations) {
          const row = byNip.get(nip);
          const whole = row !== undefined && row.calibrated === attempt.target && row.logged === 1 && row.audited === 1;
          expect(whole || row === undefined, `calibration of ${nip}: ${JSON.stringify(row)}`).toBe(true);
          if (attempt.acked) expect(whole, `acknowledged calibration of ${nip}`).toBe(true);
        }
        expect([...byNip.keys()].every((nip) => calibrations.has(nip))).toBe(true);
        const [pool] = (await rows<{ stored: number; counted: number }>(sql`
          select (r.counts->>'talentPool')::int as stored,
                 (select count(*)::int from placements p where p.review_id = r.id and coalesce(p.calibrated_box, p.box) in (7, 8, 9)) as counted
          from reviews r where r.id = ${review0}`)).rows;
        expect(pool!.stored).toBe(pool!.counted);
      } finally {
        await handle.close();
      }
    }

    /** The restarted server finishes what the killed one left and shows the same counts through the API. */
    async function verifyServed(): Promise<void> {
      const all = await waitFor(async () => {
        const list = await api.get<{ items: Array<{ id: string; status: string }> }>(`${base}/reviews?limit=100`);
        return list.items.every((r) => r.status === 'COMPLETED') && list.items;
      }, 'the reviews left behind to complete', 60_000);
      for (const r of all) {
        const grid = await api.get<{ boxes: Array<{ count: number }>; belumTerpetakan: number }>(`${base}/reviews/${r.id}/nine-box`);
        expect(grid.boxes.reduce((n, b) => n + b.count, 0) + grid.belumTerpetakan).toBe(EMPLOYEES);
      }
      const dryRun = (await api.post(`${base}/imports/employees?dryRun=true`, readFileSync(data.files.employees, 'utf8'), 'text/csv')).body as {
        unchanged: number; updated: number;
      };
      expect(dryRun).toMatchObject(employeesNew ? { updated: EMPLOYEES, unchanged: 0 } : { updated: 0, unchanged: EMPLOYEES });
    }

    const rounds: Operation[] = OPERATIONS.flatMap((op) => Array<Operation>(KILLS_PER_WRITE).fill(op));
    for (let i = rounds.length - 1; i > 0; i--) {
      const j = clock.int(0, i);
      [rounds[i], rounds[j]] = [rounds[j]!, rounds[i]!];
    }
    const written = { import: 0, review: 0, calibration: 0 };
    for (const [n, op] of rounds.entries()) {
      let expectNew: boolean | null = null;
      let work: Promise<unknown>;
      let span: number;
      if (op === 'import') {
        const toNew = !employeesNew;
        work = importEmployees(toNew ? data.employeesB : data.files.employees).then((res) => {
          if (res.status === 200) expectNew = toNew;
        });
        span = importMs * 1.3;
        written.import += 1;
      } else if (op === 'review') {
        work = api.post(`${base}/reviews`, { asOf: `2025-${String(1 + n).padStart(2, '0')}-01` });
        span = reviewMs * 1.3;
        written.review += 1;
      } else {
        const batch = Array.from({ length: CALIBRATIONS_PER_ROUND }, () => placed.splice(clock.int(0, placed.length - 1), 1)[0]!);
        work = (async () => {
          for (const p of batch) await calibrate(p);
        })();
        span = calibrationMs * CALIBRATIONS_PER_ROUND;
        written.calibration += CALIBRATIONS_PER_ROUND;
      }
      // Settled from the start: the kill makes the request fail, and that failure is expected, not unhandled.
      const settled = work.catch(() => {});
      await clock.delay(span);
      await server.stop('SIGKILL');
      expect(server.child.signalCode, `the server died on its own:\n${server.output()}`).toBe('SIGKILL');
      await settled;
      await inspect(expectNew);
      server = await startServe(env);
      await verifyServed();
    }
    process.stdout.write(
      `[sigkill] embedded: ${KILLS} kills survived, ${KILLS} restarts; ` +
        `${written.import + written.review + written.calibration} writes checked whole or absent after each kill ` +
        `(${written.import} imports of ${EMPLOYEES} employees, ${written.review} reviews, ${written.calibration} calibrations); ` +
        `seed ${SEED}, ${Math.round((Date.now() - started) / 1000)} s\n`,
    );
  }, 900_000);
});
