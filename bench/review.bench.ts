/**
 * End-to-end talent review benchmark: load the inputs from PostgreSQL, compute placements and succession, persist
 * the snapshot (placements, succession plans, slate index, unit summaries) in one transaction — exactly `runReview`. Beside it,
 * the I/O floor measured in the same run on the same server:
 *   - COPY (select …) TO STDOUT of the same input rows the review reads, and
 *   - COPY … FROM STDIN of the same result rows the review wrote (placements incl. explanations, plans, slate
 *     entries, unit summaries, box counts, review constants), into scratch copies of the tables.
 *
 *   node --max-semi-space-size=64 --import tsx bench/review.bench.ts [--scale N]   (default: 10 000 and 100 000; the
 *   flag is the review thread's young generation, which `npm run bench` gives this benchmark: REVIEW_SEMI_SPACE_MB)
 *
 * Needs `DATABASE_URL` (a server where it may create a scratch database) or starts a throwaway PostgreSQL with
 * `withPostgresServer`. Synthetic data is generated in SQL (`generate_series`), never row by row in JS. The review must
 * complete with one placement per employee before a time is reported. `runReviewBench` is exported for the harness.
 */
import { randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import postgres from 'postgres';
import { createDb, type DbHandle } from '../db/client.js';
import { runMigrations } from '../db/migrate.js';
import { createReviewsRepository } from '../db/repositories/reviews.repository.js';
import { parseConfig } from '../lib/config-schema.js';
import { createLogger } from '../lib/logger.js';
import type { Deps } from '../services/deps.js';
import { systemContext } from '../jobs/system-context.js';
import { runReview } from '../services/reviews/run-review.js';
import { assertBench, peakRssMb, type BenchRow } from './bench-row.js';
import { withPostgresServer } from './postgres-server.js';
import { seedReviewInstansi } from './review.seed.js';
import { nineBoxCountsSql } from './nine-box.sql.js';
import { queryRows } from '../db/sql.js';

const AS_OF = '2026-01-15';

const phase = (what: string) => process.stderr.write(`[review-bench] ${new Date().toISOString().slice(11, 19)} ${what}\n`);

/**
 * The floor is measured with `psql` (libpq, C): a client that does nothing but move COPY bytes, run with the
 * output to /dev/null or the input from a file prepared beforehand.
 */
function psql(url: string, command: string, io: { stdin?: string; stdout?: string } = {}): void {
  const bindir = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
  const shell = `${join(bindir, 'psql')} -X -q -v ON_ERROR_STOP=1 "$URL" -c "$CMD"` +
    `${io.stdin ? ' < "$IN"' : ''} > "${io.stdout ?? '/dev/null'}"`;
  execFileSync('sh', ['-c', shell], { env: { ...process.env, URL: url, CMD: command, IN: io.stdin ?? '' }, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** The same rows the review repository reads, as COPY statements. */
function inputQueries(instansiId: number): string[] {
  const emp = `from employees e where e.instansi_id = ${instansiId} and e.active`;
  return [
    `select id, kode, nama, parent_id from units where instansi_id = ${instansiId}`,
    `select id, kode, nama, unit_id, jenis_jabatan, jenjang_jf, rumpun, kritikal from positions where instansi_id = ${instansiId}`,
    `select e.id, e.nip, e.nama, e.jenis_pegawai, e.jenis_kelamin, e.tanggal_lahir, e.golongan, e.pendidikan, e.position_id, e.tmt_jabatan, e.tmt_cpns ${emp}`,
    `select r.employee_id, r.tahun, r.periode, r.predikat, r.source, r.nilai_skp from performance_ratings r join employees e on e.id = r.employee_id where e.instansi_id = ${instansiId} and e.active`,
    `select a.employee_id, a.tanggal, a.jpm, a.nilai_potensi, a.lembaga from assessments a join employees e on e.id = a.employee_id where e.instansi_id = ${instansiId} and e.active`,
    `select d.employee_id, d.tingkat, d.jenis, d.tmt_mulai, d.tmt_selesai from discipline d join employees e on e.id = d.employee_id where e.instansi_id = ${instansiId} and e.active`,
    `select t.employee_id, t.nama, t.jp, t.tanggal_selesai from trainings t join employees e on e.id = t.employee_id where e.instansi_id = ${instansiId} and e.active`,
  ];
}

async function benchOne(adminUrl: string, scale: number): Promise<BenchRow[]> {
  const name = `bench_review_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const sql = postgres(url.toString(), { max: 2, onnotice: () => {} });
  let handle: DbHandle | undefined;
  try {
    handle = await createDb({ url: url.toString(), maxConnections: 4 });
    await runMigrations(handle);
    phase(`seeding ${scale}`);
    const instansiId = await seedReviewInstansi(sql, scale);
    phase('running review');

    const config = parseConfig({ LOG_LEVEL: 'silent' });
    if (!config.ok) throw new Error(config.problems.join('; '));
    const deps: Deps = { config: config.config, log: createLogger({ level: 'silent', pretty: false }), dbHandle: handle };
    const reviewId = randomUUID();
    await createReviewsRepository({ db: handle.db }).create({
      id: reviewId, instansiId, asOf: AS_OF, trigger: 'manual', requestedBy: 'bench', queuedAt: new Date(),
    });
    const t0 = performance.now();
    const review = await runReview(systemContext(deps, { job: 'bench' }), { reviewId });
    const oursMs = performance.now() - t0;
    assertBench(review.status === 'COMPLETED', `review ended ${review.status}`);
    assertBench(review.counts?.employees === scale, `expected ${scale} placements, got ${review.counts?.employees}`);

    phase('copy out');
    // Floor, part 1: the same input rows out of PostgreSQL.
    const f0 = performance.now();
    for (const q of inputQueries(instansiId)) psql(url.toString(), `copy (${q}) to stdout`);
    const copyOutMs = performance.now() - f0;

    phase('copy in');
    // Floor, part 2: the same result rows back in (buffers prepared first, outside the timing).
    const tables = ['placements', 'placement_box_counts', 'succession_plans', 'slate_entries', 'succession_summaries', 'review_constants'];
    const dir = mkdtempSync(join(tmpdir(), 'review-bench-'));
    let outBytes = 0;
    for (const t of tables) {
      await sql.unsafe(`create table floor_${t} (like ${t})`);
      psql(url.toString(), `copy (select * from ${t} where review_id = '${reviewId}') to stdout`, { stdout: join(dir, t) });
      outBytes += statSync(join(dir, t)).size;
    }
    const f1 = performance.now();
    for (const t of tables) psql(url.toString(), `copy floor_${t} from stdin`, { stdin: join(dir, t) });
    const copyInMs = performance.now() - f1;
    // Not part of the floor, a diagnostic for the note: the placements again, into a copy that keeps the four
    // indexes the real table maintains (what the snapshot pays beyond the floor for its reads).
    await sql.unsafe('create table indexed_placements (like placements including indexes)');
    const f2 = performance.now();
    psql(url.toString(), 'copy indexed_placements from stdin', { stdin: join(dir, 'placements') });
    const indexedMs = performance.now() - f2;
    rmSync(dir, { recursive: true, force: true });
    const [row] = await sql<{ timings: Record<string, number> }[]>`select timings from reviews where id = ${reviewId}`;
    const [size] = await sql<{ own: number; shared: number; summaries: number; summaryBytes: number }[]>`
      select (select avg(octet_length(explanation::text))::int from placements where review_id = ${reviewId}) as own,
             (select octet_length(explanation::text) from review_constants where review_id = ${reviewId}) as shared,
             (select count(*)::int from succession_summaries where review_id = ${reviewId}) as summaries,
             (select coalesce(sum(pg_column_size(s.*)), 0)::int from succession_summaries s where review_id = ${reviewId}) as "summaryBytes"`;
    const sqlBaseline = await nineBoxInSql(handle, sql, { instansiId, reviewId, scale, oursMs: row?.timings?.placementsMs });
    return [{
      workload: `review e2e ${scale.toLocaleString('en-US')} employees`,
      oursMs,
      baseline: 'COPY inputs out + COPY results in',
      baselineMs: copyOutMs + copyInMs,
      peakRssMb: peakRssMb(),
      note:
        `phases ${JSON.stringify(row?.timings ?? {})}; COPY out ${copyOutMs.toFixed(0)} ms, ` +
        `COPY in ${copyInMs.toFixed(0)} ms (${(outBytes / 2 ** 20).toFixed(1)} MB; placements alone into a copy with ` +
        `their indexes ${indexedMs.toFixed(0)} ms); explanation ${size?.own} B per employee ` +
        `+ ${size?.shared} B per review; unit summaries ${size?.summaries} rows, ${((size?.summaryBytes ?? 0) / 1024).toFixed(1)} KB`,
    }, sqlBaseline];
  } finally {
    await handle?.close();
    await sql.end({ timeout: 5 });
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

/**
 * Baseline for the placement phase: the same default-policy nine-box computed by one SQL statement inside PostgreSQL
 * over the same stored inputs. Its box counts must equal the computed boxes the review stored.
 */
async function nineBoxInSql(
  handle: DbHandle,
  sql: postgres.Sql,
  args: { instansiId: number; reviewId: string; scale: number; oursMs: number | undefined },
): Promise<BenchRow> {
  const t0 = performance.now();
  const fromSql = await queryRows<{ box: number | null; n: number }>(handle.db, nineBoxCountsSql(args.instansiId, AS_OF));
  const sqlMs = performance.now() - t0;
  const stored = await sql<{ box: number | null; n: number }[]>`
    select box, count(*)::int as n from placements where review_id = ${args.reviewId} group by box order by box nulls last`;
  const key = (rows: readonly { box: number | null; n: number }[]) => rows.map((r) => `${r.box ?? '-'}:${r.n}`).join(' ');
  assertBench(key(fromSql) === key(stored), `SQL nine-box ${key(fromSql)} differs from the review's ${key(stored)}`);
  assertBench(args.oursMs !== undefined, 'the review recorded no placements timing');
  return {
    workload: `nine-box placements ${args.scale.toLocaleString('en-US')} employees (in review)`,
    oursMs: args.oursMs,
    baseline: 'one SQL statement in PostgreSQL',
    baselineMs: sqlMs,
    peakRssMb: peakRssMb(),
    // The review scores everyone first and builds each explanation as its row is written (inside the persist).
    note: `box counts agree: ${key(stored)}; scores only, explanations are built as the rows are written`,
  };
}

/**
 * The largest instansi the benchmark builds. Beyond it (national scale) the employees are split over several
 * instansi reviewed one after the other, one job each, as a deployment fans reviews out over workers; memory stays
 * that of the largest instansi.
 */
const MAX_INSTANSI_EMPLOYEES = 1_000_000;

/** Sums the rows of several instansi runs into one row per workload (peak memory: the highest). */
function combineInstansiRuns(scale: number, runs: BenchRow[][]): BenchRow[] {
  const first = runs[0] ?? [];
  return first.map((row, k) => {
    const parts = runs.map((r) => r[k] as BenchRow);
    const sum = (pick: (r: BenchRow) => number | null) => parts.reduce((total, r) => total + (pick(r) ?? 0), 0);
    return {
      workload: row.workload.replace(/[\d,]+ employees/, `${scale.toLocaleString('en-US')} employees in ${runs.length} instansi`),
      oursMs: sum((r) => r.oursMs),
      baseline: row.baseline,
      baselineMs: row.baselineMs === null ? null : sum((r) => r.baselineMs),
      peakRssMb: Math.max(...parts.map((r) => r.peakRssMb)),
      note: `${runs.length} instansi of ≤ ${MAX_INSTANSI_EMPLOYEES.toLocaleString('en-US')} employees, reviewed one by one`,
    };
  });
}

/** Runs the end-to-end review at `scale` employees (default 10 000 and 100 000) beside its I/O floor. */
export async function runReviewBench({ scale }: { scale: number | null }): Promise<BenchRow[]> {
  const scales = scale === null ? [10_000, 100_000] : [scale];
  return withPostgresServer(async (adminUrl) => {
    const rows: BenchRow[] = [];
    for (const n of scales) {
      if (n <= MAX_INSTANSI_EMPLOYEES) {
        rows.push(...(await benchOne(adminUrl, n)));
        continue;
      }
      const runs: BenchRow[][] = [];
      for (let done = 0; done < n; done += MAX_INSTANSI_EMPLOYEES) {
        runs.push(await benchOne(adminUrl, Math.min(MAX_INSTANSI_EMPLOYEES, n - done)));
      }
      rows.push(...combineInstansiRuns(n, runs));
    }
    return rows;
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const i = process.argv.indexOf('--scale');
  const scale = i >= 0 ? Number(process.argv[i + 1]) : null;
  const rows = await runReviewBench({ scale: scale !== null && Number.isInteger(scale) && scale > 0 ? scale : null });
  for (const r of rows) {
    process.stdout.write(
      `${r.workload}: ours ${r.oursMs.toFixed(0)} ms | floor ${r.baselineMs?.toFixed(0)} ms | ratio ${(r.oursMs / (r.baselineMs ?? 1)).toFixed(2)}× | peak RSS ${r.peakRssMb} MB\n  ${r.note}\n`,
    );
  }
  process.stdout.write(`BENCH_ROWS ${JSON.stringify(rows)}\n`);
}
