/**
 * The {@link Notifier} the review jobs call when a review finishes: the summary posted to the instansi's Slack
 * channel (chat.postMessage) and Telegram chat (sendMessage). Each target is tried on its own, so one platform's
 * outage does not silence the other; if every configured target fails the error propagates and the job retries.
 */
import type { App } from '@slack/bolt';
import type { Bot } from 'grammy';
import type { Logger } from '../lib/logger.js';
import type { Notifier, ReviewSummary } from '../services/notifications/notifier.js';
import { presentReviewSummary } from './shared/review-summary.js';
import { escapeMrkdwn } from './slack/block-kit.js';
import { escapeHtml } from './telegram/telegram-html.js';

export function createChatNotifier(args: {
  slack?: { app: App; token: string };
  telegram?: { bot: Bot };
  log: Logger;
}): Notifier {
  const { slack, telegram, log } = args;
  return {
    async reviewFinished(summary: ReviewSummary): Promise<void> {
      const text = presentReviewSummary(summary);
      const sends: Array<Promise<unknown>> = [];
      if (slack && summary.instansi.slackChannel) {
        sends.push(slack.app.client.chat.postMessage({ token: slack.token, channel: summary.instansi.slackChannel, text: escapeMrkdwn(text), mrkdwn: false }));
      }
      if (telegram && summary.instansi.telegramChatId) {
        sends.push(telegram.bot.api.sendMessage(summary.instansi.telegramChatId, escapeHtml(text), { parse_mode: 'HTML' }));
      }
      const results = await Promise.allSettled(sends);
      const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      for (const failure of failed) log.warn({ err: (failure.reason as Error).message }, 'review summary not delivered');
      if (failed.length > 0 && failed.length === results.length) throw new Error('Ringkasan tinjauan tidak terkirim ke kanal mana pun');
    },
  };
}
