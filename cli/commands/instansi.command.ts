/** `talenta instansi create|list`: tenants (pemda or ministry) identified by a short kode. */
import type { Command } from 'commander';
import { withAdminSession } from '../admin-session.js';

export function registerInstansi(program: Command): void {
  const instansi = program.command('instansi').description('Mengelola instansi');

  instansi
    .command('create')
    .description('Membuat instansi baru')
    .argument('<kode>', 'kode singkat, huruf kecil dan tanda hubung, mis. kab-contoh')
    .argument('<nama>', 'nama instansi, mis. "Pemerintah Kabupaten Contoh"')
    .action(async (kode: string, nama: string) => {
      const row = await withAdminSession('instansi create', (session) => session.call('instansi.create', { kode, nama }));
      process.stdout.write(`Instansi ${row.kode} (${row.nama}) dibuat.\n`);
    });

  instansi
    .command('list')
    .description('Menampilkan semua instansi')
    .action(async () => {
      const rows = await withAdminSession('instansi list', (session) => session.call('instansi.list', undefined));
      for (const row of rows) process.stdout.write(`${row.kode}\t${row.nama}\n`);
    });
}
