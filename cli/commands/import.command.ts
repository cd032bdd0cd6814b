/**
 * `talenta import <instansi> <kind> <file> [--dry-run] [--sheet NAME]`: imports one CSV/XLSX file and prints the §1
 * report as JSON. Exit code 0 when every row was accepted, 3 when some were rejected, 4 when the file was refused.
 * While `talenta serve` runs, the file is sent to it and the server imports it; otherwise this process does (with a
 * progress bar on a terminal).
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { isAppError } from '../../lib/errors.js';
import { IMPORT_KINDS, type ImportKind } from '../../services/imports/import-kinds.js';
import { withAdminSession } from '../admin-session.js';
import { CliError } from '../cli-error.js';
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

export function registerImport(program: Command): void {
  program
    .command('import')
    .description(`Mengimpor berkas CSV/XLSX (${IMPORT_KINDS.join(', ')}) ke sebuah instansi`)
    .argument('<instansi>', 'kode instansi, mis. kab-contoh')
    .argument('<kind>', 'jenis data', parseKind)
    .argument('<file>', 'berkas CSV atau XLSX')
    .option('--dry-run', 'periksa dan laporkan tanpa menyimpan apa pun')
    .option('--sheet <nama>', 'XLSX: nama lembar kerja yang dibaca (bawaan: lembar pertama)')
    .addHelpText(
      'after',
      `\nKode keluar: ${IMPORT_EXIT.ALL_ACCEPTED} semua baris diterima; ${IMPORT_EXIT.ROWS_REJECTED} sebagian baris ditolak ` +
        `(lihat laporan); ${IMPORT_EXIT.FILE_REFUSED} berkas ditolak seluruhnya; 1 kesalahan lain.`,
    )
    .action(async (instansiKode: string, kind: ImportKind, file: string, opts: { dryRun?: boolean; sheet?: string }) => {
      const data = await readInput(file);
      try {
        const report = await withAdminSession('import', async (session) => {
          const progress = session.where === 'local' ? (await import('../import-progress.js')).createImportProgress() : null;
          try {
            return await session.call('import', {
              instansiKode,
              kind,
              data,
              fileName: basename(file),
              dryRun: opts.dryRun ?? false,
              ...(opts.sheet === undefined ? {} : { sheet: opts.sheet }),
              ...(progress?.onProgress ? { onProgress: progress.onProgress } : {}),
            });
          } finally {
            progress?.stop();
          }
        });
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
