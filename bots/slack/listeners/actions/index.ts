/** Pick-list buttons: the chosen option's value is answered, replacing the list in place. */
import type { App, BlockButtonAction } from '@slack/bolt';
import type { Logger } from '../../../../lib/logger.js';
import type { BotCore } from '../../../core/answer-query.js';
import { sendSlackReply } from '../../send-reply.js';
import { PICK_ACTION_PREFIX } from '../../views/pick-list.view.js';

export function register(app: App, deps: { core: BotCore; log: Logger }): void {
  app.action<BlockButtonAction>(new RegExp(`^${PICK_ACTION_PREFIX}`), async ({ action, body, ack, respond, client }) => {
    await ack();
    try {
      const reply = await deps.core.answerPick({ platform: 'slack', externalId: body.user.id, value: action.value ?? '' });
      await sendSlackReply({
        reply,
        post: (message) => respond({ ...message, replace_original: true }),
        client,
        channelId: body.channel?.id,
        log: deps.log,
      });
    } catch (err) {
      deps.log.error({ err: (err as Error).message }, 'slack pick action failed');
    }
  });
}
