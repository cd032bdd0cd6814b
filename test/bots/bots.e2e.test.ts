/**
 * End to end: the real server on PGlite holding a COMPLETED review of a fixed scenario (bot-scenario.factory.ts),
 * signed Slack requests and Telegram webhook updates posted over HTTP, and what reaches the Slack/Telegram
 * stand-ins. For every intent the answer carries the facts the scenario implies, in the question's language; a
 * PIMPINAN is refused outside their unit; personal answers stay private in shared places; the image is a whole PNG.
 */
import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBots, type Bots } from '../../bots/create-bots.js';
import { layoutNineBox } from '../../bots/render/nine-box.layout.js';
import type { DbHandle } from '../../db/client.js';
import { buildServer } from '../../server/app.js';
import { linkChatIdentity } from '../../services/chat/link-chat-identity.js';
import type { Deps } from '../../services/deps.js';
import { requestReview } from '../../services/reviews/request-review.js';
import { runReview } from '../../services/reviews/run-review.js';
import { getNineBox } from '../../services/talent/get-nine-box.js';
import { BOT_SCENARIO_AS_OF, seedBotScenario, type BotScenario } from '../factories/bot-scenario.factory.js';
import { makeCtx, recordingQueue, runnerCtx } from '../factories/context.factory.js';
import { decodePng, inkBoundingBox } from '../helpers/png-pixels.js';
import { createPgliteTestDb } from '../helpers/test-db.js';
import { createTestDeps, testConfig } from '../helpers/test-deps.js';
import { startSlackStandIn, startTelegramStandIn, TELEGRAM_BOT_INFO, type RecordedCall, type StandIn } from './fixtures/chat-stand-ins.js';

const SIGNING_SECRET = 'slack-signing-secret';
const TG_SECRET = 'tg-webhook-secret';
const TG_TOKEN = '123456:TEST-TOKEN';
/** A Telegram user who never opened a private chat with the bot. */
const TG_SHY_USER = 7777;

/** The PNG inside a request body (an upload or a multipart photo). */
function pngIn(raw: Buffer): Buffer {
  const start = raw.indexOf(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const end = raw.indexOf(Buffer.from('IEND'), start) + 8;
  expect(start).toBeGreaterThanOrEqual(0);
  return raw.subarray(start, end);
}

describe('Slack and Telegram bots end to end', () => {
  let handle: DbHandle;
  let deps: Deps;
  let scenario: BotScenario;
  let reviewId: string;
  let bots: Bots;
  let app: FastifyInstance;
  let base: string;
  let slack: StandIn;
  let telegram: StandIn;

  beforeAll(async () => {
    [slack, telegram] = await Promise.all([startSlackStandIn(), startTelegramStandIn(new Set([String(TG_SHY_USER)]))]);
    handle = await createPgliteTestDb();
    const config = testConfig({
      SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: `${slack.url}/api/`,
      TELEGRAM_BOT_TOKEN: TG_TOKEN, TELEGRAM_WEBHOOK_SECRET: TG_SECRET, TELEGRAM_API_ROOT: telegram.url,
    });
    const baseDeps = createTestDeps(handle, { config, queue: recordingQueue() });
    scenario = await seedBotScenario(handle.db);
    const admin = makeCtx(baseDeps, { role: 'ADMIN', instansiId: scenario.instansi.id });
    reviewId = (await requestReview(admin, { instansiKode: scenario.instansi.kode, asOf: BOT_SCENARIO_AS_OF })).id;
    expect((await runReview(runnerCtx(baseDeps), { reviewId })).status).toBe('COMPLETED');
    const link = (platform: 'slack' | 'telegram', externalId: string, role: 'ADMIN' | 'KOMITE' | 'PIMPINAN', unit?: string) =>
      linkChatIdentity(admin, { instansiKode: scenario.instansi.kode, platform, externalId, role, ...(unit ? { unit } : {}) });
    await link('slack', 'UADMIN', 'ADMIN');
    await link('slack', 'UPIMDIK', 'PIMPINAN', 'DISDIK');
    await link('telegram', '1001', 'KOMITE');
    await link('telegram', '1002', 'PIMPINAN', 'DISDIK');
    await link('telegram', String(TG_SHY_USER), 'KOMITE');
    bots = await createBots(baseDeps, { telegramBotInfo: TELEGRAM_BOT_INFO });
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

  const reviewId8 = () => reviewId.slice(0, 8);

  // --- Slack helpers -------------------------------------------------------------------------------------------
  function signed(body: string, contentType: string, options: { timestamp?: number; secret?: string } = {}) {
    const ts = options.timestamp ?? Math.floor(Date.now() / 1000);
    const sig = `v0=${createHmac('sha256', options.secret ?? SIGNING_SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
    return { method: 'POST', body, headers: { 'content-type': contentType, 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sig } };
  }
  const postSlack = (body: string, contentType = 'application/x-www-form-urlencoded', options = {}) =>
    fetch(`${base}/slack/events`, signed(body, contentType, options));
  let responseSeq = 0;
  /** `/talenta <text>` in a channel (C…) or a DM (D…); resolves with every response_url message, in order. */
  async function slash(user: string, text: string, channel = 'D1'): Promise<RecordedCall[]> {
    const id = `r${++responseSeq}`;
    const body = new URLSearchParams({
      token: 'legacy', team_id: 'T1', channel_id: channel, channel_name: channel.startsWith('D') ? 'directmessage' : 'pimpinan',
      user_id: user, user_name: 'x', command: '/talenta', text, response_url: `${slack.url}/respond/${id}`, trigger_id: 't', api_app_id: 'A1',
    }).toString();
    expect((await postSlack(body)).status).toBe(200);
    await slack.waitFor((c) => c.method === `/respond/${id}`);
    // A long answer is several messages posted one after the other: the command is answered in full once its listener
    // has finished (each post is recorded by the stand-in before the listener's call returns).
    await bots.slack!.settled();
    return slack.calls.filter((c) => c.method === `/respond/${id}`);
  }
  const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  /** What a Slack user reads: the messages' text, mrkdwn escapes undone. */
  const textOf = (calls: readonly RecordedCall[]) => unescape(calls.map((c) => (typeof c.fields.text === 'string' ? c.fields.text : '')).join('\n'));

  // --- Telegram helpers ----------------------------------------------------------------------------------------
  let updateId = 1;
  const postUpdate = (update: unknown, secret = TG_SECRET) =>
    fetch(`${base}/telegram/webhook`, {
      method: 'POST', body: JSON.stringify(update), headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret },
    });
  const message = (from: number, text: string, chat: { id: number; type: 'private' | 'group' } = { id: from, type: 'private' }) => ({
    update_id: updateId++,
    message: {
      message_id: updateId, date: 1700000000, text, chat: { ...chat, first_name: 'P', title: 'Pimpinan' }, from: { id: from, is_bot: false, first_name: 'P' },
      ...(text.startsWith('/') ? { entities: [{ type: 'bot_command', offset: 0, length: text.split(' ')[0]!.length }] } : {}),
    },
  });
  /** Sends a private message; resolves with the text of every message sent back to that chat. */
  async function tg(from: number, text: string): Promise<string> {
    const mark = telegram.calls.length;
    expect((await postUpdate(message(from, text))).status).toBe(200);
    const sent = telegram.calls.slice(mark).filter((c) => c.method === 'sendMessage' && Number(c.fields.chat_id) === from);
    expect(sent.length).toBeGreaterThan(0);
    // What the user reads: HTML tags dropped, escapes undone.
    return unescape(sent.map((c) => String(c.fields.text)).join('\n').replace(/<\/?(b|i|pre)>/g, ''));
  }

  describe('every intent answers with the facts of the latest review, in the question\'s language', () => {
    const cases: Array<[string, string, string[], string[]]> = [
      ['successors', 'siapa pengganti kadisdik?',
        ['Kandidat pengganti Kepala Dinas Pendidikan', 'jabatan ini kosong', 'Rina Wulandari', 'siap sekarang', 'Agus Prasetyo', 'siap 1–2 tahun',
          'Dewi Lestari', 'terhalang golongan: golongan III/d di bawah syarat IV/b', 'Hendra Wijaya', 'pensiun 2026-04-01 (BUP 60)', 'Tinjauan talenta', 'per 15 Januari 2026'], []],
      ['successors, ready now, in English', 'who is ready now for the head of education?',
        ['Successors for Kepala Dinas Pendidikan', 'Rina Wulandari', 'ready now', 'Only those: ready now', 'as of 15 January 2026'], ['Agus Prasetyo (NIP']],
      ['why not: a near miss', 'kenapa Dewi Lestari tidak masuk kandidat kadinkes?',
        ['Dewi Lestari dan daftar kandidat Kepala Dinas Kesehatan', 'kotak 8 dan hanya gagal satu syarat', 'golongan III/d di bawah syarat IV/b'], []],
      ['why not: gates evaluated, in English', "why isn't Joko Susanto on the slate for head of education?",
        ['Joko Susanto fails 3 gates', 'rank (golongan): rank III/c below the required IV/b', 'career path', 'is not one of the talent-pool boxes'], []],
      ['whether a person qualifies for a post: the gates answer it', 'apakah Joko Susanto memenuhi syarat kadisdik?',
        ['Joko Susanto', 'golongan III/c di bawah syarat IV/b'], ['Kandidat pengganti']],
      ['profile, in English', 'show me the profile of Rina Wulandari',
        ['Talent profile: Rina Wulandari', 'Kepala Bidang Pembinaan SD — Bidang Pembinaan SD', 'Box 9: Performance above expectations, potential high',
          'Already at the top level on both axes', 'Kepala Dinas Pendidikan — rank 1, ready now'], []],
      ['when one person retires: their profile, opening with the date', 'kapan bu Rina Wulandari pensiun?',
        ['Profil talenta Rina Wulandari', 'Pensiun 1 Oktober 2037 (batas usia pensiun 58 tahun).'], ['Pejabat yang pensiun']],
      ['when one person retires, in English: a JPT retires at 60', 'when does Hendra Wijaya retire?',
        ['Talent profile: Hendra Wijaya', 'Retires 1 April 2026 (retirement age 60).'], ['Incumbents retiring']],
      ['why someone sits in their box: their profile, opening with the scores that put them there', 'kenapa pak Agus Prasetyo cuma di kotak 7?',
        ['Profil talenta Agus Prasetyo', 'Kotak 7 karena kinerja', 'potensial'], ['Untuk jabatan apa']],
      ['profile of namesakes: a pick list', 'profil budi santoso',
        ['Ada beberapa pegawai bernama mirip "budi santoso"', 'Pengadministrasi Perkantoran, Dinas Pendidikan', 'Pengelola Layanan Kesehatan, Dinas Kesehatan'], []],
      ['comparison', 'bandingkan Rina Wulandari dan Agus Prasetyo',
        ['Perbandingan: Rina Wulandari · Agus Prasetyo', 'Kotak 9', 'Kotak 7', 'Nilai talenta tertinggi: Rina Wulandari'], []],
      ['a post the instansi does not have: said so, not answered for the nearest other post', 'kandidat kepala sekolah SMPN 3',
        ['Pemerintah Kabupaten Uji tidak punya jabatan Kepala Sekolah', 'Tulis nama jabatannya'], ['Kandidat pengganti', 'Rina Wulandari']],
      ['a post no unit has, in English: the posts of the unit asked for named', 'who could replace the village head of the health office?',
        ['Pemerintah Kabupaten Uji has no Kepala Desa post', 'Posts in Dinas Kesehatan: Kepala Dinas Kesehatan', 'Kepala Bidang Pelayanan Kesehatan'], ['Successors for', 'Siti Rahmawati']],
      ['a post other units have but not the one asked for', 'calon kabid setda',
        ['Sekretariat Daerah tidak punya jabatan Kepala Bidang', 'Jabatan di Sekretariat Daerah: Sekretaris Daerah'], ['Kandidat pengganti', 'Hendra Wijaya']],
      ['a unit named by its kode, not the office its words also name', 'berapa pegawai di DINKES-B1?',
        ['Jumlah pegawai — Bidang Pelayanan Kesehatan', 'Seluruh pegawai dalam tinjauan: 1'], ['Jumlah pegawai — Dinas Kesehatan']],
      ['a kode the instansi does not have: said so, its kodes most like it named, not the office its words name', 'berapa pegawai di DINKES-B9?',
        ['Kode "DINKES-B9" tidak ada di instansi ini', 'DINKES-B1 (Bidang Pelayanan Kesehatan)', 'DINKES-B2 (Bidang Kesehatan Masyarakat)'], ['Jumlah pegawai']],
      ['a numbered unit asked without its number: a pick among the schools', 'berapa pegawai di sd negeri?',
        ['Ada beberapa unit yang cocok dengan "sd negeri"', 'SD Negeri 1 Uji', 'SD Negeri 2 Uji', 'SD Negeri 3 Uji'], ['Jumlah pegawai']],
      ['a numbered unit asked with its number', 'berapa pegawai di sd negeri 2?', ['Jumlah pegawai — SD Negeri 2 Uji'], ['Ada beberapa', 'SD Negeri 1 Uji']],
      ['a numbered unit the instansi does not have: said so, the numbered units nearest named', 'berapa pegawai di sd negeri 4?',
        ['Unit bernomor 4 yang dimaksud "sd negeri 4" tidak ada di instansi ini', 'SD Negeri 1 Uji', 'SD Negeri 3 Uji'], ['Jumlah pegawai']],
      ['the only unit of a numbered series, asked without its number: answered, no pick list of one', 'berapa pegawai di puskesmas sukamaju?',
        ['Jumlah pegawai — Puskesmas Sukamaju 1'], ['Ada beberapa']],
      ['an office the kabupaten does not have: said so, not answered for one sharing a word', 'how many staff in the women empowerment office?',
        ['No unit of this instansi has "perempuan" in its name, so there is no unit "dinas pemberdayaan perempuan"'], ['Headcount', 'Several units']],
      ['a post of an office the kabupaten does not have', 'siapa kandidat kepala dinas pemberdayaan perempuan?',
        ['Tidak ada unit di instansi ini yang namanya menyebut "perempuan", jadi tidak ada jabatan "kepala dinas pemberdayaan perempuan"'], ['Kandidat pengganti']],
      ['a bidang the office named has no field for: said so of that office, with the bidang it has', 'kandidat kabid imunisasi dinkes',
        ['Tidak ada unit di Dinas Kesehatan yang namanya menyebut "imunisasi"',
          'Yang ada di sana: Kepala Bidang Pelayanan Kesehatan; Kepala Bidang Kesehatan Masyarakat.'], ['Kandidat pengganti']],
      ['a field no pemda word list knows, said after the bidang: missing there, its words quoted as said', 'kandidat kabid gawat darurat terpadu di dinas kesehatan',
        ['Tidak ada unit di Dinas Kesehatan yang namanya menyebut "gawat darurat terpadu"'], ['Kandidat pengganti', 'Agus Prasetyo']],
      ['a bidang asked in an office without a field: which of its bidang', 'calon kabid dinkes',
        ['Ada beberapa jabatan yang cocok', 'Kepala Bidang Pelayanan Kesehatan', 'Kepala Bidang Kesehatan Masyarakat'], ['Kandidat pengganti']],
      ['words said together name the office that says them together', 'berapa pegawai di badan kepegawaian daerah?',
        ['Jumlah pegawai — Badan Kepegawaian dan Pengembangan Sumber Daya Manusia'], ['Ada beberapa', 'Subbagian']],
      ['a position named by its kode', 'kandidat disdik_b1_kepala', ['Kandidat pengganti Kepala Bidang Pembinaan SD'], ['Ada beberapa']],
      ['count of a box', 'berapa pegawai di kotak 9?', ['Jumlah pegawai', 'Kotak 9: 2 pegawai', 'Dari 9 pegawai terpetakan'], []],
      ['boxes said by their axes: the grid of the review gives their numbers', 'berapa pegawai kinerja tinggi potensi tinggi?',
        ['Jumlah pegawai', 'Kotak 9: 2 pegawai'], ['Kotak 8']],
      ['a column said by its level, in English: its boxes', 'who has high potential but low performance?',
        ['Employees in box 6'], ['box 9', 'Top talent']],
      ['a whole column: every box of it', 'siapa saja yang potensinya tinggi?', ['Pegawai di kotak 6, 8, 9'], ['Talenta terbaik']],
      ['a box said by where it is drawn: the top right corner is the highest of both axes', 'berapa pegawai di pojok kanan atas?',
        ['Jumlah pegawai', 'Kotak 9: 2 pegawai'], ['Kotak 8', 'Kotak 1']],
      ['a row said by where it is drawn, in English', 'who is in the bottom row?', ['Employees in box 1, 3, 6'], ['box 9']],
      ['count of the unplaced, in English', 'how many people are not placed in the health office?', ['Headcount — Dinas Kesehatan', 'Not yet placed: 1 of 6 employees'], []],
      ['talent pool of a unit', 'siapa saja talent pool dinkes?', ['Talent pool — Dinas Kesehatan', '2 pegawai di kelompok rencana suksesi', 'Dewi Lestari', 'Agus Prasetyo'], ['Rina']],
      ['top talent', 'top 3 talent in the whole regency', ['Top talent', '1. Rina Wulandari', '2. Hendra Wijaya', '… and 6 more'], []],
      ['people whose kinerja is below expectation, not a staff shortage', 'siapa saja yang kinerjanya kurang?',
        ['Kinerja di bawah ekspektasi (kotak 1, 3, 6)', 'urut nilai talenta terendah'], ['Neraca pegawai', 'tertinggi']],
      ['vacant critical positions', 'jabatan apa saja yang kosong?', ['1 jabatan kritikal kosong', 'Kepala Dinas Pendidikan — Dinas Pendidikan'], ['Sekretaris Daerah']],
      ['incumbents retiring', 'siapa yang pensiun tahun ini?', ['Hendra Wijaya', 'Sekretaris Daerah', 'pensiun 1 April 2026'], ['Siti Rahmawati']],
      ['incumbents retiring, in English', 'who retires in the next 6 months?', ['Incumbents retiring', 'Hendra Wijaya', 'retires 1 April 2026'], []],
      ['incumbents retiring in a quarter of a year', 'siapa yang pensiun triwulan II 2026?', ['Hendra Wijaya', '30 Juni 2026'], []],
      ['a quarter said as Q3: its months only', 'who retires in Q3 2026?', ['30 September 2026'], ['Hendra Wijaya']],
      ['positions without a ready-now successor', 'jabatan mana yang belum punya pengganti siap sekarang?', ['Kepala Bidang Pembinaan SD'], ['Sekretaris Daerah —']],
      ['risks, most urgent first', 'risiko', ['Risiko suksesi', 'jabatan kosong', 'pemangku pensiun 1 April 2026', 'Proyeksi pensiun jabatan kritikal'], []],
      ['risks of one named post, not of its unit', 'seberapa rawan posisi sekda?',
        ['Risiko suksesi — Sekretaris Daerah', 'pemangku pensiun 1 April 2026'], ['Proyeksi pensiun jabatan kritikal', 'Kepala Dinas Pendidikan']],
      ['schedule', 'kapan tinjauan berikutnya?', ['Jadwal tinjauan talenta Pemerintah Kabupaten Uji', 'Tinjauan berikutnya:', 'Tinjauan terakhir yang selesai'], []],
      ['help', 'apa yang bisa kamu lakukan?', ['kandidat <jabatan>', 'berapa pegawai [di kotak N] [unit]', 'jabatan kosong [unit]'], []],
      ['greeting', 'selamat pagi pak', ['Halo! Saya Talenta'], []],
      ['unknown question, with suggestions', 'berapa gaji saya', ['Maaf, saya belum memahami', 'mis.'], []],
      ['a stray word read as a name that no one has: suggestions', 'bagaimana cuaca hari ini?', ['Maaf, saya belum memahami', 'mis.'], ['tidak ditemukan']],
    ];

    it.each(cases)('Slack: %s', async (_name, question, facts, absent) => {
      const text = textOf(await slash('UADMIN', question));
      for (const fact of facts) expect(text).toContain(fact);
      for (const gone of absent) expect(text).not.toContain(gone);
    });

    it.each(cases)('Telegram: %s', async (_name, question, facts, absent) => {
      const text = await tg(1001, question);
      for (const fact of facts) expect(text).toContain(fact);
      for (const gone of absent) expect(text).not.toContain(gone);
    });

    it('compares people named by NIP, alone or beside a name, on both platforms', async () => {
      const { rina, agus } = scenario.people;
      const byNip = textOf(await slash('UADMIN', `bandingkan ${rina.nip} dengan ${agus.nip}`));
      for (const fact of ['Perbandingan: Rina Wulandari · Agus Prasetyo', 'Kotak 9', 'Kotak 7']) expect(byNip).toContain(fact);
      const mixed = await tg(1001, `compare Rina Wulandari vs ${agus.nip}`);
      for (const fact of ['Comparison: Rina Wulandari · Agus Prasetyo', 'Box 9', 'Box 7']) expect(mixed).toContain(fact);
    });

    it('the review line names the review that answered', async () => {
      expect(textOf(await slash('UADMIN', 'kandidat sekda'))).toContain(`Tinjauan talenta ${reviewId8()} per 15 Januari 2026`);
      expect(await tg(1001, 'successors for the regional secretary')).toContain(`Talent review ${reviewId8()} as of 15 January 2026`);
    });
  });

  describe('a PIMPINAN of Dinas Pendidikan', () => {
    it('is refused outside the unit on both platforms', async () => {
      expect(textOf(await slash('UPIMDIK', 'siapa pengganti kadinkes?'))).toContain('tidak berwenang');
      expect(textOf(await slash('UPIMDIK', 'ninebox dinkes'))).toContain('tidak berwenang');
      expect(textOf(await slash('UPIMDIK', 'profil Agus Prasetyo'))).toContain('tidak ditemukan dalam cakupan Anda');
      const tgText = await tg(1002, 'who could replace the head of the health office?');
      expect(tgText).toContain('outside what your role and unit scope may see');
      expect(tgText).not.toContain('Agus Prasetyo');
    });

    it('gets answers and pick lists inside the unit only', async () => {
      expect(textOf(await slash('UPIMDIK', 'kandidat kadisdik'))).toContain('Rina Wulandari');
      // Two Budi Santoso exist; only the one in Dinas Pendidikan is the PIMPINAN's.
      const budi = textOf(await slash('UPIMDIK', 'profil budi santoso'));
      expect(budi).toContain('Profil talenta Budi Santoso');
      expect(budi).toContain('Pengadministrasi Perkantoran — Dinas Pendidikan');
      expect(budi).toMatch(/NIP \d{4}\*{4}\d{4}/);
      // "kepala dinas" fits two posts; only the asker's is offered, so it is answered at once.
      expect(textOf(await slash('UPIMDIK', 'kandidat kepala dinas'))).toContain('Kandidat pengganti Kepala Dinas Pendidikan');
      const admin = await slash('UADMIN', 'kandidat kepala dinas');
      expect(JSON.stringify(admin[0]?.fields.blocks)).toContain('k:id:DISDIK-KEPALA~');
      expect(JSON.stringify(admin[0]?.fields.blocks)).toContain('k:id:DINKES-KEPALA~');
    });

    it('reads the top unit as its own whole scope, not as a unit it may not see', async () => {
      const own = textOf(await slash('UPIMDIK', 'ninebox pemerintah kabupaten uji'));
      expect(own).toContain('Sebaran talenta (nine-box) — Dinas Pendidikan');
      expect(own).not.toContain('tidak berwenang');
    });
  });

  describe('pick lists answer the chosen button', () => {
    it('Slack: replaces the list with the answer', async () => {
      const [list] = await slash('UADMIN', 'kandidat kepala dinas', 'C1');
      expect(list?.fields.response_type).toBe('ephemeral');
      const mark = slack.calls.length;
      const payload = {
        type: 'block_actions', team: { id: 'T1' }, user: { id: 'UADMIN' }, api_app_id: 'A1', token: 't', trigger_id: 't',
        channel: { id: 'C1' }, container: { type: 'message' }, response_url: `${slack.url}/respond/pick1`,
        actions: [{ type: 'button', action_id: 'talenta_pick_1', block_id: 'b', value: 'k:en:DINKES-KEPALA~', action_ts: '1' }],
      };
      expect((await postSlack(new URLSearchParams({ payload: JSON.stringify(payload) }).toString())).status).toBe(200);
      const answer = await slack.waitFor((c) => c.method === '/respond/pick1', 10_000, mark);
      expect(String(answer.fields.text)).toContain('Successors for Kepala Dinas Kesehatan');
      expect(answer.fields.replace_original).toBe(true);
      expect(answer.fields.response_type).toBe('ephemeral');
    });

    it('Telegram: an inline keyboard whose button is answered', async () => {
      const mark = telegram.calls.length;
      await postUpdate(message(1001, 'profil budi santoso'));
      const list = await telegram.waitFor((c) => c.method === 'sendMessage' && String(c.fields.text).includes('Maksud Anda'), 10_000, mark);
      const keyboard = JSON.stringify(list.fields.reply_markup);
      const value = /"callback_data":"(p:id:#\d+)"/.exec(keyboard)?.[1];
      expect(value).toBeDefined();
      await postUpdate({
        update_id: updateId++,
        callback_query: { id: 'cb1', from: { id: 1001, is_bot: false, first_name: 'P' }, chat_instance: 'ci', data: value,
          message: { message_id: 5, date: 1700000000, chat: { id: 1001, type: 'private', first_name: 'P' }, text: 'x' } },
      });
      await telegram.waitFor((c) => c.method === 'answerCallbackQuery', 10_000, mark);
      await telegram.waitFor((c) => c.method === 'sendMessage' && String(c.fields.text).includes('Profil talenta Budi Santoso'), 10_000, mark);
    });
  });

  describe('privacy in shared places', () => {
    it('Slack channel: a slash answer naming people is ephemeral, an aggregate is posted', async () => {
      const [personal] = await slash('UADMIN', 'talent pool dinkes', 'C1');
      expect(personal?.fields.response_type).toBe('ephemeral');
      const [aggregate] = await slash('UADMIN', 'berapa pegawai di kotak 9?', 'C1');
      expect(aggregate?.fields.response_type).toBe('in_channel');
      const [direct] = await slash('UADMIN', 'talent pool dinkes', 'D1');
      expect(direct?.fields.response_type).toBe('in_channel');
    });

    it('Slack: a reply to a quoted message is read as typed, though Slack escapes its ">"', async () => {
      // Slack delivers "> Pak Sekda: …" as "&gt; Pak Sekda: …": the reply below the quote is the question.
      const answer = textOf(await slash('UADMIN', '&gt; Pak Sekda: profil Rina Wulandari\nbot, jabatan apa saja yang kosong?'));
      expect(answer).toContain('Kepala Dinas Pendidikan');
      expect(answer).not.toContain('Profil talenta');
    });

    it('Slack channel: a mention naming people is answered with chat.postEphemeral to the asker only', async () => {
      const mark = slack.calls.length;
      const event = (id: string, text: string) => JSON.stringify({
        type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event_id: id, event_time: 1, token: 't',
        event: { type: 'app_mention', user: 'UADMIN', text: `<@UBOT> ${text}`, ts: '1700000001.000100', channel: 'C7', event_ts: '1700000001.000100' },
      });
      await postSlack(event('EvPriv1', 'profil Rina Wulandari'), 'application/json');
      const ephemeral = await slack.waitFor((c) => c.method === 'chat.postEphemeral', 10_000, mark);
      expect(ephemeral.fields.user).toBe('UADMIN');
      expect(String(ephemeral.fields.text)).toContain('Profil talenta Rina Wulandari');
      expect(slack.calls.slice(mark).some((c) => c.method === 'chat.postMessage' && String(c.fields.text).includes('Rina'))).toBe(false);
      await postSlack(event('EvPriv2', 'risiko'), 'application/json');
      const posted = await slack.waitFor((c) => c.method === 'chat.postMessage' && c.fields.channel === 'C7', 10_000, mark);
      expect(String(posted.fields.text)).toContain('Risiko suksesi');
    });

    it('Telegram group: a personal answer goes to the private chat, the group only hears where it went', async () => {
      const mark = telegram.calls.length;
      await postUpdate(message(1001, '@TalentaBot profil Rina Wulandari', { id: -100200, type: 'group' }));
      const privately = await telegram.waitFor((c) => c.method === 'sendMessage' && Number(c.fields.chat_id) === 1001, 10_000, mark);
      expect(String(privately.fields.text)).toContain('Profil talenta Rina Wulandari');
      const notice = await telegram.waitFor((c) => c.method === 'sendMessage' && Number(c.fields.chat_id) === -100200, 10_000, mark);
      expect(String(notice.fields.text)).toContain('chat pribadi');
      expect(String(notice.fields.text)).not.toContain('Rina');
    });

    it('Telegram group: when the asker has no private chat yet, the group is asked to open one and sees no names', async () => {
      const mark = telegram.calls.length;
      await postUpdate(message(TG_SHY_USER, '@TalentaBot talent pool dinkes', { id: -100200, type: 'group' }));
      const notice = await telegram.waitFor((c) => c.method === 'sendMessage' && Number(c.fields.chat_id) === -100200, 10_000, mark);
      expect(String(notice.fields.text)).toContain('@TalentaBot');
      expect(telegram.calls.slice(mark).some((c) => (typeof c.fields.text === 'string' ? c.fields.text : '').includes('Dewi Lestari') && Number(c.fields.chat_id) === -100200)).toBe(false);
    });

    it("Telegram group: a mention replying to someone's question answers that question", async () => {
      const mark = telegram.calls.length;
      const update = message(1001, '@TalentaBot tolong jawab ya', { id: -100200, type: 'group' });
      const asked = { message_id: 1, date: 1700000000, chat: { id: -100200, type: 'group', title: 'Pimpinan' }, from: { id: 2002, is_bot: false, first_name: 'Sekda' }, text: 'jabatan apa saja yang kosong?' };
      await postUpdate({ ...update, message: { ...update.message, reply_to_message: asked } });
      const posted = await telegram.waitFor((c) => c.method === 'sendMessage' && Number(c.fields.chat_id) === -100200, 10_000, mark);
      expect(String(posted.fields.text)).toContain('Kepala Dinas Pendidikan');
    });

    it('Telegram group: aggregates are answered in the group', async () => {
      const mark = telegram.calls.length;
      await postUpdate(message(1001, '@TalentaBot jabatan apa saja yang kosong?', { id: -100200, type: 'group' }));
      const posted = await telegram.waitFor((c) => c.method === 'sendMessage' && Number(c.fields.chat_id) === -100200, 10_000, mark);
      expect(String(posted.fields.text)).toContain('Kepala Dinas Pendidikan');
    });
  });

  describe('the nine-box image', () => {
    async function checkPng(png: Buffer, unitKode: string | null, lang: 'id' | 'en') {
      const view = await getNineBox(makeCtx(deps, { role: 'ADMIN', instansiId: scenario.instansi.id }), {
        instansiKode: scenario.instansi.kode, reviewId: 'latest', ...(unitKode ? { unitKode } : {}),
      });
      const layout = layoutNineBox(view, lang);
      const pixels = decodePng(png);
      expect([pixels.width, pixels.height]).toEqual([layout.width, layout.height]);
      const ink = inkBoundingBox(pixels)!;
      expect(ink.left).toBeGreaterThanOrEqual(layout.margin / 2);
      expect(ink.bottom).toBeLessThanOrEqual(pixels.height - layout.margin / 2);
      expect(ink.right).toBeLessThanOrEqual(pixels.width - layout.margin / 2);
    }

    it('Slack: uploaded to the channel as a whole PNG, with the grid text posted', async () => {
      const mark = slack.calls.length;
      const calls = await slash('UADMIN', 'tampilkan kotak talenta dinas kesehatan', 'C1');
      expect(calls[0]?.fields.response_type).toBe('in_channel');
      expect(textOf(calls)).toContain('5 pegawai terpetakan · talent pool (kotak 7–9): 2 · belum terpetakan: 1');
      const upload = await slack.waitFor((c) => c.method === '/upload/F1', 10_000, mark);
      await checkPng(pngIn(upload.raw), 'DINKES', 'id');
      const complete = await slack.waitFor((c) => c.method === 'files.completeUploadExternal', 10_000, mark);
      expect(String(complete.fields.channel_id)).toBe('C1');
    });

    it('Telegram: sent as a photo, then the grid text', async () => {
      const mark = telegram.calls.length;
      await postUpdate(message(1001, 'show me the nine box for the whole regency'));
      const photo = await telegram.waitFor((c) => c.method === 'sendPhoto', 10_000, mark);
      await checkPng(pngIn(photo.raw), null, 'en');
      const grid = await telegram.waitFor((c) => c.method === 'sendMessage' && String(c.fields.text).includes('<pre>'), 10_000, mark);
      expect(String(grid.fields.text)).toContain('9 employees placed');
    });
  });

  describe('transports', () => {
    it('Slack: URL verification, bad signatures and stale timestamps', async () => {
      const res = await postSlack(JSON.stringify({ type: 'url_verification', challenge: 'abc123', token: 't' }), 'application/json');
      expect(await res.json()).toEqual({ challenge: 'abc123' });
      const body = new URLSearchParams({ command: '/talenta', text: 'bantuan', user_id: 'UADMIN', response_url: `${slack.url}/respond/bad` }).toString();
      expect((await postSlack(body, undefined, { secret: 'wrong' })).status).toBe(401);
      expect((await postSlack(body, undefined, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 })).status).toBe(401);
      expect(slack.calls.some((c) => c.method === '/respond/bad')).toBe(false);
    });

    it('Telegram: a wrong secret token is 401; an unlinked user is told how to get access', async () => {
      expect((await postUpdate(message(1001, 'bantuan'), 'wrong')).status).toBe(401);
      expect(await tg(5555, 'risiko')).toContain('talenta chat link --instansi <kode-instansi> --platform telegram --id 5555');
      expect(textOf(await slash('UNOBODY', 'risk'))).toContain('Your Slack account (ID: UNOBODY) is not linked');
    });

    it('Telegram: commands are read as their intent', async () => {
      expect(await tg(1001, '/kandidat kepala dinas kesehatan')).toContain('Kandidat pengganti Kepala Dinas Kesehatan');
      expect(await tg(1001, '/pensiun 6 bulan')).toContain('Hendra Wijaya');
      expect(await tg(1001, '/help')).toContain('successors <position>');
    });

    it('posts a review summary to the Slack channel and the Telegram chat', async () => {
      await bots.notifier!.reviewFinished({
        instansi: { kode: scenario.instansi.kode, nama: 'Kab. <Uji>', slackChannel: '#talenta', telegramChatId: '-1009' },
        review: { id: reviewId, asOf: BOT_SCENARIO_AS_OF, status: 'COMPLETED', error: null },
        counts: { employees: 10, placed: 9, belumTerpetakan: 1, perBox: { '9': 2, '7': 1 }, talentPool: 4, talentPoolBoxes: [7, 8, 9], positionsAtRisk: 2 },
      });
      const posted = await slack.waitFor((c) => c.method === 'chat.postMessage' && c.fields.channel === '#talenta');
      expect(String(posted.fields.text)).toContain(`Tinjauan talenta ${reviewId8()} per 15 Januari 2026 — Kab. &lt;Uji&gt; selesai`);
      const sent = await telegram.waitFor((c) => c.method === 'sendMessage' && String(c.fields.chat_id) === '-1009');
      expect(String(sent.fields.text)).toContain('Kelompok rencana suksesi (kotak 7–9): 4');
    });
  });
});
