/**
 * A small talent population for the API suites, loaded through the API itself (imports) and reviewed through the
 * review pipeline: OPD-A (with A-1) and OPD-B, two JPT positions (KADIS-B vacant), five employees rated and assessed.
 */
import { runReview } from '../../../services/reviews/run-review.js';
import { runnerCtx } from '../../factories/context.factory.js';
import type { RunReviewJob } from '../../../services/reviews/review-queue.js';
import type { ApiHarness } from './api-harness.js';

export const AS_OF = '2026-01-15';

/** NIPs by role in the data set; E2 and E3 sit inside the PIMPINAN scope (OPD-A), E4/E5 outside it (OPD-B). */
export const NIP = {
  kadisA: '197501012000011001',
  kabidA1: '198001012005011002',
  stafA1: '198502022010012003',
  stafB1: '198203032006041004',
  stafB2: '199001012015011005',
} as const;

const CSV = {
  positions: [
    'kode_jabatan,nama_jabatan,kode_unit,jenis_jabatan',
    'KADIS-A,Kepala Dinas Pendidikan,OPD-A,JPT_PRATAMA',
    'KABID-A1,Kepala Bidang Pembinaan SD,A-1,ADMINISTRATOR',
    'STAF-A1,Analis Pembinaan SD,A-1,PELAKSANA',
    'KADIS-B,Kepala Dinas Kesehatan,OPD-B,JPT_PRATAMA',
    'STAF-B,Pengelola Kesehatan,OPD-B,PELAKSANA',
  ],
  employees: [
    'nip,nama,jenis_pegawai,golongan,kode_jabatan,tmt_jabatan,pendidikan',
    `${NIP.kadisA},Budi Santoso,PNS,IV/c,KADIS-A,2019-01-01,S2`,
    `${NIP.kabidA1},Siti Rahayu,PNS,IV/a,KABID-A1,2018-03-01,S2`,
    `${NIP.stafA1},Agus Wibowo,PNS,III/c,STAF-A1,2015-01-01,S1`,
    `${NIP.stafB1},Dewi Lestari,PNS,IV/a,STAF-B,2016-01-01,S2`,
    `${NIP.stafB2},Rudi Hartono,PNS,III/a,STAF-B,2020-01-01,S1`,
  ],
  performance: [
    'nip,tahun,periode,predikat',
    ...Object.values(NIP).flatMap((nip) => [`${nip},2024,TAHUNAN,SANGAT_BAIK`, `${nip},2025,TAHUNAN,SANGAT_BAIK`]),
  ],
  assessments: ['nip,tanggal,jpm,nilai_potensi', ...Object.values(NIP).map((nip) => `${nip},2025-06-01,90,88`)],
} as const;

export type SeedKind = keyof typeof CSV;

export function csvOf(kind: SeedKind): string {
  return `${CSV[kind].join('\n')}\n`;
}

/** Review jobs captured instead of a job system; {@link runQueued} runs them in this process. */
export function createCapturingQueue() {
  const jobs: RunReviewJob[] = [];
  return {
    jobs,
    queue: {
      kind: 'in-process' as const,
      async enqueueReview(job: RunReviewJob) {
        jobs.push(job);
      },
      async upsertSchedule() {},
      async removeSchedule() {},
    },
  };
}

/** Imports the data set with the ADMIN token and runs one review at {@link AS_OF}; returns its id. */
export async function seedTalent(api: ApiHarness, jobs: RunReviewJob[]): Promise<string> {
  for (const kind of ['positions', 'employees', 'performance', 'assessments'] as const) {
    const res = await api.call(api.tokens.ADMIN, {
      method: 'POST',
      url: `/api/v1/instansi/kab-uji/imports/${kind}`,
      headers: { 'content-type': 'text/csv' },
      payload: csvOf(kind),
    });
    if (res.statusCode !== 200 || res.json().rejected.length > 0) throw new Error(`seed ${kind}: ${res.body}`);
  }
  const res = await api.call(api.tokens.ADMIN, {
    method: 'POST',
    url: '/api/v1/instansi/kab-uji/reviews',
    payload: { asOf: AS_OF },
  });
  if (res.statusCode !== 202) throw new Error(`seed review: ${res.body}`);
  const reviewId = res.json().reviewId as string;
  while (jobs.length > 0) await runReview(runnerCtx(api.deps), { reviewId: jobs.shift()!.reviewId });
  return reviewId;
}
