/**
 * `talenta demo`: creates the demo instansi (Kabupaten Contoh) with synthetic ASN data, imported through the normal
 * import path. {@link runDemoSeed} is the step a caller chains further work (the first review) onto.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { isIsoDate } from '../../analytics/domain/dates.js';
import { todayIn } from '../../lib/dates.js';
import type { ServiceContext } from '../../services/context.js';
import { DEMO_DEFAULTS } from '../../services/demo/generate-demo-data.js';
import { DEMO_INSTANSI, seedDemo, type SeedDemoResult } from '../../services/demo/seed-demo.js';
import { IMPORT_KINDS } from '../../services/imports/import-kinds.js';
import { CliError } from '../cli-error.js';
import { withCliContext } from '../cli-context.js';

export interface DemoCommandOptions {
  instansi: string;
  size: number;
  seed: number;
  /** `YYYY-MM-DD`; default today in the configured timezone. */
  asOf?: string;
  /** Folder to also write the generated CSVs to. */
  out?: string;
}

/** Seeds the demo instansi, writes the CSVs when asked, and prints one summary line per kind. */
export async function runDemoSeed(ctx: ServiceContext, options: DemoCommandOptions): Promise<SeedDemoResult> {
  const asOf = options.asOf ?? todayIn(ctx.deps.config.TZ_DEFAULT, ctx.now());
  const result = await seedDemo(ctx, {
    instansiKode: options.instansi,
    nama: options.instansi === DEMO_INSTANSI.kode ? DEMO_INSTANSI.nama : `Demo ${options.instansi}`,
    seed: options.seed,
    size: options.size,
    asOf,
  });
  if (options.out) {
    await mkdir(options.out, { recursive: true });
    for (const kind of IMPORT_KINDS) await writeFile(join(options.out, `${kind}.csv`), result.data[kind], 'utf8');
  }
  process.stdout.write(`Instansi ${result.instansi.kode} ${result.created ? 'dibuat' : 'sudah ada'}; data demo per ${asOf}:\n`);
  for (const r of result.reports) {
    process.stdout.write(
      `  ${r.kind.padEnd(12)} ${r.rows} baris: ${r.inserted} baru, ${r.updated} diperbarui, ${r.unchanged} tetap, ${r.rejectedRows} ditolak\n`,
    );
  }
  if (options.out) process.stdout.write(`Berkas CSV ditulis ke ${options.out}\n`);
  return result;
}

function positiveInt(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0) throw new CliError(`${name} harus bilangan bulat positif, bukan "${value}"`);
    return n;
  };
}

function isoDate(value: string): string {
  if (!isIsoDate(value)) throw new CliError(`Tanggal "${value}" tidak valid (format YYYY-MM-DD)`);
  return value;
}

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('Membuat instansi demo dengan data ASN sintetis (melalui jalur impor biasa)')
    .option('--instansi <kode>', 'kode instansi demo', DEMO_INSTANSI.kode)
    .option('--size <n>', 'jumlah pegawai', positiveInt('--size'), DEMO_DEFAULTS.size)
    .option('--seed <s>', 'benih pembangkit acak', positiveInt('--seed'), DEMO_DEFAULTS.seed)
    .option('--as-of <tanggal>', 'tanggal acuan YYYY-MM-DD (bawaan: hari ini)', isoDate)
    .option('--out <dir>', 'juga tulis berkas CSV ke folder ini')
    .action(async (options: DemoCommandOptions) => {
      await withCliContext((ctx) => runDemoSeed(ctx, options));
    });
}
