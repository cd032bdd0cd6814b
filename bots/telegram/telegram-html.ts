/**
 * Telegram messages are sent with parse_mode HTML: only `&`, `<`, `>` need escaping, unlike MarkdownV2's long
 * list, and `<pre>` keeps the nine-box grid aligned. Pure, unit-tested.
 */
import type { BotReply } from '../core/bot-reply.js';
import { presentNineBox } from '../shared/presenters/nine-box.presenter.js';
import { presentReplyText } from '../shared/presenters/reply.presenter.js';

export const TELEGRAM_TEXT_LIMIT = 4096;
export const TELEGRAM_CAPTION_LIMIT = 1024;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function clip(html: string, limit: number): string {
  return html.length > limit ? `${html.slice(0, limit - 1)}…` : html;
}

/** The HTML text of a reply; the nine-box grid is preformatted. */
export function replyHtml(reply: BotReply): string {
  if (reply.kind === 'ninebox') {
    const { heading, grid, footer } = presentNineBox(reply.data);
    return clip(`<b>${escapeHtml(heading)}</b>\n<pre>${escapeHtml(grid)}</pre>\n${escapeHtml(footer)}`, TELEGRAM_TEXT_LIMIT);
  }
  const [first = '', ...rest] = presentReplyText(reply).split('\n');
  return clip([`<b>${escapeHtml(first)}</b>`, ...rest.map(escapeHtml)].join('\n'), TELEGRAM_TEXT_LIMIT);
}

/** Short caption under the nine-box photo; the full text follows as its own message. */
export function nineBoxCaption(reply: Extract<BotReply, { kind: 'ninebox' }>): string {
  const { heading, footer } = presentNineBox(reply.data);
  return clip(escapeHtml(`${heading}\n${footer}`), TELEGRAM_CAPTION_LIMIT);
}
