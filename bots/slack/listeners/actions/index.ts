/**
 * Pick-list buttons: the chosen option is answered in place of the list. Lists in channels are shown to the asker
 * alone, so the answer replacing them stays private; further messages of a long answer follow the same way.
 */
import type { App, BlockButtonAction } from '@slack/bolt';
import type { Logger } from '../../../../lib/logger.js';
import type { BotCore } from '../../../core/bot-core.js';
import { PICK_ACTION_PREFIX } from '../../block-kit.js';
import { isDirectMessage, isPrivateReply, sendSlackReply } from '../../send-reply.js';

export function register(app: App, deps: { core: BotCore; log: Logger }): void {
  app.action<BlockButtonAction>(new RegExp(`^${PICK_ACTION_PREFIX}`), async ({ action, body, ack, respond, client }) => {
    await ack();
    try {
      const reply = await deps.core.answerPick({ platform: 'slack', externalId: body.user.id, value: action.value ?? '' });
      const shared = !isDirectMessage({ id: body.channel?.id });
      const responseType = shared && isPrivateReply(reply) ? 'ephemeral' : 'in_channel';
      await sendSlackReply({
        reply,
        post: (message, index) => respond({ ...message, replace_original: index === 0, response_type: responseType }),
        client,
        channelId: body.channel?.id,
        log: deps.log,
      });
    } catch (err) {
      deps.log.error({ err: (err as Error).message }, 'slack pick action failed');
    }
  });
}
