/**
 * The staffing balance of one jabatan or a family in the bots, on a kabupaten of our own: the ABK test kabupaten
 * plus a Dinas Tenaga Kerja with a UPTD, and Perawat, Bidan and Penyuluh families spread over the units, all imported
 * through the import service and reviewed. Every number an answer gives is checked against the API's own rows; a
 * family is never netted across units; a phrase no position matches gets the closest names; "beban kerja" inside a
 * question about the Dinas Tenaga Kerja stays the workload question.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBotCore, type BotCore } from '../../bots/core/bot-core.js';
import { replyText } from '../../bots/core/plain-text.js';
import { INTENTS } from '../../bots/intents/index.js';
import type { AbkPosition, AbkPositions } from '../../services/abk/schemas.js';
import { linkChatIdentity } from '../../services/chat/link-chat-identity.js';
import { apiRoutes } from '../../server/routes/api/index.js';
import { INSTANSI } from '../api/helpers/api-harness.js';
import { startAbkScenario, type AbkScenario } from '../api/helpers/abk-scenario.js';

const nip = (n: number) => `19900101201501${String(1000 + n).padStart(4, '0')}`;

/** [kode, nama, unit, jenjang, holders, need]: families across units, shortages in one unit beside surpluses in another. */
const POSITIONS: Array<[string, string, string, string, number, string]> = [
  ['PRW-B-T', 'Perawat Terampil', 'OPD-B', 'TERAMPIL', 0, '3'],
  ['PRW-B-AP', 'Perawat Ahli Pertama', 'OPD-B', 'AHLI_PERTAMA', 1, '2'],
  ['PRW-P-T', 'Perawat Terampil', 'B-1', 'TERAMPIL', 4, '2'],
  ['BDN-P-T', 'Bidan Terampil', 'B-1', 'TERAMPIL', 1, '4'],
  ['BDN-P-M', 'Bidan Mahir', 'B-1', 'MAHIR', 2, '2'],
  ['PNY-C-AP', 'Penyuluh Ketenagakerjaan Ahli Pertama', 'OPD-C', 'AHLI_PERTAMA', 3, '1'],
  ['PNY-C-AM', 'Penyuluh Ketenagakerjaan Ahli Muda', 'OPD-C', 'AHLI_MUDA', 0, '2'],
  ['PGD-C', 'Pengadministrasi Umum', 'OPD-C', '', 3, '1'],
  ['GRU-SMP5', 'Guru Ahli Pertama', 'SMP-5', 'AHLI_PERTAMA', 1, '3'],
  ['GRU-SD5', 'Guru Ahli Pertama', 'SD-5', 'AHLI_PERTAMA', 2, '2'],
];

describe('staffing balance of a jabatan in the bots', () => {
  let scenario: AbkScenario;
  let core: BotCore;
  const ask = async (text: string, externalId = 'U-ADMIN') => core.answerText({ platform: 'slack', externalId, text });
  const api = async (query: string) => {
    const res = await scenario.api.call(scenario.api.tokens.ADMIN, { method: 'GET', url: `/api/v1/instansi/${INSTANSI}/abk/positions${query}` });
    expect(res.statusCode).toBe(200);
    return res.json<AbkPositions>();
  };

  beforeAll(async () => {
    scenario = await startAbkScenario('pglite', { plugins: [apiRoutes] });
    let n = 0;
    await scenario.importAll([
      ['units', ['kode_unit,nama_unit,kode_unit_induk', 'OPD-C,Dinas Tenaga Kerja,ROOT', 'B-1,UPTD Puskesmas Sehat,OPD-B', 'SMP-5,SMP Negeri 5 Uji,OPD-A', 'SD-5,SD Negeri 5 Uji,OPD-A']],
      ['positions', [
        'kode_jabatan,nama_jabatan,kode_unit,jenis_jabatan,jenjang_jf,rumpun,kritikal',
        ...POSITIONS.map(([kode, nama, unit, jenjang]) => `${kode},${nama},${unit},${jenjang ? 'FUNGSIONAL' : 'PELAKSANA'},${jenjang},Kesehatan,`),
      ]],
      ['employees', [
        'nip,nama,jenis_pegawai,golongan,kode_jabatan,tmt_jabatan,pendidikan',
        ...POSITIONS.flatMap(([kode, , , , holders]) => Array.from({ length: holders }, () => `${nip(++n)},Pegawai ${n},PNS,III/a,${kode},2020-01-01,S1`)),
      ]],
      ['kebutuhan', ['kode_unit,kode_jabatan,tahun,kebutuhan,sumber', ...POSITIONS.map(([kode, , unit, , , need]) => `${unit},${kode},2026,${need},INTERNAL`)]],
    ]);
    await scenario.review();
    await linkChatIdentity(scenario.api.systemCtx, { instansiKode: INSTANSI, platform: 'slack', externalId: 'U-ADMIN', role: 'ADMIN' });
    await linkChatIdentity(scenario.api.systemCtx, { instansiKode: INSTANSI, platform: 'slack', externalId: 'U-LEADER-A', role: 'PIMPINAN', unit: 'OPD-A' });
    core = createBotCore({ deps: scenario.api.deps, intents: INTENTS });
  });
  afterAll(async () => scenario.api.close());

  /** The line an answer gives for one API row, in Indonesian. */
  const lineOf = (p: AbkPosition) => {
    const gap = p.kurang > 0 ? `kurang ${p.kurang}` : p.lebih > 0 ? `lebih ${p.lebih}` : 'seimbang';
    return `${p.nama} (${p.unit.nama}): ${gap} — kebutuhan ${p.kebutuhan}, ada ${p.existing}${p.kosong ? ', kosong' : ''}`;
  };
  const sum = (rows: readonly AbkPosition[], key: 'kebutuhan' | 'existing' | 'kurang' | 'lebih') => rows.reduce((a, p) => a + p[key], 0);

  it('answers a family over the whole scope with every position per unit and totals that are the rows\' sums', async () => {
    const reply = await ask('apakah kita kekurangan perawat?');
    expect(reply).toMatchObject({ lang: 'id', personal: false });
    const text = replyText(reply);
    const rows = (await api('')).positions.filter((p) => p.nama.startsWith('Perawat'));
    expect(rows.map((p) => p.unit.kode).sort()).toEqual(['B-1', 'OPD-B', 'OPD-B', 'OPD-B']);
    for (const row of rows) expect(text).toContain(lineOf(row));
    const kurang = sum(rows, 'kurang');
    const lebih = sum(rows, 'lebih');
    // The UPTD's surplus does not cover the Dinas' shortage.
    expect(kurang).toBeGreaterThan(0);
    expect(lebih).toBeGreaterThan(0);
    expect(text).toContain(`Kebutuhan: ${sum(rows, 'kebutuhan')} pegawai di ${rows.length} jabatan`);
    expect(text).toContain(`Kekurangan: ${kurang} pegawai di ${rows.filter((p) => p.kurang > 0).length} jabatan (${rows.filter((p) => p.kosong).length} jabatan kosong)`);
    expect(text).toContain(`Kelebihan: ${lebih} pegawai di ${rows.filter((p) => p.lebih > 0).length} jabatan`);
    expect(text).toContain('tidak saling menutup');
    expect(text).toMatch(/Tinjauan talenta [0-9a-f]{8}/);
    expect(text).not.toContain('Bidan');
  });

  it('narrows to the unit asked and one jenjang, in English when asked in English', async () => {
    const text = replyText(await ask('how many midwives are we short at the puskesmas?'));
    const rows = (await api('?unit=B-1')).positions.filter((p) => p.nama.startsWith('Bidan'));
    expect(text).toContain('Staffing balance (workload analysis 2026) — bidan — UPTD Puskesmas Sehat');
    expect(text).toContain(`Short: ${sum(rows, 'kurang')} staff in`);
    expect(text).toContain('Bidan Terampil (UPTD Puskesmas Sehat): short 3 — need 4, in post 1');
    const one = replyText(await ask('kebutuhan perawat terampil di dinkes'));
    const perawatTerampil = (await api('?unit=OPD-B')).positions.filter((p) => p.nama === 'Perawat Terampil');
    for (const row of perawatTerampil) expect(one).toContain(lineOf(row));
    expect(one).toContain(`Kebutuhan: ${sum(perawatTerampil, 'kebutuhan')} pegawai di ${perawatTerampil.length} jabatan`);
    expect(one).not.toContain('Perawat Ahli Pertama');
  });

  it('asks about a surplus in the unit whose name holds a workload word, and reads "beban kerja" there as the workload', async () => {
    const text = replyText(await ask('kelebihan pengadministrasi di dinas tenaga kerja?'));
    expect(text).toContain('Pengadministrasi Umum (Dinas Tenaga Kerja): lebih 2 — kebutuhan 1, ada 3');
    const workload = replyText(await ask('beban kerja dinas tenaga kerja'));
    const unit = await api('?unit=OPD-C');
    expect(workload).toContain('Neraca pegawai (ABK 2026) — Dinas Tenaga Kerja');
    expect(workload).toContain(`Kebutuhan: ${unit.total.kebutuhan} pegawai di ${unit.total.positions} jabatan`);
  });

  it('says in words when no position matches, with the closest names, instead of another answer', async () => {
    const text = replyText(await ask('kekurangan apoteker'));
    expect(text).toContain('Tidak ada jabatan "apoteker" dalam ABK seluruh cakupan Anda.');
    expect(text).not.toContain('Kebutuhan:');
    const near = replyText(await ask('formasi penyuluh pertanian'));
    expect(near).toContain('Tidak ada jabatan "penyuluh pertanian"');
    expect(near).toContain('Penyuluh Ketenagakerjaan Ahli');
    const elsewhere = replyText(await ask('kekurangan bidan di dinas pendidikan'));
    expect(elsewhere).toContain('Jabatan itu ada di: UPTD Puskesmas Sehat.');
  });

  it('keeps the jabatan through a pick list of units, within the 64 bytes a Telegram button carries', async () => {
    const reply = await ask('kekurangan perawat terampil di dinas');
    const options = reply.choices?.options ?? [];
    expect(options.map((o) => o.label)).toContain('Dinas Kesehatan');
    for (const o of options) expect(Buffer.byteLength(o.value)).toBeLessThanOrEqual(64);
    const kesehatan = options.find((o) => o.label === 'Dinas Kesehatan');
    const text = replyText(await core.answerPick({ platform: 'slack', externalId: 'U-ADMIN', value: kesehatan?.value ?? '' }));
    const rows = (await api('?unit=OPD-B')).positions.filter((p) => p.nama === 'Perawat Terampil');
    expect(text).toContain('— perawat terampil — Dinas Kesehatan');
    for (const row of rows) expect(text).toContain(lineOf(row));
    expect(text).not.toContain('Bidan');
  });

  it('reads a school named right after the jabatan, without "di", as the unit asked', async () => {
    const smp = (await api('?unit=SMP-5')).positions;
    const sd = (await api('?unit=SD-5')).positions;
    const text = replyText(await ask('kekurangan guru smpn 5'));
    expect(text).toContain('— guru — SMP Negeri 5 Uji');
    for (const row of smp) expect(text).toContain(lineOf(row));
    for (const row of sd) expect(text).not.toContain(lineOf(row));
    const english = replyText(await ask('are we short of teachers sdn5?'));
    expect(english).toContain('— guru — SD Negeri 5 Uji');
    expect(english).toContain('Guru Ahli Pertama (SD Negeri 5 Uji): balanced');
  });

  it('tells a leader only about its own subtree', async () => {
    const text = replyText(await ask('kekurangan guru', 'U-LEADER-A'));
    const rows = (await api('?unit=OPD-A')).positions.filter((p) => p.nama.startsWith('Guru'));
    for (const row of rows) expect(text).toContain(lineOf(row));
    expect(await ask('kekurangan perawat di dinkes', 'U-LEADER-A')).toMatchObject({ refusal: 'forbidden' });
  });
});
