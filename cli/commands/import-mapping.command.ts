/**
 * `talenta import-mapping show|set|delete <instansi> <kind>`: the saved column mapping of an import kind, for files
 * whose headers the built-in SIASN/SIMPEG/e-Kinerja aliases do not know. `set` takes `kolom=JUDUL` pairs.
 */
import type { Command } from 'commander';
import { IMPORT_COLUMNS } from '../../services/imports/import-kinds.js';
import { deleteColumnMapping, getColumnMapping, putColumnMapping } from '../../services/imports/mappings/column-mapping.js';
import { withCliContext } from '../cli-context.js';
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
    .argument('<kind>', 'jenis data')
    .action(async (instansiKode: string, kindArg: string) => {
      const kind = parseKind(kindArg);
      const saved = await withCliContext((ctx) => getColumnMapping(ctx, { instansiKode, kind }));
      process.stdout.write(`${JSON.stringify(saved, null, 2)}\n`);
    });

  mapping
    .command('set')
    .argument('<instansi>', 'kode instansi')
    .argument('<kind>', 'jenis data')
    .argument('<pasangan...>', 'kolom=JUDUL, mis. nip="NOMOR INDUK" golongan="GOL. TERAKHIR"')
    .action(async (instansiKode: string, kindArg: string, pairs: string[]) => {
      const kind = parseKind(kindArg);
      const columns = Object.fromEntries(pairs.map(parsePair));
      const saved = await withCliContext((ctx) => putColumnMapping(ctx, { instansiKode, kind, mapping: { columns } }));
      process.stdout.write(`${JSON.stringify(saved, null, 2)}\n`);
    })
    .addHelpText('after', `\nKolom per jenis:\n${Object.entries(IMPORT_COLUMNS).map(([k, c]) => `  ${k}: ${c.all.join(', ')}`).join('\n')}`);

  mapping
    .command('delete')
    .argument('<instansi>', 'kode instansi')
    .argument('<kind>', 'jenis data')
    .action(async (instansiKode: string, kindArg: string) => {
      const kind = parseKind(kindArg);
      await withCliContext((ctx) => deleteColumnMapping(ctx, { instansiKode, kind }));
      process.stdout.write(`Pemetaan kolom ${kind} untuk ${instansiKode} dihapus\n`);
    });
}
