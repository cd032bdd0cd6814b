/**
 * Delivers a reply in Slack: the Block Kit message through the given poster (respond or say), then, for the
 * nine-box, the PNG uploaded to the same channel with files.uploadV2. A failed upload is logged and the text stays.
 */
import type { webApi } from '@slack/bolt';
import type { Logger } from '../../lib/logger.js';
import type { BotReply } from '../core/bot-reply.js';
import { reviewLabel } from '../shared/presenters/labels.presenter.js';
import { replyMessage, type SlackMessage } from './views/reply.view.js';

export async function sendSlackReply(args: {
  reply: BotReply;
  post: (message: SlackMessage) => Promise<unknown>;
  client: webApi.WebClient;
  channelId: string | undefined;
  threadTs?: string;
  log: Logger;
}): Promise<void> {
  const { reply, client, channelId, log } = args;
  await args.post(replyMessage(reply));
  if (reply.kind !== 'ninebox' || reply.png === null || !channelId) return;
  try {
    const file = {
      file: reply.png,
      filename: 'nine-box.png',
      title: `Nine-box — ${reply.data.unit?.nama ?? 'seluruh instansi'} (${reviewLabel(reply.data.review)})`,
      alt_text: 'Grafik sembilan kotak talenta',
    };
    await (args.threadTs
      ? client.files.uploadV2({ ...file, channel_id: channelId, thread_ts: args.threadTs })
      : client.files.uploadV2({ ...file, channel_id: channelId }));
  } catch (err) {
    log.warn({ err: (err as Error).message }, 'slack image upload failed');
  }
}
