/**
 * A reply as Slack messages: Block Kit blocks plus the plain-text `text` Slack shows in notifications. Every piece of
 * text is escaped for mrkdwn (`&`, `<`, `>`), the fallback included, so a name such as `<!channel>` is shown, never
 * executed. Long replies are split between blocks into messages of at most 45 blocks and ~3500 characters, and
 * every message ends with the review line. Pure, unit-tested.
 */
import type { types } from '@slack/bolt';
import { bulleted } from '../core/plain-text.js';
import type { Reply, ReplyBlock } from '../core/reply.js';
import { pack, splitAtWords } from '../core/split.js';

export type Block = types.KnownBlock;

export interface SlackMessage {
  text: string;
  blocks: Block[];
}

/** The prefix of every pick-list button's action id; the action listener matches it. */
export const PICK_ACTION_PREFIX = 'talenta_pick_';

const SECTION_LIMIT = 2900;
const HEADER_LIMIT = 150;
const FIELD_LIMIT = 1900;
const MESSAGE_TEXT_BUDGET = 3500;
const MESSAGE_BLOCK_LIMIT = 45;

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

interface Unit {
  block: Block;
  /** What the block says, unescaped: the notification text is built from it. */
  plain: string;
}

const section = (plain: string): Unit => ({ block: { type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(plain) } }, plain });

function sections(plain: string): Unit[] {
  return splitAtWords(plain, SECTION_LIMIT / 1.25).map(section);
}

function blockUnits(block: ReplyBlock): Unit[] {
  switch (block.kind) {
    case 'title':
      return block.text.length <= HEADER_LIMIT
        ? [{ block: { type: 'header', text: { type: 'plain_text', text: block.text, emoji: true } }, plain: block.text }]
        : sections(block.text);
    case 'text':
      return sections(block.text);
    case 'list':
      return pack(block.items.map(bulleted), { budget: SECTION_LIMIT / 1.25, size: (item) => item.length + 1 }).map((group) => section(group.join('\n')));
    case 'grid':
      return [{ block: { type: 'section', text: { type: 'mrkdwn', text: `\`\`\`${escapeMrkdwn(block.text)}\`\`\`` } }, plain: block.text }];
    case 'columns':
      return [{
        block: {
          type: 'section',
          fields: block.columns.slice(0, 10).map((c) => ({
            type: 'mrkdwn' as const,
            text: escapeMrkdwn([`*${c.title}*`, ...c.lines].join('\n')).slice(0, FIELD_LIMIT),
          })),
        },
        plain: block.columns.map((c) => [c.title, ...c.lines].join('\n')).join('\n\n'),
      }];
    case 'note':
      return splitAtWords(block.text, SECTION_LIMIT / 1.25).map((part) => ({
        block: { type: 'context', elements: [{ type: 'mrkdwn', text: escapeMrkdwn(part) }] },
        plain: part,
      }));
    case 'divider':
      return [{ block: { type: 'divider' }, plain: '' }];
  }
}

function choiceUnits(reply: Reply): Unit[] {
  return (reply.choices?.options ?? []).map((option, i) => ({
    block: {
      type: 'section',
      text: { type: 'mrkdwn', text: `*${escapeMrkdwn(option.label)}*\n${escapeMrkdwn(option.detail)}` },
      accessory: {
        type: 'button',
        text: { type: 'plain_text', text: option.label.slice(0, 70) || '…', emoji: true },
        action_id: `${PICK_ACTION_PREFIX}${i}`,
        value: option.value,
      },
    },
    plain: `${i + 1}. ${option.label} — ${option.detail}`,
  }));
}

export function slackMessages(reply: Reply): SlackMessage[] {
  const units = [...reply.blocks.flatMap(blockUnits), ...choiceUnits(reply)];
  const source = reply.source;
  const groups = pack(units, { budget: MESSAGE_TEXT_BUDGET - (source?.length ?? 0), size: (u) => u.plain.length + 1, maxItems: MESSAGE_BLOCK_LIMIT });
  return groups.map((chosen) => {
    const blocks = chosen.map((u) => u.block);
    if (source) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: escapeMrkdwn(source) }] });
    const plain = [...chosen.map((u) => u.plain).filter((p) => p.length > 0), ...(source ? [source] : [])].join('\n');
    return { text: escapeMrkdwn(plain), blocks };
  });
}
