/**
 * The Telegram transport: a grammY bot fed by our fastify webhook (`POST /telegram/webhook`, secret token checked
 * before anything else) or, without a webhook secret, by long polling started with the server.
 */
import { timingSafeEqual } from 'node:crypto';
import { Bot, type Context } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../lib/config.js';
import type { Logger } from '../../lib/logger.js';
import type { BotCore } from '../core/bot-core.js';
import { createReplayGuard } from '../shared/replay-guard.js';
import { commandsComposer } from './composers/commands.composer.js';
import { pickComposer } from './composers/pick.composer.js';
import { textComposer } from './composers/text.composer.js';

export interface TelegramTransport {
  bot: Bot;
  /** Fastify plugin for `POST /telegram/webhook`; absent in long-polling mode. */
  plugin?: (fastify: FastifyInstance) => Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * @param botInfo - the bot's getMe answer when known (tests); otherwise fetched once on first use
 * @returns the transport, or `null` without TELEGRAM_BOT_TOKEN
 */
export function createTelegramTransport(args: { config: Config; log: Logger; core: BotCore; botInfo?: UserFromGetMe }): TelegramTransport | null {
  const { config, core } = args;
  const token = config.TELEGRAM_BOT_TOKEN;
  if (!token) return null;
  const log = args.log.child({ component: 'telegram' });
  const bot = new Bot<Context>(token, {
    ...(args.botInfo ? { botInfo: args.botInfo } : {}),
    ...(config.TELEGRAM_API_ROOT ? { client: { apiRoot: config.TELEGRAM_API_ROOT.replace(/\/$/, '') } } : {}),
  });
  const deps = { core, log };
  const replays = createReplayGuard();
  // Telegram delivers an update again when the webhook answered slowly or not at all: answer it once.
  bot.use(async (ctx, next) => {
    if (replays.firstTime(String(ctx.update.update_id))) await next();
  });
  bot.use(commandsComposer(deps), pickComposer(deps), textComposer(deps));
  bot.catch((err) => {
    log.error({ err: err.error instanceof Error ? err.error.message : String(err.error) }, 'telegram update failed');
  });
  const secret = config.TELEGRAM_WEBHOOK_SECRET;

  const plugin = secret
    ? async (fastify: FastifyInstance): Promise<void> => {
        fastify.post('/telegram/webhook', async (request, reply) => {
          const given = request.headers['x-telegram-bot-api-secret-token'];
          if (!sameSecret(Array.isArray(given) ? given[0] : given, secret)) {
            return reply.code(401).send({ error: { code: 'telegram.secret_invalid', message: 'Token rahasia webhook tidak valid' }, requestId: request.id });
          }
          if (!bot.isInited()) await bot.init();
          // Errors are caught by bot.catch; Telegram only needs a 200 to stop redelivering the update.
          await bot.handleUpdate(request.body as Parameters<typeof bot.handleUpdate>[0]);
          return reply.code(200).send({ ok: true });
        });
      }
    : undefined;

  return {
    bot,
    ...(plugin ? { plugin } : {}),
    async start() {
      for (const language of ['id', 'en'] as const) {
        await bot.api
          .setMyCommands(
            core.commands.map((c) => ({ command: c.name, description: c.description[language] })),
            language === 'en' ? { language_code: 'en' } : {},
          )
          .catch((err: Error) => log.warn({ err: err.message }, 'telegram setMyCommands failed'));
      }
      if (secret) {
        if (config.PUBLIC_URL) {
          await bot.api
            .setWebhook(`${config.PUBLIC_URL.replace(/\/$/, '')}/telegram/webhook`, { secret_token: secret })
            .catch((err: Error) => log.warn({ err: err.message }, 'telegram setWebhook failed'));
        }
        return;
      }
      // Long polling runs until stop(); not awaited, or start() would never return.
      void bot.start({ onStart: () => log.info('telegram long polling started') }).catch((err: Error) => {
        log.error({ err: err.message }, 'telegram long polling stopped');
      });
    },
    async stop() {
      if (bot.isRunning()) await bot.stop();
    },
  };
}
