/**
 * `/talenta <pertanyaan>`: acked at once, answered through the command's response_url. In a channel, answers that
 * name people are ephemeral (only the asker sees them); aggregates are posted for the channel.
 */
import type { App } from '@slack/bolt';
import type { Logger } from '../../../../lib/logger.js';
import type { BotCore } from '../../../core/bot-core.js';
import { isDirectMessage, isPrivateReply, sendSlackReply } from '../../send-reply.js';
import { slackUserText } from '../../user-text.js';

export function register(app: App, deps: { core: BotCore; log: Logger }): void {
  app.command('/talenta', async ({ command, ack, respond, client }) => {
    await ack();
    try {
      const reply = await deps.core.answerText({ platform: 'slack', externalId: command.user_id, text: slackUserText(command.text) });
      const shared = !isDirectMessage({ id: command.channel_id, name: command.channel_name });
      const responseType = shared && isPrivateReply(reply) ? 'ephemeral' : 'in_channel';
      await sendSlackReply({
        reply,
        post: (message) => respond({ ...message, response_type: responseType }),
        client,
        channelId: command.channel_id,
        log: deps.log,
      });
    } catch (err) {
      deps.log.error({ err: (err as Error).message }, 'slack command failed');
    }
  });
}
