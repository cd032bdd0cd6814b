/**
 * End to end: the real server with a PGlite database holding a COMPLETED review (seeded scenario, real review run),
 * signed Slack requests and Telegram updates posted over HTTP, and what reaches the Slack/Telegram stand-ins.
 */
import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createBots, type Bots } from '../../bots/create-bots.js';
import type { DbHandle } from '../../db/client.js';
import { createChatIdentitiesRepository } from '../../db/repositories/chat-identities.repository.js';
import { buildServer } from '../../server/app.js';
import type { Deps } from '../../services/deps.js';
import { requestReview } from '../../services/reviews/request-review.js';
import { runReview } from '../../services/reviews/run-review.js';
import { makeCtx, recordingQueue } from '../factories/context.factory.js';
import { seedReviewScenario, SCENARIO_AS_OF, type ReviewScenario } from '../factories/review-scenario.factory.js';
import { createPgliteTestDb } from '../helpers/test-db.js';
import { createTestDeps, testConfig } from '../helpers/test-deps.js';
import { startSlackStandIn, startTelegramStandIn, TELEGRAM_BOT_INFO, type StandIn } from './fixtures/chat-stand-ins.js';

const SIGNING_SECRET = 'slack-signing-secret';
const TG_SECRET = 'tg-webhook-secret';
const TG_TOKEN = '123456:TEST-TOKEN';

describe('Slack and Telegram bots end to end', () => {
  let handle: DbHandle;
  let deps: Deps;
  let scenario: ReviewScenario;
  let reviewId: string;
  let bots: Bots;
  let app: FastifyInstance;
  let base: string;
  let slack: StandIn;
  let telegram: StandIn;

  beforeAll(async () => {
    [slack, telegram] = await Promise.all([startSlackStandIn(), startTelegramStandIn()]);
    handle = await createPgliteTestDb();
    const config = testConfig({
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: `${slack.url}/api/`,
      TELEGRAM_BOT_TOKEN: TG_TOKEN,
      TELEGRAM_WEBHOOK_SECRET: TG_SECRET,
      TELEGRAM_API_ROOT: telegram.url,
    });
    const baseDeps = createTestDeps(handle, { config, queue: recordingQueue() });
    scenario = await seedReviewScenario(handle.db);
    const admin = makeCtx(baseDeps, { role: 'ADMIN', instansiId: scenario.instansi.id });
    const queued = await requestReview(admin, { instansiKode: scenario.instansi.kode, asOf: SCENARIO_AS_OF });
    const done = await runReview(baseDeps, { reviewId: queued.id });
    expect(done.status).toBe('COMPLETED');
    reviewId = queued.id;

    const identities = createChatIdentitiesRepository({ db: handle.db });
    const instansiId = scenario.instansi.id;
    await identities.linkWithin({ instansiId, platform: 'slack', externalId: 'UADMIN', role: 'ADMIN', unitId: null });
    await identities.linkWithin({ instansiId, platform: 'slack', externalId: 'UPIMA', role: 'PIMPINAN', unitId: scenario.units.dinasA.id });
    await identities.linkWithin({ instansiId, platform: 'telegram', externalId: '1001', role: 'KOMITE', unitId: null });
    await identities.linkWithin({ instansiId, platform: 'telegram', externalId: '1002', role: 'PIMPINAN', unitId: scenario.units.dinasA.id });

    bots = createBots(baseDeps, { telegramBotInfo: TELEGRAM_BOT_INFO });
    deps = { ...baseDeps, ...(bots.notifier ? { notifier: bots.notifier } : {}) };
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

  const review8 = () => `Tinjauan talenta ${reviewId.slice(0, 8)} per 15 Januari 2026`;

  function signed(body: string, contentType: string, options: { timestamp?: number; secret?: string } = {}) {
    const ts = options.timestamp ?? Math.floor(Date.now() / 1000);
    const sig = `v0=${createHmac('sha256', options.secret ?? SIGNING_SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
    return { method: 'POST', body, headers: { 'content-type': contentType, 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sig } };
  }

  const slashCommand = (user: string, text: string, responseId: string) =>
    new URLSearchParams({
      token: 'legacy', team_id: 'T1', channel_id: 'C1', channel_name: 'pimpinan', user_id: user, user_name: 'x',
      command: '/talenta', text, response_url: `${slack.url}/respond/${responseId}`, trigger_id: 't', api_app_id: 'A1',
    }).toString();

  const postSlack = (body: string, contentType = 'application/x-www-form-urlencoded', options = {}) =>
    fetch(`${base}/slack/events`, signed(body, contentType, options));

  const responseText = (call: { fields: Record<string, unknown> }) => (typeof call.fields.text === 'string' ? call.fields.text : '');

  describe('Slack', () => {
    it('answers the URL verification challenge', async () => {
      const res = await postSlack(JSON.stringify({ type: 'url_verification', challenge: 'abc123', token: 't' }), 'application/json');
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ challenge: 'abc123' });
    });

    it('rejects bad signatures and stale timestamps with 401', async () => {
      const body = slashCommand('UADMIN', 'bantuan', 'r0');
      expect((await postSlack(body, undefined, { secret: 'wrong' })).status).toBe(401);
      expect((await postSlack(body, undefined, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 })).status).toBe(401);
      const unsigned = await fetch(`${base}/slack/events`, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      expect(unsigned.status).toBe(401);
      expect(slack.calls.some((c) => c.method === '/respond/r0')).toBe(false);
    });

    it('answers /talenta kandidat with the slate and the review, only to the asker in a channel', async () => {
      const res = await postSlack(slashCommand('UADMIN', 'kandidat kepala dinas b', 'r1'));
      expect(res.status).toBe(200);
      const call = await slack.waitFor((c) => c.method === '/respond/r1');
      expect(call.fields.response_type).toBe('ephemeral');
      expect(responseText(call)).toContain('Kandidat pengganti Kepala Dinas B');
      expect(responseText(call)).toContain('siap sekarang');
      expect(responseText(call)).toContain(review8());
      expect(JSON.stringify(call.fields.blocks)).toContain('Kandidat pengganti Kepala Dinas B');
    });

    it('offers a pick list for an ambiguous position and answers the chosen button', async () => {
      await postSlack(slashCommand('UADMIN', 'siapa pengganti kepala dinas?', 'r2'));
      const pick = await slack.waitFor((c) => c.method === '/respond/r2');
      const blocks = JSON.stringify(pick.fields.blocks);
      expect(blocks).toContain('k:id:KADIS-A~');
      expect(blocks).toContain('k:id:KADIS-B~');
      const payload = {
        type: 'block_actions', team: { id: 'T1' }, user: { id: 'UADMIN' }, api_app_id: 'A1', token: 't', trigger_id: 't',
        channel: { id: 'C1' }, container: { type: 'message' }, response_url: `${slack.url}/respond/r3`,
        actions: [{ type: 'button', action_id: 'talenta_pick_0', block_id: 'b', value: 'k:id:KADIS-A~', action_ts: '1' }],
      };
      const res = await postSlack(new URLSearchParams({ payload: JSON.stringify(payload) }).toString());
      expect(res.status).toBe(200);
      const answer = await slack.waitFor((c) => c.method === '/respond/r3');
      expect(responseText(answer)).toContain('Kandidat pengganti Kepala Dinas A');
      expect(answer.fields.replace_original).toBe(true);
    });

    it('answers a mention with the nine-box text and uploads the PNG to the channel', async () => {
      const event = {
        type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event_id: 'Ev1', event_time: 1, token: 't',
        event: { type: 'app_mention', user: 'UADMIN', text: '<@UBOT> ninebox', ts: '1700000001.000100', channel: 'C9', event_ts: '1700000001.000100' },
      };
      const res = await postSlack(JSON.stringify(event), 'application/json');
      expect(res.status).toBe(200);
      const post = await slack.waitFor((c) => c.method === 'chat.postMessage' && c.fields.channel === 'C9');
      expect(String(post.fields.text)).toContain('[9]');
      expect(String(post.fields.text)).toContain(review8());
      const upload = await slack.waitFor((c) => c.method === '/upload/F1');
      expect(upload.raw.indexOf(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBeGreaterThanOrEqual(0);
      const complete = await slack.waitFor((c) => c.method === 'files.completeUploadExternal');
      expect(complete.fields.channel_id).toBe('C9');
    });

    it('answers /talenta risiko with flagged positions, bench metrics and the retirement outlook', async () => {
      await postSlack(slashCommand('UADMIN', 'risiko', 'r9'));
      const call = await slack.waitFor((c) => c.method === '/respond/r9');
      expect(responseText(call)).toContain('Risiko suksesi');
      expect(responseText(call)).toContain('Proyeksi pensiun jabatan kritikal — 6 bulan:');
      expect(JSON.stringify(call.fields.blocks)).toContain('Proyeksi pensiun');
    });

    it('refuses a PIMPINAN of Dinas A asking about a position in Dinas B', async () => {
      await postSlack(slashCommand('UPIMA', 'kandidat kepala dinas b', 'r4'));
      const call = await slack.waitFor((c) => c.method === '/respond/r4');
      expect(responseText(call)).toContain('tidak berwenang');
      expect(responseText(call)).not.toContain('Siap sekarang');
      expect(call.fields.response_type).toBe('ephemeral');
    });

    it('refuses an unlinked user and says how to get access', async () => {
      await postSlack(slashCommand('UNOBODY', 'risiko', 'r5'));
      const call = await slack.waitFor((c) => c.method === '/respond/r5');
      expect(responseText(call)).toContain('UNOBODY');
      expect(responseText(call)).toContain('talenta chat link');
    });
  });

  describe('Telegram', () => {
    let updateId = 1;
    const message = (from: number, text: string) => ({
      update_id: updateId++,
      message: {
        message_id: updateId, date: 1700000000, text, chat: { id: from, type: 'private', first_name: 'P' }, from: { id: from, is_bot: false, first_name: 'P' },
        ...(text.startsWith('/') ? { entities: [{ type: 'bot_command', offset: 0, length: text.split(' ')[0]!.length }] } : {}),
      },
    });
    const postUpdate = (update: unknown, secret = TG_SECRET) =>
      fetch(`${base}/telegram/webhook`, {
        method: 'POST', body: JSON.stringify(update), headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret },
      });
    const sentTo = (chatId: number, needle: string) => (c: { method: string; fields: Record<string, unknown> }) =>
      c.method === 'sendMessage' && Number(c.fields.chat_id) === chatId && String(c.fields.text).includes(needle);

    it('rejects a wrong secret token with 401', async () => {
      const res = await postUpdate(message(1001, 'bantuan'), 'wrong');
      expect(res.status).toBe(401);
    });

    it('answers /kandidat with the slate', async () => {
      const res = await postUpdate(message(1001, '/kandidat kepala dinas b'));
      expect(res.status).toBe(200);
      const call = await telegram.waitFor(sentTo(1001, 'Kandidat pengganti Kepala Dinas B'));
      expect(call.fields.parse_mode).toBe('HTML');
      expect(String(call.fields.text)).toContain(review8());
    });

    it('sends the nine-box as a photo together with the text grid', async () => {
      await postUpdate(message(1001, 'ninebox'));
      const photo = await telegram.waitFor((c) => c.method === 'sendPhoto');
      const at = photo.raw.indexOf(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect(at).toBeGreaterThan(0);
      const text = await telegram.waitFor(sentTo(1001, '<pre>'));
      expect(String(text.fields.text)).toContain('[5]');
    });

    it('answers an inline-keyboard choice', async () => {
      await postUpdate(message(1001, 'kandidat kepala dinas'));
      const pick = await telegram.waitFor(sentTo(1001, 'Maksud Anda'));
      expect(JSON.stringify(pick.fields.reply_markup)).toContain('k:id:KADIS-A~');
      await postUpdate({
        update_id: updateId++,
        callback_query: { id: 'cb1', from: { id: 1001, is_bot: false, first_name: 'P' }, chat_instance: 'ci', data: 'k:id:KADIS-A~',
          message: { message_id: 5, date: 1700000000, chat: { id: 1001, type: 'private', first_name: 'P' }, text: 'x' } },
      });
      await telegram.waitFor((c) => c.method === 'answerCallbackQuery');
      await telegram.waitFor(sentTo(1001, 'Kandidat pengganti Kepala Dinas A'));
    });

    it('answers /jadwal with the stored schedule and its next run in the schedule timezone', async () => {
      await postUpdate(message(1001, '/jadwal'));
      const call = await telegram.waitFor(sentTo(1001, 'Jadwal tinjauan talenta'));
      expect(String(call.fields.text)).toContain('setiap tanggal 1 bulan Januari, April, Juli, Oktober pukul 02.00');
      expect(String(call.fields.text)).toMatch(/Tinjauan berikutnya: 1 (Januari|April|Juli|Oktober) \d{4} pukul 02\.00 \(Asia\/Jakarta\)/);
    });

    it('refuses a PIMPINAN of Dinas A asking about Dinas B, and an unlinked user', async () => {
      await postUpdate(message(1002, 'siapa pengganti kepala dinas b?'));
      await telegram.waitFor(sentTo(1002, 'tidak berwenang'));
      await postUpdate(message(5555, 'risiko'));
      await telegram.waitFor(sentTo(5555, 'talenta chat link --instansi &lt;kode-instansi&gt; --platform telegram --id 5555'));
    });
  });

  it('posts a review summary to the Slack channel and the Telegram chat', async () => {
    await bots.notifier!.reviewFinished({
      instansi: { kode: scenario.instansi.kode, nama: 'Kab. Contoh', slackChannel: '#talenta', telegramChatId: '-1009' },
      review: { id: reviewId, asOf: SCENARIO_AS_OF, status: 'COMPLETED', error: null },
      counts: { employees: 7, placed: 6, belumTerpetakan: 1, perBox: { '9': 2, '7': 1 }, talentPool: 3, talentPoolBoxes: [7, 8, 9], positionsAtRisk: 2 },
    });
    const posted = await slack.waitFor((c) => c.method === 'chat.postMessage' && c.fields.channel === '#talenta');
    expect(String(posted.fields.text)).toContain(`${review8()} — Kab. Contoh selesai`);
    const sent = await telegram.waitFor((c) => c.method === 'sendMessage' && String(c.fields.chat_id) === '-1009');
    expect(String(sent.fields.text)).toContain('Kelompok rencana suksesi (kotak 7–9): 3');
  });
});
