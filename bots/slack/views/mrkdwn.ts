/**
 * Block Kit text helpers: Slack's mrkdwn needs `&`, `<` and `>` escaped, and a section holds at most 3000 characters.
 */
import type { types } from '@slack/bolt';

export type Block = types.KnownBlock;

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const SECTION_LIMIT = 2900;

/** A mrkdwn section; over-long text is cut with an ellipsis rather than rejected by Slack. */
export function section(text: string): Block {
  const escaped = escapeMrkdwn(text);
  return { type: 'section', text: { type: 'mrkdwn', text: escaped.length > SECTION_LIMIT ? `${escaped.slice(0, SECTION_LIMIT)}…` : escaped } };
}

export function header(text: string): Block {
  return { type: 'header', text: { type: 'plain_text', text: text.slice(0, 150), emoji: true } };
}

export function context(text: string): Block {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: escapeMrkdwn(text) }] };
}

export function codeSection(text: string): Block {
  return { type: 'section', text: { type: 'mrkdwn', text: `\`\`\`${escapeMrkdwn(text)}\`\`\`` } };
}
