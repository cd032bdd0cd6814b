/**
 * Free text ("siapa pengganti sekda?") in private chats, or in groups when it mentions the bot or replies to it; a
 * message that replies to someone else's is read with what it quotes.
 */
import { Composer, type Context } from 'grammy';
import type { Logger } from '../../../lib/logger.js';
import type { BotCore } from '../../core/bot-core.js';
import { sendTelegramReply } from '../send-reply.js';

export function textComposer(deps: { core: BotCore; log: Logger }): Composer<Context> {
  const composer = new Composer<Context>();
  composer.on('message:text', async (ctx) => {
    if (ctx.msg.text.startsWith('/')) return;
    const mention = `@${ctx.me.username}`;
    const inGroup = ctx.chat.type !== 'private';
    const repliesToBot = ctx.msg.reply_to_message?.from?.id === ctx.me.id;
    if (inGroup && !ctx.msg.text.includes(mention) && !repliesToBot) return;
    // "@TalentaBot tolong jawab ya" in reply to the Sekda's question: the quoted message is read with it (the
    // grammar reads the reply first, the quote when the reply asks nothing of its own; bots/core/quoted-reply.ts).
    const quoted = ctx.msg.reply_to_message?.text;
    const quote = quoted && !repliesToBot ? `${quoted.split('\n').map((line) => `> ${line}`).join('\n')}\n` : '';
    const text = quote + ctx.msg.text.split(mention).join(' ');
    const reply = await deps.core.answerText({ platform: 'telegram', externalId: String(ctx.from.id), text });
    await sendTelegramReply(ctx, reply, deps.log);
  });
  return composer;
}
