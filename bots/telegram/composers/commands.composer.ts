/**
 * Slash commands: one per intent that declares a command (`/kandidat <jabatan>`, `/ninebox [unit]`, `/pensiun`…),
 * plus `/start` and `/help`. A command's text is read as that intent, so commands and free text agree.
 */
import { Composer, type Context } from 'grammy';
import type { Logger } from '../../../lib/logger.js';
import type { BotCore } from '../../core/bot-core.js';
import { sendTelegramReply } from '../send-reply.js';

export function commandsComposer(deps: { core: BotCore; log: Logger }): Composer<Context> {
  const composer = new Composer<Context>();
  composer.command(['start', 'help'], async (ctx) => {
    if (!ctx.from) return;
    // "/help" alone is English, "/start" alone Indonesian: the command word is the only text to read the language from.
    const text = ctx.match || ctx.msg.text.slice(1).split(/[\s@]/)[0] || '';
    const reply = await deps.core.answerText({ platform: 'telegram', externalId: String(ctx.from.id), text, intent: 'bantuan' });
    await sendTelegramReply(ctx, reply, deps.log);
  });
  for (const command of deps.core.commands) {
    composer.command(command.name, async (ctx) => {
      if (!ctx.from) return;
      const reply = await deps.core.answerText({ platform: 'telegram', externalId: String(ctx.from.id), text: ctx.match, intent: command.intent });
      await sendTelegramReply(ctx, reply, deps.log);
    });
  }
  return composer;
}
