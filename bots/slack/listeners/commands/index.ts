/** `/talenta <pertanyaan>`: acked at once, answered through the command's response_url. */
import type { App } from '@slack/bolt';
import type { Logger } from '../../../../lib/logger.js';
import type { BotCore } from '../../../core/answer-query.js';
import { sendSlackReply } from '../../send-reply.js';

export function register(app: App, deps: { core: BotCore; log: Logger }): void {
  app.command('/talenta', async ({ command, ack, respond, client }) => {
    await ack();
    try {
      const reply = await deps.core.answerText({ platform: 'slack', externalId: command.user_id, text: command.text });
      await sendSlackReply({
        reply,
        // Refusals stay private to the asker; answers are shared with the channel the leader asked in.
        post: (message) => respond({ ...message, response_type: reply.kind === 'refusal' ? 'ephemeral' : 'in_channel' }),
        client,
        channelId: command.channel_id,
        log: deps.log,
      });
    } catch (err) {
      deps.log.error({ err: (err as Error).message }, 'slack command failed');
    }
  });
}
