/**
 * What an intent answers, before any transport formats it: a list of generic blocks (title, paragraphs, lists, a
 * monospace grid, side-by-side columns, notes), the review the answer comes from, an optional image and pick list,
 * and whether it names people. Slack turns blocks into Block Kit, Telegram into HTML; both split long answers the
 * same way and repeat the review line in every message.
 */
import type { Lang } from '../language/lang.js';

export type ReplyBlock =
  | { kind: 'title'; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'list'; items: readonly string[] }
  /** Preformatted text (the nine-box grid): kept monospace and never re-wrapped. */
  | { kind: 'grid'; text: string }
  /** Side by side (a comparison): one column per person. */
  | { kind: 'columns'; columns: ReadonlyArray<{ title: string; lines: readonly string[] }> }
  | { kind: 'note'; text: string }
  | { kind: 'divider' };

/** One entry of a pick list. `value` is what a button sends back (see pick.ts). */
export interface PickOption {
  label: string;
  detail: string;
  value: string;
}

export type RefusalReason = 'unlinked' | 'forbidden' | 'not_found' | 'no_review' | 'invalid' | 'error';

export interface Reply {
  lang: Lang;
  /** Names people, or shows their scores: answered only where no one else reads along. */
  personal: boolean;
  blocks: readonly ReplyBlock[];
  /** "Tinjauan 1a2b3c4d per 2026-10-01 …": repeated in every message a long answer is split into. */
  source: string | null;
  image?: { png: Buffer; title: string; alt: string };
  /** A pick list: shown after the blocks, numbered in text and as buttons. */
  choices?: { options: readonly PickOption[]; more: number };
  /** Set when the reply refuses or cannot answer. */
  refusal?: RefusalReason;
}

/** A short refusal or notice: one paragraph, no personal data. */
export function refusalReply(lang: Lang, reason: RefusalReason, text: string): Reply {
  return { lang, personal: false, blocks: [{ kind: 'text', text }], source: null, refusal: reason };
}
