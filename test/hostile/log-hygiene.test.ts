/**
 * The logs of a whole end-to-end run, at `trace` level, hold no NIP, name, token, calibration reason or chat id:
 * imports, reviews, every read (profiles by NIP in the URL, plain and percent-encoded), calibrations, the committee
 * pack, bot questions by name and NIP, tokens sent in query strings, an unknown route naming a NIP, and a database
 * failure whose statement carried a reason as a parameter.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBotCore } from '../../bots/core/bot-core.js';
import { INTENTS } from '../../bots/intents/index.js';
import { HOME, startHostileApi, type HostileApi } from './helpers/hostile-api.js';
import { expectCleanLogs } from './helpers/hostile-cases.js';

const REASONS = [
  'Rapat komite 12 Maret: memimpin proyek digitalisasi rapor dengan hasil menonjol',
  'Penilaian ulang atas keberatan yang bersangkutan, disetujui sekretaris daerah',
  'Catatan pimpinan: sering terlambat mengirim laporan bulanan ke dinas',
];

describe('hostile: the logs of an end-to-end run', () => {
  let api: HostileApi;
  const admin = (url: string) => api.send(api.tokens.ADMIN, { method: 'GET', url });

  beforeAll(async () => {
    api = await startHostileApi();
    api.sensitive.push(...REASONS, 'U-LOG-ADMIN', 'U-LOG-LINKED');
  });
  afterAll(() => api.close());

  it('reads everything a committee reads', async () => {
    for (const person of api.home.people) {
      expect((await admin(`${HOME}/employees/${person.nip}/talent`)).statusCode).toBe(200);
      const encoded = [...person.nip].map((d) => `%3${d}`).join('');
      expect((await admin(`${HOME}/employees/${encoded}/talent`)).statusCode).toBe(200);
      await api.send(api.tokens.PIMPINAN, { method: 'GET', url: `${HOME}/employees/${person.nip}/talent` });
    }
    for (const path of ['reviews', 'reviews/latest', 'reviews/latest/nine-box', 'reviews/latest/placements?limit=3', 'talent-pool?limit=4',
      'reviews/latest/transitions', 'succession/risks', 'succession/outlook', 'positions/KADIS-A/successors', 'positions/KADIS-B/successors',
      'reviews/latest/export.xlsx', 'audit', 'policy', 'schedule']) {
      expect((await admin(`${HOME}/${path}`)).statusCode, path).toBe(200);
    }
  });

  it('calibrates with reasons, and fails one in the database with the reason as a parameter', async () => {
    const calibrate = (nip: string, alasan: string) =>
      api.send(api.tokens.KOMITE, { method: 'POST', url: `${HOME}/reviews/latest/calibrations`, payload: { nip, box: 8, alasan } });
    expect((await calibrate(api.home.kabidA1.nip, REASONS[0]!)).statusCode).toBe(200);
    expect((await calibrate(api.home.kabidB1.nip, REASONS[1]!)).statusCode).toBe(200);
    // A rule the database enforces and the service does not know: the insert fails with the reason as a parameter.
    await api.handle.db.execute(sql.raw("alter table calibrations add constraint alasan_pendek check (length(alasan) < 50) not valid"));
    try {
      expect((await calibrate(api.home.kabidB2.nip, REASONS[2]!)).statusCode).toBe(500);
    } finally {
      await api.handle.db.execute(sql.raw('alter table calibrations drop constraint alasan_pendek'));
    }
    const failure = api.logs.find((line) => line.includes('"DatabaseError"'));
    expect(failure && JSON.parse(failure)).toMatchObject({ err: { type: 'DatabaseError', sqlState: '23514', statement: 'insert into calibrations' } });
  });

  it('takes tokens in query strings and NIPs in unknown routes without logging them', async () => {
    const token = api.tokens.ADMIN;
    expect((await api.send(token, { method: 'GET', url: `${HOME}/reviews?token=${token}&access_token=${token}` })).statusCode).toBe(200);
    expect((await api.send(null, { method: 'GET', url: `${HOME}/reviews?token=${api.tokens.KOMITE}` })).statusCode).toBe(401);
    expect((await api.send(null, { method: 'GET', url: `/api/v1/pegawai/${api.home.kadisA.nip}?nama=${encodeURIComponent(api.home.kadisA.nama)}` })).statusCode).toBe(404);
    expect((await api.send(token, { method: 'GET', url: `${HOME}/employees/${api.home.kadisA.nip}/talent?q=${encodeURIComponent(api.home.kadisA.nama)}` })).statusCode).toBe(200);
  });

  it('answers bot questions by name and by NIP', async () => {
    for (const externalId of ['U-LOG-ADMIN', 'U-LOG-LINKED']) {
      const res = await api.send(api.tokens.ADMIN, { method: 'POST', url: `${HOME}/chat-identities`, payload: { platform: 'slack', externalId, role: 'ADMIN' } });
      expect(res.statusCode).toBe(201);
    }
    const core = createBotCore({ deps: api.deps, intents: INTENTS });
    for (const text of [`profil ${api.home.kabidA1.nama}`, `profil ${api.home.kabidB2.nip}`, 'kandidat kepala dinas pendidikan', 'risiko', 'ninebox']) {
      const reply = await core.answerText({ platform: 'slack', externalId: 'U-LOG-ADMIN', text });
      expect(reply.refusal).toBeUndefined();
    }
  });

  it('runs a second review and imports a file with rejected rows', async () => {
    const bad = `nip,nama,jenis_pegawai,golongan,kode_jabatan,tmt_jabatan,pendidikan\n${api.home.kadisA.nip.slice(0, 17)},${api.home.kadisA.nama},PNS,IV/c,KADIS-A,2019-01-01,S2\n`;
    const imported = await api.send(api.tokens.ADMIN, { method: 'POST', url: `${HOME}/imports/employees`, headers: { 'content-type': 'text/csv' }, payload: bad });
    expect(imported.json<{ rejected: unknown[] }>().rejected.length).toBe(1);
    expect((await api.send(api.tokens.ADMIN, { method: 'POST', url: `${HOME}/reviews`, payload: {} })).statusCode).toBe(202);
    await api.runQueued();
  });

  it('logged every request, and nothing personal', () => {
    expect(api.logs.filter((line) => line.includes('"incoming request"')).length).toBeGreaterThan(100);
    expectCleanLogs(api);
  });
});
