/** `talenta chat link`: lets a Slack or Telegram user ask the bots, with a role and unit scope. */
import type { Command } from 'commander';
import { CHAT_PLATFORMS } from '../../db/enums.js';
import { linkChatIdentity, type LinkChatIdentityBody } from '../../services/chat/link-chat-identity.js';
import { withCliContext } from '../cli-context.js';
import { CliError } from '../cli-error.js';

type ChatPlatform = (typeof CHAT_PLATFORMS)[number];

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
    .requiredOption('--platform <platform>', 'slack atau telegram')
    .requiredOption('--id <id>', 'ID pengguna Slack (U…) atau Telegram (angka), seperti yang ditampilkan bot')
    .requiredOption('--role <role>', 'peran: ADMIN, KOMITE, PIMPINAN, VIEWER')
    .option('--unit <kode>', 'kode unit cakupan (wajib untuk PIMPINAN)')
    .action(async (opts: { instansi: string; platform: string; id: string; role: string; unit?: string }) => {
      const platform = parsePlatform(opts.platform);
      const linked = await withCliContext((ctx) =>
        linkChatIdentity(ctx, {
          instansiKode: opts.instansi,
          platform,
          externalId: opts.id,
          role: opts.role.toUpperCase() as LinkChatIdentityBody['role'],
          ...(opts.unit ? { unit: opts.unit } : {}),
        }),
      );
      process.stdout.write(
        `Pengguna ${platform} ${linked.externalId} ${linked.created ? 'dihubungkan' : 'diperbarui'}: ${linked.role} di ${linked.instansi}` +
          `${linked.unit ? `, unit ${linked.unit}` : ''}\n`,
      );
    });
}
