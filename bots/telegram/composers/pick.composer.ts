/** Inline-keyboard choices from a pick list: answered as if the user had asked for that exact item. */
import { Composer, type Context } from 'grammy';
import type { Logger } from '../../../lib/logger.js';
import type { BotCore } from '../../core/bot-core.js';
import { sendTelegramReply } from '../send-reply.js';

export function pickComposer(deps: { core: BotCore; log: Logger }): Composer<Context> {
  const composer = new Composer<Context>();
  composer.on('callback_query:data', async (ctx) => {
    // Acknowledge first so the user's button stops spinning even if the answer takes a moment.
    await ctx.answerCallbackQuery();
    const reply = await deps.core.answerPick({ platform: 'telegram', externalId: String(ctx.from.id), value: ctx.callbackQuery.data });
    await sendTelegramReply(ctx, reply, deps.log);
  });
  return composer;
}
