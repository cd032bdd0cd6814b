/**
 * Neraca Pegawai end to end: ABK imported through the import service, a review run through the review pipeline,
 * then every ABK read over HTTP — numbers, unit filter, who sees names, the XLSX download, the succession risk, a
 * calibration re-ranking candidates, and the snapshot staying as it was when the ABK changes afterwards.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { apiRoutes } from '../../server/routes/api/index.js';
import { createToken } from '../../services/access/tokens/create-token.js';
import type { AbkOutlook, AbkPositions, AbkPriorities, AbkRedistribution, AbkUnits } from '../../services/abk/schemas.js';
import type { Risks } from '../../services/succession/schemas.js';
import { eachDatabase } from '../helpers/test-db.js';
import { INSTANSI, type ApiHarness } from './helpers/api-harness.js';
import { NIP, startAbkScenario, type AbkScenario } from './helpers/abk-scenario.js';

const B = `/api/v1/instansi/${INSTANSI}`;

eachDatabase('Neraca Pegawai over HTTP', (lane) => {
  let scenario: AbkScenario;
  let api: ApiHarness;
  let firstReview: string;
  let pimpinanB: string;
  const get = async <T>(token: string, url: string): Promise<T> => {
    const res = await api.call(token, { method: 'GET', url: `${B}${url}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<T>();
  };

  beforeAll(async () => {
    scenario = await startAbkScenario(lane, { plugins: [apiRoutes] });
    api = scenario.api;
    firstReview = await scenario.review();
    pimpinanB = (await createToken(api.systemCtx, { role: 'PIMPINAN', name: 'pimpinan-b', instansiKode: INSTANSI, unitKode: 'OPD-B' })).token;
  });
  afterAll(async () => api.close());

  it('gives the balance per position: the worked example, imported results, PPPK counted, never netted', async () => {
    const body = await get<AbkPositions>(api.tokens.VIEWER, '/abk/positions');
    expect(body.tahun).toBe(2026);
    const byKode = Object.fromEntries(body.positions.map((p) => [p.kode, p]));
    expect(byKode.AJUDAN).toMatchObject({
      sumberHitung: 'TUGAS', bebanKerjaJam: 2820, kebutuhanHitung: 2.256, kebutuhan: 2, existing: 3, selisih: 1, lebih: 1,
      ej: 0.752, ejBand: { band: 'C', label: 'Cukup' },
    });
    expect(byKode['ADM-A']).toMatchObject({ kebutuhan: 2, existing: 5, lebih: 3, ej: 0.4, ejBand: { band: 'E' } });
    expect(byKode['ADM-B']).toMatchObject({ kebutuhan: 2, existing: 0, kurang: 2, kosong: true, ej: null });
    expect(byKode['GURU-A']).toMatchObject({ kebutuhanHitung: 3.4, kebutuhan: 3, existing: 2, kurang: 1, sumber: 'E_FORMASI' });
    expect(byKode['PERAWAT-B']).toMatchObject({ kebutuhan: 2, existingPns: 0, existingPppk: 1, existing: 1, kurang: 1 });
    expect(body.total).toMatchObject({ positions: 7, kurang: 5, lebih: 4, jabatanKosong: 2 });
    const kurang = await get<AbkPositions>(api.tokens.VIEWER, '/abk/positions?status=kurang&rincian=true');
    expect(kurang.positions.map((p) => p.kode)).toEqual(['ADM-B', 'GURU-A', 'KABID-B', 'PERAWAT-B']);
    expect((await get<AbkPositions>(api.tokens.VIEWER, '/abk/positions?rincian=true')).positions.find((p) => p.kode === 'AJUDAN')?.tugas).toHaveLength(6);
  });

  it('rolls units up over their subtree, shortages and surpluses apart, with EU', async () => {
    const body = await get<AbkUnits>(api.tokens.VIEWER, '/abk/units');
    const byKode = Object.fromEntries(body.units.map((u) => [u.kode, u]));
    expect(byKode['OPD-A']).toMatchObject({ kurang: 1, lebih: 3, positions: 3, kodeInduk: 'ROOT' });
    expect(byKode['OPD-B']).toMatchObject({ kurang: 4, lebih: 0, jabatanKosong: 2 });
    expect(byKode.ROOT).toMatchObject({ kurang: 5, lebih: 4 });
    const scoped = await get<AbkUnits>(api.tokens.VIEWER, '/abk/units?unit=OPD-A');
    expect(scoped.units.map((u) => u.kode)).toEqual(['A-1', 'OPD-A']);
    expect(scoped.total).toMatchObject({ kurang: 1, lebih: 3 });
  });

  it('projects five years: the holder reaching BUP in 2026 leaves ADM-A', async () => {
    const body = await get<AbkOutlook>(api.tokens.VIEWER, '/abk/outlook?unit=OPD-A');
    expect(body.years).toEqual([2026, 2027, 2028, 2029, 2030]);
    const admA = body.positions.find((p) => p.kode === 'ADM-A');
    expect(admA?.years[0]).toMatchObject({ tahun: 2026, kebutuhan: 2, existing: 4, pensiun: 1, lebih: 2 });
  });

  it('ranks vacancies: the vacant critical post first, with its reasons', async () => {
    const body = await get<AbkPriorities>(api.tokens.VIEWER, '/abk/priorities');
    expect(body.items[0]).toMatchObject({ rank: 1, kode: 'KABID-B', utama: true });
    expect(body.items[0]?.alasan).toEqual(expect.arrayContaining(['jabatan kosong: kebutuhan 1, tidak ada pemangku', 'jabatan kritikal']));
    expect((await get<AbkPriorities>(api.tokens.VIEWER, '/abk/priorities?limit=2')).items).toHaveLength(2);
  });

  it('flags critical positions short by ABK in the succession risks', async () => {
    const body = await get<Risks>(api.tokens.VIEWER, '/succession/risks');
    expect(body.positions.find((p) => p.kode === 'KABID-B')?.risks).toEqual(expect.arrayContaining(['KOSONG', 'KURANG_ABK']));
  });

  it('names who may move within the same jabatan, and says why the others may not', async () => {
    const body = await get<AbkRedistribution>(api.tokens.ADMIN, '/abk/redistribution');
    expect(body.namesShown).toBe(true);
    const [jabatan] = body.jabatan;
    expect(jabatan).toMatchObject({ jabatan: 'nama:pengadministrasi perkantoran', kurang: 2, lebih: 3 });
    expect(jabatan?.moves).toHaveLength(1);
    const move = jabatan?.moves[0];
    expect(move).toMatchObject({ from: { kode: 'ADM-A', unit: { kode: 'OPD-A' } }, to: { kode: 'ADM-B' }, jumlah: 2, tanpaKandidat: 0 });
    expect(move?.candidates.map((c) => [c.nip, c.box, c.disarankan])).toEqual([
      [NIP.a1, 9, true],
      [NIP.a2, 5, true],
    ]);
    expect(jabatan?.dikecualikan).toEqual({ bukanPns: 0, kurangMasaJabatan: 1, mendekatiPensiun: 1, tanggalLahirTidakDiketahui: 0, hukumanDisiplinAktif: 1 });
    expect(jabatan?.sisaLebih).toEqual([{ kode: 'ADM-A', nama: 'Pengadministrasi Perkantoran', unit: { kode: 'OPD-A', nama: 'Dinas Pendidikan' }, jumlah: 1 }]);
  });

  it('shows names only to those who may see the people: masked for a leader of their unit, hidden otherwise', async () => {
    const inScope = await get<AbkRedistribution>(api.tokens.PIMPINAN, '/abk/redistribution');
    expect(inScope.jabatan[0]?.moves[0]?.candidates[0]?.nip).toBe('1985****1001');
    const otherLeader = await get<AbkRedistribution>(pimpinanB, '/abk/redistribution');
    expect(otherLeader.jabatan[0]?.moves[0]).toMatchObject({ candidatesHidden: true, candidates: [], candidateCount: 2 });
    const viewer = await get<AbkRedistribution>(api.tokens.VIEWER, '/abk/redistribution');
    expect(viewer).toMatchObject({ namesShown: false });
    expect(viewer.jabatan[0]?.moves[0]).toMatchObject({ candidatesHidden: true, candidates: [] });
    const leaderPositions = await get<AbkPositions>(api.tokens.PIMPINAN, '/abk/positions');
    expect(leaderPositions.positions.map((p) => p.kode)).toEqual(['ADM-A', 'GURU-A', 'KADIS-A']);
    expect((await api.call(api.tokens.PIMPINAN, { method: 'GET', url: `${B}/abk/positions?unit=OPD-B` })).statusCode).toBe(403);
  });

  it('refuses bad queries with a clear Indonesian error', async () => {
    const refusal = async (url: string) => {
      const res = await api.call(api.tokens.ADMIN, { method: 'GET', url: `${B}${url}` });
      return { status: res.statusCode, ...res.json<{ error: { code: string; message: string; details?: Array<{ path: string }> } }>().error };
    };
    expect(await refusal('/abk/positions?status=penuh')).toMatchObject({ status: 400, code: 'validation', details: [{ path: 'querystring/status' }] });
    expect(await refusal('/abk/priorities?limit=0')).toMatchObject({ status: 400, code: 'validation', details: [{ path: 'querystring/limit' }] });
    expect(await refusal('/abk/outlook?review=bukan-id')).toMatchObject({ status: 400, details: [{ path: 'querystring/review' }] });
    expect(await refusal('/abk/units?unit=TIDAK-ADA')).toMatchObject({ status: 404, message: 'unit "TIDAK-ADA" tidak ditemukan' });
  });

  it('downloads Form D, the balance per unit, the five-year rincian and the redistribution as XLSX', async () => {
    const res = await api.call(api.tokens.KOMITE, { method: 'GET', url: `${B}/abk/export.xlsx` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="talenta-abk-kab-uji-2026-06-30\.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Form D', 'Neraca per Unit', 'Rincian kebutuhan 5 tahun', 'Redistribusi']);
    const units = workbook.getWorksheet('Neraca per Unit')!.getSheetValues().filter(Array.isArray) as unknown[][];
    // OPD-A: 3 positions, kebutuhan 6, 8 there, short 1 and over 3 (never netted); OPD-B: 2 posts vacant.
    const unitRow = (kode: string) => units.find((r) => r[1] === kode)?.slice(4, 14);
    expect(unitRow('OPD-A')).toEqual([3, 6, 8, 0, 8, 1, 3, 1, 1, 0]);
    expect(unitRow('OPD-B')).toEqual([3, 5, 0, 1, 1, 4, 0, 3, 0, 2]);
    const formD = workbook.getWorksheet('Form D')!;
    const rows = formD.getSheetValues().filter(Array.isArray) as unknown[][];
    const ajudan = rows.find((r) => r[2] === 'Ajudan')!;
    expect(ajudan.slice(4, 14)).toEqual([2820, 2.256, 2, 3, 0, 1, 0, 1, 0.752, 'C (Cukup)']);
    const redistribusi = workbook.getWorksheet('Redistribusi')!.getSheetValues().filter(Array.isArray) as unknown[][];
    expect(redistribusi.filter((r) => r[5] === NIP.a1 || r[5] === NIP.a2)).toHaveLength(2);
    expect((await api.call(api.tokens.VIEWER, { method: 'GET', url: `${B}/abk/export.xlsx` })).statusCode).toBe(403);
  });

  it('re-ranks candidates when the committee calibrates a box', async () => {
    const res = await api.call(api.tokens.KOMITE, {
      method: 'POST',
      url: `${B}/reviews/${firstReview}/calibrations`,
      payload: { nip: NIP.a1, box: 3, alasan: 'Hasil rapat komite talenta' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = await get<AbkRedistribution>(api.tokens.ADMIN, `/abk/redistribution?review=${firstReview}`);
    expect(body.jabatan[0]?.moves[0]?.candidates.map((c) => [c.nip, c.box])).toEqual([
      [NIP.a2, 5],
      [NIP.a1, 3],
    ]);
    expect((await get<AbkPositions>(api.tokens.VIEWER, `/abk/positions?review=${firstReview}`)).total).toMatchObject({ kurang: 5, lebih: 4 });
  });

  it('keeps a review as it was when the ABK changes, and the next review reads the new ABK', async () => {
    await scenario.importAll([['kebutuhan', ['kode_unit,kode_jabatan,tahun,kebutuhan', 'OPD-B,ADM-B,2026,5']]]);
    const second = await scenario.review();
    expect((await get<AbkPositions>(api.tokens.VIEWER, `/abk/positions?review=${second}&status=kurang`)).positions.find((p) => p.kode === 'ADM-B')?.kurang).toBe(5);
    expect((await get<AbkPositions>(api.tokens.VIEWER, `/abk/positions?review=${firstReview}&status=kurang`)).positions.find((p) => p.kode === 'ADM-B')?.kurang).toBe(2);
  });
});
