/**
 * Delivers a reply in Telegram: the nine-box as a photo (PNG from memory) followed by its text grid, pick lists
 * as inline keyboards, everything else as one HTML message.
 */
import { InlineKeyboard, InputFile, type Context } from 'grammy';
import type { Logger } from '../../lib/logger.js';
import type { BotReply } from '../core/bot-reply.js';
import { nineBoxCaption, replyHtml } from './telegram-html.js';

/** Telegram refuses callback data longer than 64 bytes; such an option is listed in the text only. */
const CALLBACK_DATA_LIMIT = 64;

export function pickKeyboard(reply: Extract<BotReply, { kind: 'pick' }>): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const option of reply.options) {
    if (Buffer.byteLength(option.value) > CALLBACK_DATA_LIMIT) continue;
    keyboard.text(option.label.slice(0, 60), option.value).row();
  }
  return keyboard;
}

export async function sendTelegramReply(ctx: Context, reply: BotReply, log: Logger): Promise<void> {
  if (reply.kind === 'ninebox' && reply.png) {
    try {
      await ctx.replyWithPhoto(new InputFile(reply.png, 'nine-box.png'), { caption: nineBoxCaption(reply), parse_mode: 'HTML' });
    } catch (err) {
      log.warn({ err: (err as Error).message }, 'telegram photo failed');
    }
  }
  if (reply.kind === 'pick') {
    await ctx.reply(replyHtml(reply), { parse_mode: 'HTML', reply_markup: pickKeyboard(reply) });
    return;
  }
  await ctx.reply(replyHtml(reply), { parse_mode: 'HTML' });
}
