/** `talenta chat link`: lets a Slack or Telegram user ask the bots, with a role and unit scope. */
import type { Command } from 'commander';
import { CHAT_PLATFORMS, type ChatPlatform } from '../../db/enums.js';
import { withAdminSession } from '../admin-session.js';
import { CliError } from '../cli-error.js';

type ChatRole = 'ADMIN' | 'KOMITE' | 'PIMPINAN' | 'VIEWER';

function parsePlatform(value: string): ChatPlatform {
  const platform = value.toLowerCase();
  if (!(CHAT_PLATFORMS as readonly string[]).includes(platform)) {
    throw new CliError(`Platform "${value}" tidak dikenal; pilih ${CHAT_PLATFORMS.join(' atau ')}`);
  }
  return platform as ChatPlatform;
}

export function registerChat(program: Command): void {
  const chat = program.command('chat').description('Mengelola pengguna bot Slack/Telegram');
  chat
    .command('link')
    .description('Menghubungkan pengguna Slack/Telegram ke peran dan cakupan unit')
    .requiredOption('--instansi <kode>', 'kode instansi')
    .requiredOption('--platform <platform>', 'slack atau telegram', parsePlatform)
    .requiredOption('--id <id>', 'ID pengguna Slack (U…) atau Telegram (angka), seperti yang ditampilkan bot')
    .requiredOption('--role <role>', 'peran: ADMIN, KOMITE, PIMPINAN, VIEWER')
    .option('--unit <kode>', 'kode unit cakupan (wajib untuk PIMPINAN)')
    .action(async (opts: { instansi: string; platform: ChatPlatform; id: string; role: string; unit?: string }) => {
      const linked = await withAdminSession('chat link', (session) =>
        session.call('chat.link', {
          instansiKode: opts.instansi,
          platform: opts.platform,
          externalId: opts.id,
          // The service validates the role and names the allowed ones.
          role: opts.role.toUpperCase() as ChatRole,
          ...(opts.unit ? { unit: opts.unit } : {}),
        }),
      );
      process.stdout.write(
        `Pengguna ${linked.platform} ${linked.externalId} ${linked.created ? 'dihubungkan' : 'diperbarui'}: ${linked.role} di ${linked.instansi}` +
          `${linked.unit ? `, unit ${linked.unit}` : ''}\n`,
      );
    });
}
