/**
 * Benchmark of the import path: a generated employees CSV (default 100 000 rows, plus the units and positions it
 * refers to), then a performance (SKP) CSV of as many rows on those employees, each imported through `importFile`
 * into a fresh on-disk PGlite in a temp dir, and into PostgreSQL (the server `DATABASE_URL` names, or a throwaway
 * local one). A second import of the same file (every row unchanged) is timed too. The baseline of each file is its
 * streaming CSV parse alone, the floor any import of the file pays.
 *
 *   node --import tsx bench/import.bench.ts [--rows N]
 *
 * Counts are checked before a time is reported; a wrong count exits non-zero. `runImportBench` is exported for the
 * `npm run bench` harness.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import { createDb, type DbHandle } from '../db/client.js';
import { runMigrations } from '../db/migrate.js';
import { createInstansiRepository } from '../db/repositories/instansi.repository.js';
import { parseConfig } from '../lib/config-schema.js';
import { createLogger } from '../lib/logger.js';
import { SYSTEM_PRINCIPAL, type ServiceContext } from '../services/context.js';
import { generateDemoData, type DemoData } from '../services/demo/generate-demo-data.js';
import { importFile } from '../services/imports/import-file.js';
import { importLimitsOf } from '../services/imports/import-limits.js';
import { csvRecords } from '../services/imports/read/csv-records.js';
import { assertBench, peakRssMb, type BenchRow } from './bench-row.js';
import { withPostgresServer } from './postgres-server.js';

const AS_OF = '2026-06-30';
const INSTANSI = 'bench-impor';

function benchContext(dbHandle: DbHandle): ServiceContext {
  const parsed = parseConfig({ LOG_LEVEL: 'silent' });
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  const log = createLogger({ level: 'silent', pretty: false });
  return { deps: { config: parsed.config, log, dbHandle }, actor: { type: 'cli' }, principal: SYSTEM_PRINCIPAL, log, now: () => new Date(`${AS_OF}T05:00:00Z`) };
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: Math.round(performance.now() - start) };
}

/** The benchmark's files: the demo kabupaten of `rows` employees, its performance file cut to `rows` data rows. */
type BenchFiles = Pick<DemoData, 'units' | 'positions' | 'employees' | 'performance'>;

async function importInto(lane: string, handle: DbHandle, files: BenchFiles, rows: number): Promise<BenchRow[]> {
  await runMigrations(handle);
  // On a shared PostgreSQL a leftover from an interrupted run would turn the first import into updates.
  const cleanUp = () => handle.db.execute(sql`delete from instansi where kode = ${INSTANSI}`);
  await cleanUp();
  await createInstansiRepository({ db: handle.db }).create({ kode: INSTANSI, nama: 'Instansi Benchmark Impor' });
  try {
    return await measure(lane, handle, files, rows);
  } finally {
    await cleanUp();
  }
}

async function measure(lane: string, handle: DbHandle, files: BenchFiles, rows: number): Promise<BenchRow[]> {
  const ctx = benchContext(handle);
  const run = (kind: keyof BenchFiles) => importFile(ctx, { instansiKode: INSTANSI, kind, data: Buffer.from(files[kind], 'utf8') });
  await run('units');
  await run('positions');
  const results: BenchRow[] = [];
  for (const kind of ['employees', 'performance'] as const) {
    const first = await timed(() => run(kind));
    assertBench(first.value.inserted === rows && first.value.rejected.length === 0, `${lane}: ${kind} inserted ${first.value.inserted} of ${rows}`);
    const second = await timed(() => run(kind));
    assertBench(second.value.unchanged === rows, `${lane}: ${kind} re-import left ${second.value.unchanged} of ${rows} unchanged`);
    results.push(
      { workload: `import ${kind} ${rows} rows (${lane})`, oursMs: first.ms, baseline: null, baselineMs: null, peakRssMb: peakRssMb() },
      { workload: `re-import unchanged ${kind} ${rows} rows (${lane})`, oursMs: second.ms, baseline: null, baselineMs: null, peakRssMb: peakRssMb() },
    );
  }
  return results;
}

/** The first `rows` data rows of a CSV (with its header line). */
function firstRows(text: string, rows: number): string {
  let end = 0;
  for (let line = 0; line <= rows; line++) {
    end = text.indexOf('\n', end) + 1;
    if (end === 0) throw new Error(`the generated file has fewer than ${rows} rows`);
  }
  return text.slice(0, end);
}

/** Streams the records of a CSV, as every import of it does first. @returns the data rows (header not counted) */
async function parseOnly(text: string): Promise<{ value: number; ms: number }> {
  const parsed = parseConfig({});
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  const limits = importLimitsOf(parsed.config);
  const data = Buffer.from(text, 'utf8');
  return timed(async () => {
    let n = 0;
    for await (const _record of csvRecords(data, limits)) n++;
    return n - 1;
  });
}

export async function runImportBench(options: { rows: number }): Promise<BenchRow[]> {
  const { rows } = options;
  const demo = generateDemoData({ seed: 1, size: rows, asOf: AS_OF });
  const files: BenchFiles = { ...demo, performance: firstRows(demo.performance, rows) };
  const parse = { employees: await parseOnly(files.employees), performance: await parseOnly(files.performance) };
  for (const [kind, { value }] of Object.entries(parse)) assertBench(value === rows, `${kind}: parsed ${value} of ${rows} rows`);

  const dir = mkdtempSync(join(tmpdir(), 'talenta-import-bench-'));
  const results: BenchRow[] = [];
  const pglite = await createDb({ dataDir: join(dir, 'pglite') });
  try {
    results.push(...(await importInto('PGlite', pglite, files, rows)));
  } finally {
    await pglite.close();
    rmSync(dir, { recursive: true, force: true });
  }
  await withPostgresServer(async (url) => {
    const postgres = await createDb({ url, maxConnections: 2 });
    try {
      results.push(...(await importInto('PostgreSQL', postgres, files, rows)));
    } finally {
      await postgres.close();
    }
  });
  for (const row of results) {
    const kind = /^import (\w+) /.exec(row.workload)?.[1] as keyof typeof parse | undefined;
    if (kind !== undefined) {
      row.baseline = 'stream-parse CSV only';
      row.baselineMs = parse[kind].ms;
    }
  }
  return results;
}

function rowsArg(argv: string[]): number {
  const i = argv.indexOf('--rows');
  const rows = i >= 0 ? Number(argv[i + 1]) : 100_000;
  if (!Number.isInteger(rows) || rows <= 0) throw new Error('--rows harus bilangan bulat positif');
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = await runImportBench({ rows: rowsArg(process.argv.slice(2)) });
  for (const r of results) {
    const baseline = r.baselineMs === null ? '' : `  (baseline ${r.baseline}: ${r.baselineMs} ms)`;
    process.stdout.write(`${r.workload.padEnd(46)} ${String(r.oursMs).padStart(7)} ms  peak RSS ${r.peakRssMb} MB${baseline}\n`);
  }
}
