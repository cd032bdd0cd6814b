/**
 * Delivers a reply in Slack through the poster the listener provides (respond, say or an ephemeral post), message
 * by message, then uploads the nine-box image to the conversation. Privacy: in a channel, an answer that names
 * people — and refusals and pick lists, which concern only the asker — is shown to the asker alone; aggregates are
 * posted for the channel.
 */
import type { webApi } from '@slack/bolt';
import type { Logger } from '../../lib/logger.js';
import type { Reply } from '../core/reply.js';
import { slackMessages, type SlackMessage } from './block-kit.js';

/** Only the asker sees it: personal data, a refusal, or a question back to the asker. */
export function isPrivateReply(reply: Reply): boolean {
  return reply.personal || reply.refusal !== undefined || reply.choices !== undefined;
}

/** A DM channel id starts with D; slash commands in DMs also say `directmessage`. */
export function isDirectMessage(channel: { id?: string | undefined; name?: string | undefined }): boolean {
  return (channel.id?.startsWith('D') ?? false) || channel.name === 'directmessage';
}

export async function sendSlackReply(args: {
  reply: Reply;
  /** Posts one message; `index` 0 is the first message of the reply. */
  post: (message: SlackMessage, index: number) => Promise<unknown>;
  client: webApi.WebClient;
  channelId: string | undefined;
  threadTs?: string;
  log: Logger;
}): Promise<void> {
  const { reply, client, channelId, log } = args;
  for (const [i, message] of slackMessages(reply).entries()) await args.post(message, i);
  if (!reply.image || !channelId) return;
  try {
    const file = { file: reply.image.png, filename: 'nine-box.png', title: `${reply.image.title} (${reply.source ?? ''})`, alt_text: reply.image.alt };
    await (args.threadTs
      ? client.files.uploadV2({ ...file, channel_id: channelId, thread_ts: args.threadTs })
      : client.files.uploadV2({ ...file, channel_id: channelId }));
  } catch (err) {
    log.warn({ err: (err as Error).message }, 'slack image upload failed');
  }
}
