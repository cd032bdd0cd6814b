/**
 * A {@link BotReply} as a Slack message: Block Kit blocks plus the plain-text fallback Slack shows in
 * notifications. The nine-box image is uploaded separately by the sender.
 */
import type { BotReply } from '../../core/bot-reply.js';
import { presentNineBox } from '../../shared/presenters/nine-box.presenter.js';
import { presentReplyText } from '../../shared/presenters/reply.presenter.js';
import { helpBlocks } from './help.view.js';
import { codeSection, context, header, section, type Block } from './mrkdwn.js';
import { pickListBlocks } from './pick-list.view.js';
import { risksBlocks } from './risks.view.js';
import { slateBlocks } from './slate.view.js';

export interface SlackMessage {
  text: string;
  blocks: Block[];
}

export function replyMessage(reply: BotReply): SlackMessage {
  const text = presentReplyText(reply);
  return { text: text.length > 3000 ? `${text.slice(0, 2990)}…` : text, blocks: replyBlocks(reply, text) };
}

function replyBlocks(reply: BotReply, text: string): Block[] {
  switch (reply.kind) {
    case 'slate':
      return slateBlocks(reply.data);
    case 'risiko':
      return risksBlocks(reply.data, reply.outlook, reply.unit);
    case 'bantuan':
      return helpBlocks();
    case 'pick':
      return pickListBlocks(reply.prompt, reply.options);
    case 'ninebox': {
      const { heading, grid, footer } = presentNineBox(reply.data);
      return [header(heading), codeSection(grid), context(footer)];
    }
    default:
      return [section(text)];
  }
}
