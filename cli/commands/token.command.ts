/** `talenta token create|revoke|list`: API tokens for BKD systems, committee tools and bots. */
import type { Command } from 'commander';
import { ROLES, type Role } from '../../db/enums.js';
import { createToken, listTokens, revokeToken } from '../../services/access/tokens/index.js';
import { withCliContext } from '../cli-context.js';
import { CliError } from '../cli-error.js';

function parseRole(value: string): Role {
  const role = value.toUpperCase();
  if (!(ROLES as readonly string[]).includes(role)) throw new CliError(`Peran "${value}" tidak dikenal; pilih ${ROLES.join(', ')}`);
  return role as Role;
}

/** `YYYY-MM-DD` = valid through that day in Asia/Jakarta (UTC+7, no DST); a full ISO timestamp is taken as is. */
export function parseExpiry(value: string): Date {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T23:59:59.999+07:00`) : new Date(value);
  if (Number.isNaN(date.getTime())) throw new CliError(`Tanggal kedaluwarsa "${value}" tidak valid (format YYYY-MM-DD)`);
  return date;
}

export function registerToken(program: Command): void {
  const token = program.command('token').description('Mengelola token API');

  token
    .command('create')
    .description('Membuat token API (ditampilkan sekali)')
    .requiredOption('--role <role>', `peran: ${ROLES.join(', ')}`)
    .option('--instansi <kode>', 'kode instansi (wajib kecuali SUPERADMIN)')
    .option('--unit <kode>', 'kode unit cakupan (wajib untuk PIMPINAN)')
    .option('--name <nama>', 'nama pemakai token, mis. sistem-bkd')
    .option('--expires <tanggal>', 'berlaku sampai tanggal YYYY-MM-DD')
    .action(async (opts: { role: string; instansi?: string; unit?: string; name?: string; expires?: string }) => {
      const role = parseRole(opts.role);
      const created = await withCliContext((ctx) =>
        createToken(ctx, {
          role,
          name: opts.name ?? `${role.toLowerCase()}-${opts.instansi ?? 'global'}`,
          ...(opts.instansi ? { instansiKode: opts.instansi } : {}),
          ...(opts.unit ? { unitKode: opts.unit } : {}),
          ...(opts.expires ? { expiresAt: parseExpiry(opts.expires) } : {}),
        }),
      );
      process.stdout.write(`Token #${created.id} (${role}) dibuat. Simpan sekarang, token tidak ditampilkan lagi:\n${created.token}\n`);
    });

  token
    .command('revoke <id>')
    .description('Mencabut token API')
    .action(async (id: string) => {
      const numeric = Number(id);
      if (!Number.isSafeInteger(numeric) || numeric <= 0) throw new CliError(`id token "${id}" tidak valid`);
      await withCliContext((ctx) => revokeToken(ctx, { id: numeric }));
      process.stdout.write(`Token #${numeric} dicabut.\n`);
    });

  token
    .command('list')
    .description('Daftar token API (tanpa rahasianya)')
    .option('--instansi <kode>', 'hanya token instansi ini')
    .option('--json', 'keluaran JSON')
    .action(async (opts: { instansi?: string; json?: boolean }) => {
      const tokens = await withCliContext((ctx) => listTokens(ctx, opts.instansi ? { instansiKode: opts.instansi } : {}));
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(tokens, null, 2)}\n`);
        return;
      }
      for (const t of tokens) {
        const state = t.revokedAt ? 'dicabut' : t.expiresAt && new Date(t.expiresAt) <= new Date() ? 'kedaluwarsa' : 'aktif';
        process.stdout.write(
          `#${t.id}\t${t.prefix}…\t${t.role}\t${t.instansi ?? '-'}\t${t.unit ?? '-'}\t${t.name}\t${state}\tterakhir dipakai: ${t.lastUsedAt ?? '-'}\n`,
        );
      }
      if (tokens.length === 0) process.stdout.write('Belum ada token.\n');
    });
}
