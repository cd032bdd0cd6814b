/**
 * A small kabupaten with an ABK for the Neraca Pegawai tests over HTTP and in the bots: ROOT (Ajudan, the worked
 * example of a Perbup annex: 2.256 people), OPD-A Dinas Pendidikan (five Pengadministrasi Perkantoran for a need of
 * two — two may move, one per rule may not; a Kepala Dinas; Guru in its bidang A-1), OPD-B Dinas Kesehatan (the same
 * jabatan vacant, a vacant critical Kabid, a PPPK Perawat). Files go through the import service and reviews through
 * the review pipeline, as in production.
 */
import { importFile } from '../../../services/imports/import-file.js';
import type { ImportKind } from '../../../services/imports/import-kinds.js';
import { requestReview } from '../../../services/reviews/request-review.js';
import { runReview } from '../../../services/reviews/run-review.js';
import { runnerCtx } from '../../factories/context.factory.js';
import type { DbLane } from '../../helpers/test-db.js';
import { INSTANSI, startApi, type ApiHarness } from './api-harness.js';
import { createCapturingQueue } from './talent-seed.js';

export const ABK_AS_OF = '2026-06-30';

/** Holders of ADM-A (need 2, five holders): two may move, one per rule may not. */
export const NIP = {
  a1: '198504102010011001', // 6 years in post, box 9
  a2: '198802022012012002', // 5 years in post, box 5
  baru: '199001012015011003', // in post since 2025-09: under 2 years
  pensiun: '196810052000011004', // 58 in October 2026: pension 2026-11-01
  hukdis: '198701012011011005', // penalty running at asOf
  guru1: '199203032018012006',
  guru2: '199304042019012007',
  kadis: '197001012000011008',
  aj1: '199101012016011009',
  aj2: '199102022016011010',
  aj3: '199103032016011011',
  pppk: '199505052022211012',
} as const;

export const ABK_FILES: Array<[ImportKind, string[]]> = [
  ['positions', [
    'kode_jabatan,nama_jabatan,kode_unit,jenis_jabatan,jenjang_jf,rumpun,kritikal',
    'ADM-A,Pengadministrasi Perkantoran,OPD-A,PELAKSANA,,Umum,',
    'ADM-B,Pengadministrasi  Perkantoran.,OPD-B,PELAKSANA,,Umum,',
    'GURU-A,Guru Ahli Pertama,A-1,FUNGSIONAL,AHLI_PERTAMA,Pendidikan,',
    'KADIS-A,Kepala Dinas Pendidikan,OPD-A,JPT_PRATAMA,,Pendidikan,',
    'KABID-B,Kepala Bidang Pelayanan Kesehatan,OPD-B,ADMINISTRATOR,,Kesehatan,Y',
    'AJUDAN,Ajudan,ROOT,PELAKSANA,,,',
    'PERAWAT-B,Perawat Terampil,OPD-B,FUNGSIONAL,TERAMPIL,Kesehatan,',
  ]],
  ['employees', [
    'nip,nama,jenis_pegawai,golongan,kode_jabatan,tmt_jabatan,pendidikan',
    `${NIP.a1},Agus Setiawan,PNS,III/a,ADM-A,2020-01-02,S1`,
    `${NIP.a2},Bambang Wijaya,PNS,III/a,ADM-A,2021-03-01,S1`,
    `${NIP.baru},Citra Lestari,PNS,II/c,ADM-A,2025-09-01,SLTA`,
    `${NIP.pensiun},Darmawan,PNS,III/b,ADM-A,2015-01-01,SLTA`,
    `${NIP.hukdis},Eko Prasetyo,PNS,II/d,ADM-A,2016-01-01,SLTA`,
    `${NIP.guru1},Fitri Handayani,PNS,III/a,GURU-A,2018-01-01,S1`,
    `${NIP.guru2},Gita Permata,PNS,III/a,GURU-A,2019-01-01,S1`,
    `${NIP.kadis},Hendra Kusuma,PNS,IV/c,KADIS-A,2021-01-04,S2`,
    `${NIP.aj1},Indra Saputra,PNS,II/c,AJUDAN,2020-01-01,SLTA`,
    `${NIP.aj2},Joko Susilo,PNS,II/c,AJUDAN,2020-01-01,SLTA`,
    `${NIP.aj3},Kurnia Dewi,PNS,II/c,AJUDAN,2020-01-01,SLTA`,
    `${NIP.pppk},Lina Marlina,PPPK,VII,PERAWAT-B,2022-04-01,D-III`,
  ]],
  ['performance', ['nip,tahun,periode,predikat',
    `${NIP.a1},2024,TAHUNAN,SANGAT_BAIK`, `${NIP.a1},2025,TAHUNAN,SANGAT_BAIK`,
    `${NIP.a2},2024,TAHUNAN,BAIK`, `${NIP.a2},2025,TAHUNAN,BAIK`]],
  ['assessments', ['nip,tanggal,jpm,nilai_potensi', `${NIP.a1},2025-06-01,95,92`, `${NIP.a2},2025-06-01,70,65`]],
  ['discipline', ['nip,tingkat,tmt_mulai,tmt_selesai', `${NIP.hukdis},SEDANG,2026-01-01,`]],
  ['kebutuhan', [
    'kode_unit,kode_jabatan,tahun,kebutuhan,sumber',
    'OPD-A,ADM-A,2026,2,INTERNAL',
    'OPD-B,ADM-B,2026,2,INTERNAL',
    'A-1,GURU-A,2026,"3,4",E_FORMASI',
    'OPD-A,KADIS-A,2026,1,INTERNAL',
    'OPD-B,KABID-B,2026,1,INTERNAL',
    'OPD-B,PERAWAT-B,2026,1.5,SIASN',
  ]],
  // The worked example of a Perbup annex: 2.256 people.
  ['abk_tugas', [
    'kode_unit,kode_jabatan,tahun,uraian_tugas,satuan_hasil,volume,periode_volume,waktu_penyelesaian,satuan_waktu',
    ...[[60, 10], [60, 20], [10, 12], [30, 15], [60, 5], [30, 5]].map(([jam, vol], i) => `ROOT,AJUDAN,2026,Tugas ${i + 1},Kegiatan,${vol},TAHUN,${jam},JAM`),
  ]],
];

export interface AbkScenario {
  api: ApiHarness;
  /** Imports files through the import service; every row must be accepted. */
  importAll(files: Array<[ImportKind, string[]]>): Promise<void>;
  /** Requests and runs a review at {@link ABK_AS_OF}; resolves with its id. */
  review(): Promise<string>;
}

export async function startAbkScenario(lane: DbLane, options: Parameters<typeof startApi>[1] = {}): Promise<AbkScenario> {
  const { jobs, queue } = createCapturingQueue();
  const api = await startApi(lane, { ...options, deps: { ...options.deps, queue } });
  const importAll = async (files: Array<[ImportKind, string[]]>) => {
    for (const [kind, lines] of files) {
      const report = await importFile(api.systemCtx, { instansiKode: INSTANSI, kind, data: Buffer.from(`${lines.join('\n')}\n`) });
      if (report.rejected.length > 0) throw new Error(`${kind}: ${JSON.stringify(report.rejected)}`);
    }
  };
  const review = async () => {
    const { reviewId } = await requestReview(api.systemCtx, { instansiKode: INSTANSI, asOf: ABK_AS_OF });
    const job = jobs.find((j) => j.reviewId === reviewId);
    if (!job) throw new Error('the review was not queued');
    await runReview(runnerCtx(api.deps), { reviewId: job.reviewId });
    return reviewId;
  };
  await importAll(ABK_FILES);
  return { api, importAll, review };
}
