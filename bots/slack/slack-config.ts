/** Whether Slack is configured: a bot token, and a signing secret (Events API) or an app token (Socket Mode). */
import type { Config } from '../../lib/config.js';

export function slackConfigured(config: Pick<Config, 'SLACK_BOT_TOKEN' | 'SLACK_SIGNING_SECRET' | 'SLACK_APP_TOKEN'>): boolean {
  return Boolean(config.SLACK_BOT_TOKEN && (config.SLACK_SIGNING_SECRET || config.SLACK_APP_TOKEN));
}
