/**
 * A reply as plain-text pieces (title, paragraph, one list item, the grid, a column, the pick list…), in order. The
 * transports format and pack the same pieces, so every platform says the same thing.
 */
import type { Reply, ReplyBlock } from './reply.js';

export type Piece =
  | { kind: 'title' | 'text' | 'note' | 'grid' | 'divider'; text: string }
  | { kind: 'item'; text: string };

/** A list item is shown with a bullet unless it is already numbered ("1. …"). */
export function bulleted(item: string): string {
  return /^\d+\.\s/.test(item) ? item : `• ${item}`;
}

function blockPieces(block: ReplyBlock): Piece[] {
  switch (block.kind) {
    case 'title':
    case 'text':
    case 'note':
    case 'grid':
      return [{ kind: block.kind, text: block.text }];
    case 'list':
      return block.items.map((item) => ({ kind: 'item', text: bulleted(item) }));
    case 'columns':
      return block.columns.map((c) => ({ kind: 'text', text: [c.title, ...c.lines.map((l) => `  ${l}`)].join('\n') }));
    case 'divider':
      return [{ kind: 'divider', text: '—' }];
  }
}

export function replyPieces(reply: Reply): Piece[] {
  const pieces = reply.blocks.flatMap(blockPieces);
  for (const [i, option] of (reply.choices?.options ?? []).entries()) pieces.push({ kind: 'item', text: `${i + 1}. ${option.label} — ${option.detail}` });
  return pieces;
}

/** The whole reply as one plain text (tests, logs of shapes, notification previews). */
export function replyText(reply: Reply): string {
  return [...replyPieces(reply).map((p) => p.text), ...(reply.source ? [reply.source] : [])].join('\n');
}
