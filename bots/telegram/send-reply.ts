/**
 * Delivers a reply in Telegram: the image as a photo, the text as one or more HTML messages, a pick list as an
 * inline keyboard under the last one. Privacy: in a group, an answer that names people goes to the asker's private
 * chat, and the group is only told so (or, when the bot may not write to the asker yet, asked to open a private
 * chat); aggregates are answered in the group.
 */
import { InlineKeyboard, InputFile, type Context } from 'grammy';
import type { Logger } from '../../lib/logger.js';
import { CALLBACK_DATA_LIMIT } from '../core/pick.js';
import type { Reply } from '../core/reply.js';
import { say } from '../language/lang.js';
import { escapeHtml, photoCaption, telegramMessages } from './telegram-html.js';

export function pickKeyboard(reply: Reply): InlineKeyboard | null {
  const options = (reply.choices?.options ?? []).filter((o) => Buffer.byteLength(o.value) <= CALLBACK_DATA_LIMIT);
  if (options.length === 0) return null;
  const keyboard = new InlineKeyboard();
  for (const [i, option] of options.entries()) keyboard.text(`${i + 1}. ${option.label}`.slice(0, 60), option.value).row();
  return keyboard;
}

/** Sends the whole reply to one chat. */
async function deliver(ctx: Context, chatId: number, reply: Reply, log: Logger): Promise<void> {
  if (reply.image) {
    try {
      await ctx.api.sendPhoto(chatId, new InputFile(reply.image.png, 'nine-box.png'), { caption: photoCaption(reply), parse_mode: 'HTML' });
    } catch (err) {
      log.warn({ err: (err as Error).message }, 'telegram photo failed');
    }
  }
  const messages = telegramMessages(reply);
  const keyboard = pickKeyboard(reply);
  for (const [i, text] of messages.entries()) {
    const last = i === messages.length - 1;
    await ctx.api.sendMessage(chatId, text, { parse_mode: 'HTML', ...(last && keyboard ? { reply_markup: keyboard } : {}) });
  }
}

export async function sendTelegramReply(ctx: Context, reply: Reply, log: Logger): Promise<void> {
  const chat = ctx.chat;
  const from = ctx.from;
  if (!chat) return;
  if (chat.type === 'private' || !reply.personal || !from) {
    await deliver(ctx, chat.id, reply, log);
    return;
  }
  const t = say(reply.lang);
  let notice: string;
  try {
    await deliver(ctx, from.id, reply, log);
    notice = t('🔒 Jawabannya memuat data pribadi pegawai, jadi saya kirim lewat chat pribadi.',
      '🔒 The answer names employees, so I sent it to you in a private chat.');
  } catch (err) {
    log.warn({ err: (err as Error).message }, 'telegram private delivery failed');
    notice = t(`🔒 Jawaban yang memuat data pribadi hanya saya berikan di chat pribadi. Buka chat dengan @${ctx.me.username} dan tanyakan di sana.`,
      `🔒 Answers that name employees are given in a private chat only. Open a chat with @${ctx.me.username} and ask there.`);
  }
  await ctx.api.sendMessage(chat.id, escapeHtml(notice), { parse_mode: 'HTML' });
}
