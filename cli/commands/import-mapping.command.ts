/**
 * `talenta import-mapping show|set|delete <instansi> <kind>`: the saved column mapping of an import kind, for files
 * whose headers the built-in SIASN/SIMPEG/e-Kinerja aliases do not know. `set` takes `kolom=JUDUL` pairs.
 */
import type { Command } from 'commander';
import { IMPORT_COLUMNS, type ImportKind } from '../../services/imports/import-kinds.js';
import { withAdminSession } from '../admin-session.js';
import { CliError } from '../cli-error.js';
import { parseKind } from './import.command.js';

/** `nip=NOMOR INDUK` → ['nip', 'NOMOR INDUK'] */
function parsePair(pair: string): [string, string] {
  const eq = pair.indexOf('=');
  if (eq <= 0 || eq === pair.length - 1) throw new CliError(`"${pair}" bukan pasangan kolom=JUDUL, mis. nip="NOMOR INDUK"`);
  return [pair.slice(0, eq).trim().toLowerCase(), pair.slice(eq + 1).trim()];
}

export function registerImportMapping(program: Command): void {
  const mapping = program
    .command('import-mapping')
    .description('Pemetaan kolom tersimpan per instansi dan jenis impor (dipakai sebelum alias bawaan)');

  mapping
    .command('show')
    .argument('<instansi>', 'kode instansi')
    .argument('<kind>', 'jenis data', parseKind)
    .action(async (instansiKode: string, kind: ImportKind) => {
      const saved = await withAdminSession('import-mapping show', (session) => session.call('import-mapping.show', { instansiKode, kind }));
      process.stdout.write(`${JSON.stringify(saved, null, 2)}\n`);
    });

  mapping
    .command('set')
    .argument('<instansi>', 'kode instansi')
    .argument('<kind>', 'jenis data', parseKind)
    .argument('<pasangan...>', 'kolom=JUDUL, mis. nip="NOMOR INDUK" golongan="GOL. TERAKHIR"')
    .action(async (instansiKode: string, kind: ImportKind, pairs: string[]) => {
      const columns = Object.fromEntries(pairs.map(parsePair));
      const saved = await withAdminSession('import-mapping set', (session) =>
        session.call('import-mapping.set', { instansiKode, kind, mapping: { columns } }),
      );
      process.stdout.write(`${JSON.stringify(saved, null, 2)}\n`);
    })
    .addHelpText('after', () => `\nKolom per jenis:\n${Object.entries(IMPORT_COLUMNS).map(([k, c]) => `  ${k}: ${c.all.join(', ')}`).join('\n')}`);

  mapping
    .command('delete')
    .argument('<instansi>', 'kode instansi')
    .argument('<kind>', 'jenis data', parseKind)
    .action(async (instansiKode: string, kind: ImportKind) => {
      await withAdminSession('import-mapping delete', (session) => session.call('import-mapping.delete', { instansiKode, kind }));
      process.stdout.write(`Pemetaan kolom ${kind} untuk ${instansiKode} dihapus\n`);
    });
}
