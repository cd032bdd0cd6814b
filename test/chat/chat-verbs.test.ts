/**
 * The service verbs the chat bots need beyond the API's: the organisation directory with the asker's scope, why a
 * person is or is not on a slate, incumbents retiring in a window, and risks in order of urgency — on a completed
 * review of the bot scenario, for an ADMIN and for a PIMPINAN of Dinas Pendidikan.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../db/client.js';
import { getOrgDirectory } from '../../services/chat/get-org-directory.js';
import type { Deps } from '../../services/deps.js';
import { requestReview } from '../../services/reviews/request-review.js';
import { runReview } from '../../services/reviews/run-review.js';
import { getCandidacy } from '../../services/succession/get-candidacy.js';
import { getRiskPriorities } from '../../services/succession/get-risk-priorities.js';
import { listRetiringIncumbents } from '../../services/succession/list-retiring-incumbents.js';
import { BOT_SCENARIO_AS_OF, seedBotScenario, type BotScenario } from '../factories/bot-scenario.factory.js';
import { makeCtx, recordingQueue, runnerCtx } from '../factories/context.factory.js';
import { createPgliteTestDb } from '../helpers/test-db.js';
import { createTestDeps } from '../helpers/test-deps.js';

describe('chat service verbs', () => {
  let handle: DbHandle;
  let deps: Deps;
  let scenario: BotScenario;
  const admin = () => makeCtx(deps, { role: 'ADMIN', instansiId: scenario.instansi.id });
  const pimpinanDisdik = () => makeCtx(deps, { role: 'PIMPINAN', instansiId: scenario.instansi.id, unitId: scenario.units.disdik.id });
  const kode = () => scenario.instansi.kode;

  beforeAll(async () => {
    handle = await createPgliteTestDb();
    deps = createTestDeps(handle, { queue: recordingQueue() });
    scenario = await seedBotScenario(handle.db);
    const reviewId = (await requestReview(admin(), { instansiKode: kode(), asOf: BOT_SCENARIO_AS_OF })).id;
    expect((await runReview(runnerCtx(deps), { reviewId })).status).toBe('COMPLETED');
  });

  afterAll(async () => {
    await handle?.close();
  });

  describe('getOrgDirectory', () => {
    it('lists units with their depth and positions with their unit; a PIMPINAN sees which are inside the scope', async () => {
      const all = await getOrgDirectory(admin(), { instansiKode: kode() });
      expect(all.units.find((u) => u.kode === 'DINKES-B1')).toMatchObject({ parentKode: 'DINKES', depth: 2, inScope: true });
      expect(all.positions.find((p) => p.kode === 'DISDIK-KEPALA')).toMatchObject({ unit: { kode: 'DISDIK', nama: 'Dinas Pendidikan' }, jenisJabatan: 'JPT_PRATAMA' });
      const scoped = await getOrgDirectory(pimpinanDisdik(), { instansiKode: kode() });
      expect(scoped.units.filter((u) => u.inScope).map((u) => u.kode).sort()).toEqual(['DISDIK', 'DISDIK-B1', 'DISDIK-SDN1', 'DISDIK-SDN2', 'DISDIK-SDN3']);
      expect(scoped.positions.filter((p) => p.inScope).map((p) => p.kode).sort()).toEqual(['DISDIK-B1-KEPALA', 'DISDIK-KEPALA', 'DISDIK-PLK']);
    });
  });

  describe('getCandidacy', () => {
    const ask = (positionKode: string, nip: string, ctx = admin()) => getCandidacy(ctx, { instansiKode: kode(), positionKode, nip });

    it('on the slate: rank, readiness and route', async () => {
      const c = await ask('DISDIK-KEPALA', scenario.people.rina.nip);
      expect(c).toMatchObject({ status: 'ON_SLATE', rank: 1, readiness: 'SIAP_SEKARANG', jenis: 'PROMOSI' });
      expect(c.gates.every((g) => g.passed)).toBe(true);
    });

    it('a near miss: the one gate that stops them, from the stored plan', async () => {
      const c = await ask('DINKES-KEPALA', scenario.people.dewi.nip);
      expect(c.status).toBe('NEAR_MISS');
      expect(c.person.box).toBe(8);
      expect(c.gates).toEqual([{ gate: 'GOLONGAN', passed: false, reason: 'golongan III/d < IV/b' }]);
    });

    it('not eligible: every gate evaluated on the review\'s inputs, failed ones first', async () => {
      const c = await ask('DISDIK-KEPALA', scenario.people.joko.nip);
      expect(c.status).toBe('NOT_ELIGIBLE');
      expect(c.gates.filter((g) => !g.passed).map((g) => g.gate)).toEqual(['GOLONGAN', 'JALUR', 'KOTAK']);
      expect(c.gates.slice(0, 3).every((g) => !g.passed)).toBe(true);
      expect(c.gates).toHaveLength(8);
    });

    it('the incumbent, and a post without a slate', async () => {
      expect((await ask('DINKES-KEPALA', scenario.people.siti.nip)).status).toBe('INCUMBENT');
      expect((await ask('DINKES-PLK', scenario.people.budiDinkes.nip)).status).toBe('NOT_A_TARGET');
    });

    it('a PIMPINAN sees only people and posts of the own unit, NIPs masked', async () => {
      const own = await ask('DISDIK-KEPALA', scenario.people.joko.nip, pimpinanDisdik());
      expect(own.person.nip).toMatch(/^\d{4}\*{4}\d{4}$/);
      await expect(ask('DISDIK-KEPALA', scenario.people.dewi.nip, pimpinanDisdik())).rejects.toMatchObject({ kind: 'FORBIDDEN' });
      await expect(ask('DINKES-KEPALA', scenario.people.joko.nip, pimpinanDisdik())).rejects.toMatchObject({ kind: 'FORBIDDEN' });
    });
  });

  describe('listRetiringIncumbents', () => {
    it('finds the incumbents whose BUP falls in the window, with the post and its ready-now successors', async () => {
      const six = await listRetiringIncumbents(admin(), { instansiKode: kode(), months: 6 });
      expect(six).toMatchObject({ from: BOT_SCENARIO_AS_OF, to: '2026-07-15' });
      expect(six.items).toEqual([
        expect.objectContaining({
          position: expect.objectContaining({ kode: 'SETDA-KEPALA', kritikal: true }),
          pemangku: { nip: scenario.people.hendra.nip, nama: 'Hendra Wijaya' },
          retirementDate: '2026-04-01',
        }),
      ]);
      expect(six.items[0]!.readyNow).toBeGreaterThan(0);
      expect((await listRetiringIncumbents(admin(), { instansiKode: kode(), yearOffset: 0 })).items.map((i) => i.pemangku.nama)).toEqual(['Hendra Wijaya']);
      expect((await listRetiringIncumbents(admin(), { instansiKode: kode(), year: 2027 })).items).toEqual([]);
    });

    it('a quarter or half of a year is its months; without a year, the next one not yet ended', async () => {
      const names = async (window: { year?: number; quarter?: number; half?: number }) =>
        (await listRetiringIncumbents(admin(), { instansiKode: kode(), ...window })).items.map((i) => i.pemangku.nama);
      // Hendra retires on 2026-04-01: the second quarter and the first half of 2026.
      expect(await names({ year: 2026, quarter: 2 })).toEqual(['Hendra Wijaya']);
      expect(await names({ year: 2026, quarter: 1 })).toEqual([]);
      expect(await names({ year: 2026, quarter: 3 })).toEqual([]);
      expect(await names({ year: 2026, half: 1 })).toEqual(['Hendra Wijaya']);
      expect(await names({ quarter: 2 })).toEqual(['Hendra Wijaya']);
      const q3 = await listRetiringIncumbents(admin(), { instansiKode: kode(), year: 2027, quarter: 3 });
      expect(q3).toMatchObject({ from: '2027-06-30', to: '2027-09-30' });
      // The first quarter of the asOf year has not ended on 2026-01-15: what is left of it.
      expect(await listRetiringIncumbents(admin(), { instansiKode: kode(), quarter: 1 })).toMatchObject({ from: BOT_SCENARIO_AS_OF, to: '2026-03-31' });
      await expect(listRetiringIncumbents(admin(), { instansiKode: kode(), months: 6, quarter: 1 })).rejects.toThrow();
      await expect(listRetiringIncumbents(admin(), { instansiKode: kode(), quarter: 1, half: 1 })).rejects.toThrow();
    });

    it('a PIMPINAN sees only the own subtree', async () => {
      expect((await listRetiringIncumbents(pimpinanDisdik(), { instansiKode: kode(), months: 24 })).items).toEqual([]);
    });

    it('refuses two windows at once', async () => {
      await expect(listRetiringIncumbents(admin(), { instansiKode: kode(), months: 6, year: 2027 })).rejects.toThrow();
    });
  });

  describe('getRiskPriorities', () => {
    it('puts the vacant post first, then the one whose incumbent retires, each with its unit', async () => {
      const { positions } = await getRiskPriorities(admin(), { instansiKode: kode() });
      expect(positions[0]).toMatchObject({ kode: 'DISDIK-KEPALA', unit: { nama: 'Dinas Pendidikan' } });
      expect(positions[0]!.risks).toContain('KOSONG');
      const sekda = positions.findIndex((p) => p.kode === 'SETDA-KEPALA');
      expect(sekda).toBe(1);
      expect(positions[sekda]).toMatchObject({ incumbentRetirementDate: '2026-04-01' });
      expect(positions.every((p) => p.risks.length > 0)).toBe(true);
    });
  });
});
