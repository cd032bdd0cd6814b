/**
 * A reply as Telegram HTML messages: only `&`, `<`, `>` need escaping (unlike MarkdownV2's long list), the grid
 * stays aligned in `<pre>`. Long replies are split into messages of at most 4096 characters between pieces (never
 * inside a word), and every message ends with the review line. Pure, unit-tested.
 */
import { replyPieces, type Piece } from '../core/plain-text.js';
import type { Reply } from '../core/reply.js';
import { pack, splitAtWords } from '../core/split.js';

export const TELEGRAM_TEXT_LIMIT = 4096;
const TELEGRAM_CAPTION_LIMIT = 1024;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const WRAP: Readonly<Record<Piece['kind'], readonly [string, string]>> = {
  title: ['<b>', '</b>'],
  note: ['<i>', '</i>'],
  grid: ['<pre>', '</pre>'],
  text: ['', ''],
  item: ['', ''],
  divider: ['', ''],
};

function html(piece: Piece, text = piece.text): string {
  const [open, close] = WRAP[piece.kind];
  return `${open}${escapeHtml(text)}${close}`;
}

/** The HTML messages of a reply, in order. */
export function telegramMessages(reply: Reply): string[] {
  const footer = reply.source ? `<i>${escapeHtml(reply.source)}</i>` : '';
  const budget = TELEGRAM_TEXT_LIMIT - (footer ? footer.length + 2 : 0);
  const pieces = replyPieces(reply).flatMap((piece) => {
    const whole = html(piece);
    if (whole.length <= budget) return [whole];
    // Escaping can lengthen text by up to five times (`&` → `&amp;`); cut the raw text with room to spare.
    const room = Math.floor((budget - 16) / (whole.length / piece.text.length));
    return splitAtWords(piece.text, room).map((part) => html(piece, part));
  });
  return pack(pieces, { budget, size: (p) => p.length + 1 }).map((group) => [...group, ...(footer ? ['', footer] : [])].join('\n'));
}

/** Short caption under the nine-box photo (title and review line); the full text follows as messages. */
export function photoCaption(reply: Reply): string {
  const title = reply.blocks.find((b) => b.kind === 'title');
  const text = [title && 'text' in title ? title.text : '', reply.source ?? ''].filter((s) => s.length > 0).join('\n');
  return escapeHtml(splitAtWords(text, TELEGRAM_CAPTION_LIMIT / 2)[0] ?? '');
}
