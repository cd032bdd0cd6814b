/**
 * Mentions in channels (`@Talenta siapa pengganti sekda?`) answered in a thread, and direct messages. In a channel,
 * an answer that names people is posted ephemerally to the asker alone; aggregates are posted in the thread.
 */
import type { App } from '@slack/bolt';
import type { Logger } from '../../../../lib/logger.js';
import type { BotCore } from '../../../core/bot-core.js';
import { isDirectMessage, isPrivateReply, sendSlackReply } from '../../send-reply.js';
import { slackUserText } from '../../user-text.js';

export function register(app: App, deps: { core: BotCore; log: Logger }): void {
  app.event('app_mention', async ({ event, say, client }) => {
    if (!event.user) return;
    const user = event.user;
    try {
      const reply = await deps.core.answerText({ platform: 'slack', externalId: user, text: slackUserText(event.text) });
      const threadTs = event.thread_ts ?? event.ts;
      const privately = !isDirectMessage({ id: event.channel }) && isPrivateReply(reply);
      await sendSlackReply({
        reply,
        post: (message) =>
          privately
            ? client.chat.postEphemeral({ ...message, channel: event.channel, user, thread_ts: threadTs })
            : say({ ...message, thread_ts: threadTs }),
        client,
        channelId: event.channel,
        threadTs,
        log: deps.log,
      });
    } catch (err) {
      deps.log.error({ err: (err as Error).message }, 'slack mention failed');
    }
  });

  app.message(async ({ message, say, client }) => {
    // Only people's plain messages in a DM with the bot; edits, joins and bot echoes carry a subtype.
    if (message.channel_type !== 'im' || message.subtype !== undefined || !('user' in message) || !message.user) return;
    const text = 'text' in message && typeof message.text === 'string' ? slackUserText(message.text) : '';
    try {
      const reply = await deps.core.answerText({ platform: 'slack', externalId: message.user, text });
      await sendSlackReply({ reply, post: (m) => say(m), client, channelId: message.channel, log: deps.log });
    } catch (err) {
      deps.log.error({ err: (err as Error).message }, 'slack direct message failed');
    }
  });
}
