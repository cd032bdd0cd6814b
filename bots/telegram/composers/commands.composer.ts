/**
 * Slash commands: `/kandidat <jabatan>`, `/ninebox [unit]`, `/profil <nip|nama>`, `/risiko [unit]`, `/jadwal`,
 * `/bantuan` and `/start`. Each becomes the same question text the core parses, so commands and free text agree.
 */
import { Composer, type Context } from 'grammy';
import type { Logger } from '../../../lib/logger.js';
import type { BotCore } from '../../core/answer-query.js';
import { sendTelegramReply } from '../send-reply.js';

export const TELEGRAM_COMMANDS = ['kandidat', 'ninebox', 'profil', 'risiko', 'jadwal', 'bantuan'] as const;

export function commandsComposer(deps: { core: BotCore; log: Logger }): Composer<Context> {
  const composer = new Composer<Context>();
  composer.command(['start', 'help'], async (ctx) => {
    if (!ctx.from) return;
    const reply = await deps.core.answerText({ platform: 'telegram', externalId: String(ctx.from.id), text: 'bantuan' });
    await sendTelegramReply(ctx, reply, deps.log);
  });
  for (const command of TELEGRAM_COMMANDS) {
    composer.command(command, async (ctx) => {
      if (!ctx.from) return;
      const reply = await deps.core.answerText({ platform: 'telegram', externalId: String(ctx.from.id), text: `${command} ${ctx.match}` });
      await sendTelegramReply(ctx, reply, deps.log);
    });
  }
  return composer;
}
