/**
 * The Slack transport: a Bolt App whose requests arrive through our fastify server (HTTP mode, signing secret)
 * or through Socket Mode (app-level token). Listeners are registered per surface; all answers come from the core.
 */
import { App, LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../lib/config.js';
import type { Logger } from '../../lib/logger.js';
import type { BotCore } from '../core/bot-core.js';
import { FastifySlackReceiver } from './fastify-receiver.js';
import { slackConfigured } from './slack-config.js';
import { register as registerActions } from './listeners/actions/index.js';
import { register as registerCommands } from './listeners/commands/index.js';
import { register as registerEvents } from './listeners/events/index.js';

export interface SlackTransport {
  app: App;
  /** Fastify plugin for `POST /slack/events`; absent in Socket Mode. */
  plugin?: (fastify: FastifyInstance) => Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  /**
   * Resolves once every request received so far has been answered: its listener ran to the end, after the ack the
   * HTTP answer carried. HTTP mode only (Socket Mode's own receiver tracks nothing: resolves at once).
   */
  settled(): Promise<void>;
}

/** The Web API base URL with the trailing slash the WebClient expects. */
export function slackApiUrl(config: Config): string | undefined {
  const url = config.SLACK_API_URL;
  return url === undefined ? undefined : url.endsWith('/') ? url : `${url}/`;
}

/** Bolt's own logging, routed to pino at warn and above; Bolt's debug lines would contain message bodies. */
function boltLogger(log: Logger): BoltLogger {
  const child = log.child({ component: 'slack' });
  return {
    debug: () => {},
    info: () => {},
    warn: (...msg) => child.warn(msg.map(String).join(' ')),
    error: (...msg) => child.error(msg.map(String).join(' ')),
    setLevel: () => {},
    getLevel: () => LogLevel.WARN,
    setName: () => {},
  };
}

/** @returns the transport, or `null` when Slack is not configured (no bot token, or neither secret nor app token). */
export function createSlackTransport(args: { config: Config; log: Logger; core: BotCore }): SlackTransport | null {
  const { config, log, core } = args;
  const token = config.SLACK_BOT_TOKEN;
  if (!token || !slackConfigured(config)) return null;
  const apiUrl = slackApiUrl(config);
  const clientOptions = { ...(apiUrl ? { slackApiUrl: apiUrl } : {}), retryConfig: { retries: 2 } };
  const socketMode = Boolean(config.SLACK_APP_TOKEN) && !config.SLACK_SIGNING_SECRET;
  const receiver = socketMode ? null : new FastifySlackReceiver({ signingSecret: config.SLACK_SIGNING_SECRET as string, log });
  const app = receiver
    ? new App({ token, receiver, clientOptions, logger: boltLogger(log), tokenVerificationEnabled: false })
    : new App({ token, appToken: config.SLACK_APP_TOKEN, socketMode: true, clientOptions, logger: boltLogger(log), tokenVerificationEnabled: false });
  const deps = { core, log };
  registerCommands(app, deps);
  registerEvents(app, deps);
  registerActions(app, deps);
  app.error(async (err) => {
    log.error({ err: err.message }, 'slack listener error');
  });
  return {
    app,
    ...(receiver ? { plugin: receiver.plugin } : {}),
    // In HTTP mode the receiver is already serving through fastify; only Socket Mode opens a connection.
    start: async () => {
      if (socketMode) await app.start();
    },
    stop: async () => {
      await app.stop();
    },
    settled: () => receiver?.settled() ?? Promise.resolve(),
  };
}
