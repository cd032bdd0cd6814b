/**
 * `talenta import <instansi> <kind> <file> [--dry-run] [--sheet NAME]`: imports one CSV/XLSX file and prints the §1
 * report as JSON. Exit code 0 when every row was accepted, 3 when some were rejected, 4 when the file was refused.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { isAppError } from '../../lib/errors.js';
import { importFile, type ImportProgress } from '../../services/imports/import-file.js';
import { IMPORT_KINDS, type ImportKind } from '../../services/imports/import-kinds.js';
import { CliError } from '../cli-error.js';
import { withCliContext } from '../cli-context.js';
import { IMPORT_EXIT } from './import-exit-codes.js';

export function parseKind(value: string): ImportKind {
  const kind = value.toLowerCase();
  if (!(IMPORT_KINDS as readonly string[]).includes(kind)) {
    throw new CliError(`Jenis impor "${value}" tidak dikenal; pilih ${IMPORT_KINDS.join(', ')}`);
  }
  return kind as ImportKind;
}

async function readInput(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (err) {
    throw new CliError(`Berkas "${path}" tidak dapat dibaca: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

/** A progress bar on stderr when it is a terminal; nothing otherwise, so piped JSON stays clean. */
function progressReporter(): { onProgress?: (p: ImportProgress) => void; stop(): void } {
  if (!process.stderr.isTTY) return { stop() {} };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: 'Validasi [{bar}] {value}/{total} baris', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    onProgress(p) {
      if (!started) {
        bar.start(Math.max(p.total, p.done), 0);
        started = true;
      }
      bar.setTotal(Math.max(p.total, p.done));
      bar.update(p.done);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .description(`Mengimpor berkas CSV/XLSX (${IMPORT_KINDS.join(', ')}) ke sebuah instansi`)
    .argument('<instansi>', 'kode instansi, mis. kab-contoh')
    .argument('<kind>', 'jenis data')
    .argument('<file>', 'berkas CSV atau XLSX')
    .option('--dry-run', 'periksa dan laporkan tanpa menyimpan apa pun')
    .option('--sheet <nama>', 'XLSX: nama lembar kerja yang dibaca (bawaan: lembar pertama)')
    .addHelpText(
      'after',
      `\nKode keluar: ${IMPORT_EXIT.ALL_ACCEPTED} semua baris diterima; ${IMPORT_EXIT.ROWS_REJECTED} sebagian baris ditolak ` +
        `(lihat laporan); ${IMPORT_EXIT.FILE_REFUSED} berkas ditolak seluruhnya; 1 kesalahan lain.`,
    )
    .action(async (instansiKode: string, kindArg: string, file: string, opts: { dryRun?: boolean; sheet?: string }) => {
      const kind = parseKind(kindArg);
      const data = await readInput(file);
      const progress = progressReporter();
      try {
        const report = await withCliContext((ctx) =>
          importFile(ctx, {
            instansiKode,
            kind,
            data,
            fileName: basename(file),
            dryRun: opts.dryRun ?? false,
            ...(opts.sheet === undefined ? {} : { sheet: opts.sheet }),
            onProgress: progress.onProgress,
          }),
        ).finally(() => progress.stop());
        process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        if (report.rejectedRows > 0) process.exitCode = IMPORT_EXIT.ROWS_REJECTED;
      } catch (err) {
        if (isAppError(err) && err.kind === 'UNPROCESSABLE') {
          const details = err.details === undefined ? '' : `\n${JSON.stringify(err.details)}`;
          throw new CliError(`${err.message}${details}`, IMPORT_EXIT.FILE_REFUSED);
        }
        throw err;
      }
    });
}
