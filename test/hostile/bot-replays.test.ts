/**
 * Hostile chat traffic: a Slack event or Telegram update delivered again (a platform retry, or a captured request
 * replayed within the signature window) is acknowledged but answered only once; a person whose name is
 * `<!channel> …` cannot make the bot ping a channel through Slack's notification text or blocks.
 */
import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBots, type Bots } from '../../bots/create-bots.js';
import type { DbHandle } from '../../db/client.js';
import { buildServer } from '../../server/app.js';
import { linkChatIdentity } from '../../services/chat/link-chat-identity.js';
import { requestReview } from '../../services/reviews/request-review.js';
import { runReview } from '../../services/reviews/run-review.js';
import { startSlackStandIn, startTelegramStandIn, TELEGRAM_BOT_INFO, type StandIn } from '../bots/fixtures/chat-stand-ins.js';
import { BOT_SCENARIO_AS_OF, seedBotScenario } from '../factories/bot-scenario.factory.js';
import { makeCtx, recordingQueue, runnerCtx } from '../factories/context.factory.js';
import { createPgliteTestDb } from '../helpers/test-db.js';
import { createTestDeps, testConfig } from '../helpers/test-deps.js';

const SIGNING_SECRET = 'replay-secret';
const TG_SECRET = 'replay-tg-secret';

describe('replayed chat deliveries and names that look like Slack commands', () => {
  let handle: DbHandle;
  let bots: Bots;
  let app: FastifyInstance;
  let base: string;
  let slack: StandIn;
  let telegram: StandIn;

  beforeAll(async () => {
    [slack, telegram] = await Promise.all([startSlackStandIn(), startTelegramStandIn()]);
    handle = await createPgliteTestDb();
    const config = testConfig({
      SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: `${slack.url}/api/`,
      TELEGRAM_BOT_TOKEN: '123456:TEST', TELEGRAM_WEBHOOK_SECRET: TG_SECRET, TELEGRAM_API_ROOT: telegram.url,
    });
    const deps = createTestDeps(handle, { config, queue: recordingQueue() });
    const scenario = await seedBotScenario(handle.db);
    const admin = makeCtx(deps, { role: 'ADMIN', instansiId: scenario.instansi.id });
    const reviewId = (await requestReview(admin, { instansiKode: scenario.instansi.kode, asOf: BOT_SCENARIO_AS_OF })).id;
    await runReview(runnerCtx(deps), { reviewId });
    await linkChatIdentity(admin, { instansiKode: scenario.instansi.kode, platform: 'slack', externalId: 'UADMIN', role: 'ADMIN' });
    await linkChatIdentity(admin, { instansiKode: scenario.instansi.kode, platform: 'telegram', externalId: '1001', role: 'KOMITE' });
    bots = await createBots(deps, { telegramBotInfo: TELEGRAM_BOT_INFO });
    app = await buildServer(deps, { plugins: bots.fastifyPlugins });
    await app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await bots?.stop();
    await app?.close();
    await handle?.close();
    await slack?.close();
    await telegram?.close();
  });

  function postSlack(body: string, contentType: string, headers: Record<string, string> = {}) {
    const ts = Math.floor(Date.now() / 1000);
    const signature = `v0=${createHmac('sha256', SIGNING_SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
    return fetch(`${base}/slack/events`, {
      method: 'POST', body,
      headers: { 'content-type': contentType, 'x-slack-request-timestamp': String(ts), 'x-slack-signature': signature, ...headers },
    });
  }

  it('answers a Slack event once when it is delivered again, as a retry or a replay', async () => {
    const event = JSON.stringify({
      type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event_id: 'EvReplay1', event_time: 1, token: 't',
      event: { type: 'app_mention', user: 'UADMIN', text: '<@UBOT> jadwal', ts: '1700000009.000100', channel: 'C42', event_ts: '1700000009.000100' },
    });
    const first = await postSlack(event, 'application/json');
    const retry = await postSlack(event, 'application/json', { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    const replay = await postSlack(event, 'application/json');
    expect([first.status, retry.status, replay.status]).toEqual([200, 200, 200]);
    // Every delivery has had its HTTP answer, and a delivery that is answered is dispatched before that: once the
    // dispatched listeners have finished, a repeat that slipped through would have posted too.
    await bots.slack!.settled();
    expect(slack.calls.filter((c) => c.method === 'chat.postMessage' && c.fields.channel === 'C42')).toHaveLength(1);
  });

  it('answers a Telegram update once when the same update_id arrives again', async () => {
    const update = {
      update_id: 9_000_001,
      message: { message_id: 77, date: 1700000000, text: 'jadwal', chat: { id: 1001, type: 'private', first_name: 'P' }, from: { id: 1001, is_bot: false, first_name: 'P' } },
    };
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${base}/telegram/webhook`, {
        method: 'POST', body: JSON.stringify(update), headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': TG_SECRET },
      });
      expect(res.status).toBe(200);
    }
    // The webhook answers 200 only after the update's handler has run (and sent whatever it sends).
    const answers = telegram.calls.filter((c) => c.method === 'sendMessage' && Number(c.fields.chat_id) === 1001 && String(c.fields.text).includes('Jadwal tinjauan'));
    expect(answers).toHaveLength(1);
  });

  it('never sends an unescaped <!channel> from an employee name, in the notification text or the blocks', async () => {
    const body = new URLSearchParams({
      token: 'legacy', team_id: 'T1', channel_id: 'D9', channel_name: 'directmessage', user_id: 'UADMIN', user_name: 'x',
      command: '/talenta', text: 'siapa saja di kotak 4 dinkes', response_url: `${slack.url}/respond/esc1`, trigger_id: 't', api_app_id: 'A1',
    }).toString();
    await postSlack(body, 'application/x-www-form-urlencoded');
    const answer = await slack.waitFor((c) => c.method === '/respond/esc1');
    const text = String(answer.fields.text);
    expect(text).toContain('&lt;!channel&gt; Heru');
    expect(text).not.toContain('<!channel>');
    expect(JSON.stringify(answer.fields.blocks)).not.toContain('<!channel>');
  });
});
