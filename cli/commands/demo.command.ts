/**
 * `talenta demo`: creates the demo instansi (Kabupaten Contoh) with synthetic ASN data, imported through the normal
 * import path (in the running server when there is one), runs its first review as of the demo's date (so the grid,
 * the slates and the bots answer at once), and optionally writes the CSV files.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { isIsoDate } from '../../analytics/domain/dates.js';
import { DEMO_DEFAULTS, DEMO_INSTANSI } from '../../services/demo/demo-defaults.js';
import { withAdminSession } from '../admin-session.js';
import { CliError } from '../cli-error.js';
import type { SeedDemoOutcome } from '../operations/seed-demo.operation.js';
import { review } from './review.command.js';

interface DemoCommandOptions {
  instansi: string;
  size: number;
  seed: number;
  asOf?: string;
  out?: string;
  /** False with `--no-review`. */
  review: boolean;
}

/** One summary line per imported kind; `npm start` prints the same. */
export function printDemoSeed(outcome: SeedDemoOutcome): void {
  process.stdout.write(`Instansi ${outcome.instansi} ${outcome.created ? 'dibuat' : 'sudah ada'}; data demo per ${outcome.asOf}:\n`);
  for (const r of outcome.reports) {
    process.stdout.write(
      `  ${r.kind.padEnd(12)} ${r.rows} baris: ${r.inserted} baru, ${r.updated} diperbarui, ${r.unchanged} tetap, ${r.rejectedRows} ditolak\n`,
    );
  }
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
    .option('--no-review', 'tanpa tinjauan pertama (hanya data)')
    .action(async (options: DemoCommandOptions) => {
      const outcome = await withAdminSession(
        'demo',
        async (session) => {
          const seeded = await session.call('demo.seed', {
            instansi: options.instansi,
            size: options.size,
            seed: options.seed,
            asOf: options.asOf,
            withFiles: options.out !== undefined,
          });
          printDemoSeed(seeded);
          // The first review only: an existing demo keeps its reviews, and a new one is the user's to ask for. It is
          // followed to its end where it runs (here, or in the running server); a Redis worker elsewhere is not waited for.
          if (options.review && seeded.created) {
            const wait = session.jobsRunHere || session.where === 'server';
            await review(session, { instansiKode: seeded.instansi, asOf: seeded.asOf, wait });
          }
          return seeded;
        },
        { runJobs: options.review },
      );
      if (options.out && outcome.files) {
        await mkdir(options.out, { recursive: true });
        for (const [kind, csv] of Object.entries<string>(outcome.files)) await writeFile(join(options.out, `${kind}.csv`), csv, 'utf8');
        process.stdout.write(`Berkas CSV ditulis ke ${options.out}\n`);
      }
    });
}
