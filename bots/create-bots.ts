/**
 * Composition of the chat bots for `talenta serve`: the core over the registered intents, the Slack and Telegram
 * transports that are configured, their fastify plugins (`/slack/events`, `/telegram/webhook`) and the review
 * notifier. Nothing is created for a platform without its token.
 */
import type { FastifyInstance } from 'fastify';
import type { UserFromGetMe } from 'grammy/types';
import type { Deps } from '../services/deps.js';
import type { Notifier } from '../services/notifications/notifier.js';
import { createBotCore, type BotCore } from './core/bot-core.js';
import { INTENTS } from './intents/index.js';
import { createChatNotifier } from './notifier.js';
import type { SlackTransport } from './slack/slack-app.js';
import { slackConfigured } from './slack/slack-config.js';
import type { TelegramTransport } from './telegram/telegram-bot.js';

export interface Bots {
  core: BotCore;
  slack: SlackTransport | null;
  telegram: TelegramTransport | null;
  /** Register each with `buildServer(deps, { plugins })`. */
  fastifyPlugins: Array<(app: FastifyInstance) => Promise<void>>;
  /** Present when at least one platform is configured; set it as `deps.notifier`. */
  notifier: Notifier | undefined;
  /** Socket Mode / long polling / webhook registration; call after the server listens. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Bolt and grammY are loaded only for the platforms configured: a server without bots never needs them. */
export async function createBots(deps: Deps, options: { telegramBotInfo?: UserFromGetMe; now?: () => Date } = {}): Promise<Bots> {
  const core = createBotCore({ deps, intents: INTENTS, ...(options.now ? { now: options.now } : {}) });
  const slack = slackConfigured(deps.config)
    ? (await import('./slack/slack-app.js')).createSlackTransport({ config: deps.config, log: deps.log, core })
    : null;
  const telegram = deps.config.TELEGRAM_BOT_TOKEN
    ? (await import('./telegram/telegram-bot.js')).createTelegramTransport({
        config: deps.config,
        log: deps.log,
        core,
        ...(options.telegramBotInfo ? { botInfo: options.telegramBotInfo } : {}),
      })
    : null;
  const fastifyPlugins = [slack?.plugin, telegram?.plugin].filter((p): p is (app: FastifyInstance) => Promise<void> => p !== undefined);
  const slackToken = deps.config.SLACK_BOT_TOKEN;
  const notifier =
    slack || telegram
      ? createChatNotifier({
          ...(slack && slackToken ? { slack: { app: slack.app, token: slackToken } } : {}),
          ...(telegram ? { telegram: { bot: telegram.bot } } : {}),
          log: deps.log,
        })
      : undefined;
  return {
    core,
    slack,
    telegram,
    fastifyPlugins,
    notifier,
    async start() {
      await slack?.start();
      await telegram?.start();
    },
    async stop() {
      await Promise.allSettled([slack?.stop(), telegram?.stop()]);
    },
  };
}
