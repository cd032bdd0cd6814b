import type { PickOption } from '../../core/bot-reply.js';
import { section, type Block } from './mrkdwn.js';

/** Action ids of pick buttons start with this; the action listener matches on it. */
export const PICK_ACTION_PREFIX = 'talenta_pick_';

/** The question and one button per option; the button's value is answered by the action listener. */
export function pickListBlocks(prompt: string, options: readonly PickOption[]): Block[] {
  return [
    section(prompt),
    ...options.map(
      (option, i): Block => ({
        type: 'section',
        text: { type: 'mrkdwn', text: `*${option.label.replace(/[*<>&]/g, '')}*\n${option.detail.replace(/[<>&]/g, '')}` },
        accessory: {
          type: 'button',
          text: { type: 'plain_text', text: 'Pilih' },
          action_id: `${PICK_ACTION_PREFIX}${i}`,
          value: option.value,
        },
      }),
    ),
  ];
}
