/**
 * `talenta token create|revoke|list`: API tokens for BKD systems, committee tools, leaders and bots, through the
 * same token service as `POST/GET/DELETE /api/v1/tokens`. While `talenta serve` runs, the server creates and revokes
 * them, so they work (or stop working) at once.
 */
import type { Command } from 'commander';
import { ROLES, type Role } from '../../db/enums.js';
import { wallClock } from '../../lib/clock.js';
import { withAdminSession } from '../admin-session.js';

export function registerToken(program: Command): void {
  const token = program.command('token').description('Mengelola token API');

  token
    .command('create')
    .description('Membuat token API (ditampilkan sekali)')
    .requiredOption('--role <role>', `peran: ${ROLES.join(', ')}`)
    .option('--instansi <kode>', 'kode instansi (wajib kecuali SUPERADMIN)')
    .option('--unit <kode>', 'kode unit cakupan (wajib untuk PIMPINAN)')
    .option('--name <nama>', 'nama pemakai token, mis. sistem-bkd')
    .option('--expires <tanggal>', 'berlaku sampai tanggal YYYY-MM-DD (WIB)')
    .option('--login-link', 'juga cetak tautan masuk sekali pakai ke papan komite untuk token ini')
    .action(async (opts: { role: string; instansi?: string; unit?: string; name?: string; expires?: string; loginLink?: boolean }) => {
      // The service validates the role and the expiry, and names what is allowed.
      const role = opts.role.toUpperCase() as Role;
      const created = await withAdminSession('token create', (session) =>
        session.call('token.create', {
          role,
          name: opts.name ?? `${role.toLowerCase()}-${opts.instansi ?? 'global'}`,
          ...(opts.instansi ? { instansiKode: opts.instansi } : {}),
          ...(opts.unit ? { unitKode: opts.unit } : {}),
          ...(opts.expires ? { expiresAt: opts.expires } : {}),
          ...(opts.loginLink ? { loginLink: true } : {}),
        }),
      );
      process.stdout.write(
        `Token #${created.id} (${created.role}${created.instansi ? ` ${created.instansi}` : ''}) dibuat. ` +
          `Simpan sekarang, token tidak ditampilkan lagi:\n${created.token}\n`,
      );
      if (created.loginLink) {
        process.stdout.write(
          `Tautan masuk papan komite (sekali pakai, berlaku sampai ${created.loginLink.expiresAt}):\n${created.loginLink.url}\n`,
        );
      }
    });

  token
    .command('revoke')
    .description('Mencabut token API')
    .argument('<id>', 'nomor token (lihat talenta token list)')
    .action(async (id: string) => {
      const revoked = await withAdminSession('token revoke', (session) => session.call('token.revoke', { id }));
      process.stdout.write(`Token #${revoked.id} (${revoked.name}) dicabut.\n`);
    });

  token
    .command('list')
    .description('Daftar token API (tanpa rahasianya)')
    .option('--instansi <kode>', 'hanya token instansi ini')
    .option('--json', 'keluaran JSON')
    .action(async (opts: { instansi?: string; json?: boolean }) => {
      const tokens = await withAdminSession('token list', (session) =>
        session.call('token.list', opts.instansi ? { instansiKode: opts.instansi } : {}),
      );
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(tokens, null, 2)}\n`);
        return;
      }
      const now = wallClock().getTime();
      for (const t of tokens) {
        const state = t.revokedAt ? 'dicabut' : t.expiresAt && new Date(t.expiresAt).getTime() <= now ? 'kedaluwarsa' : 'aktif';
        process.stdout.write(
          `#${t.id}\t${t.prefix}…\t${t.role}\t${t.instansi ?? '-'}\t${t.unit ?? '-'}\t${t.name}\t${state}\tterakhir dipakai: ${t.lastUsedAt ?? '-'}\n`,
        );
      }
      if (tokens.length === 0) process.stdout.write('Belum ada token.\n');
    });
}
