/**
 * A small hand-built instansi for review tests (asOf 2026-01-15):
 *
 *   PEMDA (root)
 *   ├── DINAS-A ── BIDANG-A1
 *   └── DINAS-B
 *
 * Positions: KADIS-A and KADIS-B (JPT_PRATAMA, critical by default), KABID-A1 (ADMINISTRATOR), KASI-A1 (PENGAWAS,
 * marked critical), STAF-A1 / STAF-B (PELAKSANA).
 * People: `kabid` (box 7: DI_ATAS × MENENGAH, eligible for KADIS-B and KADIS-A as SIAP_1_2_TAHUN), `star` (box 9 in
 * DINAS-B), `fresh` (no assessment: BELUM_TERPETAKAN), staff with lower boxes, one PPPK.
 */
import type { Db, DbHandle } from '../../db/client.js';
import type { Deps } from '../../services/deps.js';
import { requestReview } from '../../services/reviews/request-review.js';
import { runReview } from '../../services/reviews/run-review.js';
import { createTestDeps } from '../helpers/test-deps.js';
import { makeCtx, recordingQueue, runnerCtx } from './context.factory.js';
import {
  insertAnnualRatings,
  insertAssessment,
  insertEmployee,
  insertInstansi,
  insertPosition,
  insertUnit,
} from './talent.factory.js';

export const SCENARIO_AS_OF = '2026-01-15';

export async function seedReviewScenario(db: Db) {
  const inst = await insertInstansi(db, { slackChannel: '#talenta' });
  const instansiId = inst.id;
  const root = await insertUnit(db, { instansiId, kode: 'PEMDA', nama: 'Pemerintah Kabupaten' });
  const dinasA = await insertUnit(db, { instansiId, kode: 'DINAS-A', nama: 'Dinas A', parentId: root.id });
  const bidangA1 = await insertUnit(db, { instansiId, kode: 'BIDANG-A1', nama: 'Bidang A1', parentId: dinasA.id });
  const dinasB = await insertUnit(db, { instansiId, kode: 'DINAS-B', nama: 'Dinas B', parentId: root.id });

  const pos = {
    kadisA: await insertPosition(db, { instansiId, unitId: dinasA.id, kode: 'KADIS-A', nama: 'Kepala Dinas A', jenisJabatan: 'JPT_PRATAMA', rumpun: 'UMUM' }),
    kadisB: await insertPosition(db, { instansiId, unitId: dinasB.id, kode: 'KADIS-B', nama: 'Kepala Dinas B', jenisJabatan: 'JPT_PRATAMA', rumpun: 'UMUM' }),
    kabidA1: await insertPosition(db, { instansiId, unitId: bidangA1.id, kode: 'KABID-A1', nama: 'Kepala Bidang A1', jenisJabatan: 'ADMINISTRATOR', rumpun: 'UMUM' }),
    kasiA1: await insertPosition(db, { instansiId, unitId: bidangA1.id, kode: 'KASI-A1', nama: 'Kepala Seksi A1', jenisJabatan: 'PENGAWAS', kritikal: true }),
    kabidB: await insertPosition(db, { instansiId, unitId: dinasB.id, kode: 'KABID-B', nama: 'Kepala Bidang B', jenisJabatan: 'ADMINISTRATOR', rumpun: 'UMUM' }),
    stafA1: await insertPosition(db, { instansiId, unitId: bidangA1.id, kode: 'STAF-A1', nama: 'Pelaksana A1', jenisJabatan: 'PELAKSANA' }),
    stafB: await insertPosition(db, { instansiId, unitId: dinasB.id, kode: 'STAF-B', nama: 'Pelaksana B', jenisJabatan: 'PELAKSANA' }),
  };

  const good = { 2024: 'SANGAT_BAIK', 2025: 'SANGAT_BAIK' };
  const baik = { 2024: 'BAIK', 2025: 'BAIK' };

  // Kadis A: old-ish incumbent, box 9 territory but not a candidate for its own post.
  const kadisA = await insertEmployee(db, { instansiId, positionId: pos.kadisA.id, golongan: 'IV/c', pendidikan: 'S2', tanggalLahir: '1968-02-01', tmtCpns: '1994-03-01', tmtJabatan: '2020-01-01' });
  await insertAnnualRatings(db, kadisA.id, good);
  await insertAssessment(db, { employeeId: kadisA.id, tanggal: '2024-06-01', jpm: 90, nilaiPotensi: 88 });

  // Kabid A1: DI_ATAS (100) × MENENGAH (78.5) = box 7, eligible for JPT_PRATAMA (ADMINISTRATOR, 6 y in position).
  const kabid = await insertEmployee(db, { instansiId, positionId: pos.kabidA1.id, golongan: 'IV/b', pendidikan: 'S2', tanggalLahir: '1978-04-12', tmtCpns: '2003-03-01', tmtJabatan: '2019-06-01' });
  await insertAnnualRatings(db, kabid.id, good);
  await insertAssessment(db, { employeeId: kabid.id, tanggal: '2025-02-01', jpm: 75, nilaiPotensi: 70 });

  // Star in DINAS-B: ADMINISTRATOR with box 9 (eligible for JPT_PRATAMA as SIAP_SEKARANG).
  const star = await insertEmployee(db, { instansiId, positionId: pos.kabidB.id, golongan: 'IV/b', pendidikan: 'S2', tanggalLahir: '1979-09-09', tmtCpns: '2004-03-01', tmtJabatan: '2019-01-01' });
  await insertAnnualRatings(db, star.id, good);
  await insertAssessment(db, { employeeId: star.id, tanggal: '2025-03-01', jpm: 95, nilaiPotensi: 92 });

  // Kasi A1: SESUAI × MENENGAH = box 5.
  const kasi = await insertEmployee(db, { instansiId, positionId: pos.kasiA1.id, golongan: 'III/d', pendidikan: 'S1', tmtJabatan: '2021-01-01' });
  await insertAnnualRatings(db, kasi.id, baik);
  await insertAssessment(db, { employeeId: kasi.id, tanggal: '2025-01-10', jpm: 70, nilaiPotensi: 65 });

  // Staff A1: SESUAI × RENDAH = box 2.
  const stafA = await insertEmployee(db, { instansiId, positionId: pos.stafA1.id, golongan: 'III/a', pendidikan: 'SLTA', tmtJabatan: '2023-01-01' });
  await insertAnnualRatings(db, stafA.id, baik);
  await insertAssessment(db, { employeeId: stafA.id, tanggal: '2025-01-10', jpm: 50, nilaiPotensi: 50 });

  // Staff B (PPPK): box 8 (SESUAI × TINGGI) but PPPK fails STATUS everywhere.
  const pppk = await insertEmployee(db, { instansiId, positionId: pos.stafB.id, jenisPegawai: 'PPPK', golongan: 'IX', pendidikan: 'S1', tmtJabatan: '2022-01-01', tmtCpns: null });
  await insertAnnualRatings(db, pppk.id, baik);
  await insertAssessment(db, { employeeId: pppk.id, tanggal: '2025-05-01', jpm: 92, nilaiPotensi: 90 });

  // Fresh staff B: ratings but no assessment → BELUM_TERPETAKAN.
  const fresh = await insertEmployee(db, { instansiId, positionId: pos.stafB.id, golongan: 'II/c', pendidikan: 'SLTA', tmtJabatan: '2024-01-01' });
  await insertAnnualRatings(db, fresh.id, baik);

  // Inactive employee: never part of a review.
  await insertEmployee(db, { instansiId, positionId: pos.stafB.id, active: false });

  return {
    instansi: inst,
    units: { root, dinasA, bidangA1, dinasB },
    positions: pos,
    people: { kadisA, kabid, star, kasi, stafA, pppk, fresh },
    activeEmployees: 7,
  };
}

export type ReviewScenario = Awaited<ReturnType<typeof seedReviewScenario>>;

/**
 * The scenario with one review of it (asOf {@link SCENARIO_AS_OF}) requested as ADMIN and run to COMPLETED, on deps
 * whose queue only records: the starting point of every suite that reads or calibrates a finished review.
 */
export async function seedCompletedReview(handle: DbHandle): Promise<{ deps: Deps; scenario: ReviewScenario; reviewId: string }> {
  const deps = createTestDeps(handle, { queue: recordingQueue() });
  const scenario = await seedReviewScenario(handle.db);
  const ctx = makeCtx(deps, { role: 'ADMIN', instansiId: scenario.instansi.id });
  const reviewId = (await requestReview(ctx, { instansiKode: scenario.instansi.kode, asOf: SCENARIO_AS_OF })).id;
  await runReview(runnerCtx(deps), { reviewId });
  return { deps, scenario, reviewId };
}
