/**
 * SKP ratings, assessments, discipline and trainings of the demo people, driven by each person's hidden tendencies
 * so that the talent pool (boxes 7–9) is populated mostly by strong structural staff, with realistic exceptions:
 * missing or expired assessments, single-year ratings, legacy nilai SKP in the oldest year, a few penalties.
 */
import { addMonths } from '../../analytics/domain/dates.js';
import type { Predikat, Rating } from '../../analytics/domain/enums.js';
import type { CsvValue } from './demo-csv.js';
import type { DemoEmployee, Latent } from './demo-people.generate.js';
import type { Prng } from './demo-prng.js';

type Row = Record<string, CsvValue>;

const PREDIKAT_BY_LATENT: Readonly<Record<Latent, ReadonlyArray<[Predikat, number]>>> = {
  H: [['SANGAT_BAIK', 75], ['BAIK', 25]],
  M: [['BAIK', 85], ['SANGAT_BAIK', 5], ['BUTUH_PERBAIKAN', 10]],
  L: [['BUTUH_PERBAIKAN', 55], ['BAIK', 30], ['KURANG', 10], ['SANGAT_KURANG', 5]],
};
/** One (hasil, perilaku) pair the PermenPANRB 6/2022 matrix maps to each predikat. */
const RATINGS_FOR: Readonly<Record<Predikat, [Rating, Rating]>> = {
  SANGAT_BAIK: ['DI_ATAS', 'DI_ATAS'],
  BAIK: ['SESUAI', 'SESUAI'],
  BUTUH_PERBAIKAN: ['DI_BAWAH', 'SESUAI'],
  KURANG: ['SESUAI', 'DI_BAWAH'],
  SANGAT_KURANG: ['DI_BAWAH', 'DI_BAWAH'],
};
const WORDS: Readonly<Record<string, string>> = {
  SANGAT_BAIK: 'Sangat Baik', BAIK: 'Baik', BUTUH_PERBAIKAN: 'Butuh Perbaikan', KURANG: 'Kurang/Misconduct',
  SANGAT_KURANG: 'Sangat Kurang', DI_ATAS: 'Di Atas Ekspektasi', SESUAI: 'Sesuai Ekspektasi', DI_BAWAH: 'Di Bawah Ekspektasi',
};
/** Legacy PP 46/2011 score band of each predikat (§2.1). */
const NILAI_BAND: Readonly<Record<Predikat, [number, number]>> = {
  SANGAT_BAIK: [91, 98], BAIK: [76, 90], BUTUH_PERBAIKAN: [61, 75], KURANG: [51, 60], SANGAT_KURANG: [40, 50],
};
/** JPM / nilai potensi bands: H lands TINGGI, M mostly MENENGAH, L mostly RENDAH once the other parts are added. */
const SCORE_BAND: Readonly<Record<Latent, [number, number]>> = { H: [78, 94], M: [58, 77], L: [30, 52] };
const LEMBAGA = ['UPT Penilaian Kompetensi BKD Provinsi', 'Assessment Center BKN Kantor Regional', 'Assessment Center Kabupaten Contoh'];
const TEKNIS = ['Pelatihan Penyusunan SKP', 'Bimtek Pengelolaan Barang Milik Daerah', 'Pelatihan Anggaran Berbasis Kinerja', 'Pelatihan Pelayanan Publik Prima'];
const LAINNYA = ['Seminar Reformasi Birokrasi', 'Workshop Manajemen Talenta ASN', 'Webinar Budaya Kerja BerAKHLAK'];
const LEADERSHIP: Readonly<Record<string, [string, string, number]>> = {
  JPT_PRATAMA: ['Pelatihan Kepemimpinan Nasional Tingkat II', 'PKN_II', 500],
  ADMINISTRATOR: ['Pelatihan Kepemimpinan Administrator', 'PKA', 400],
  PENGAWAS: ['Pelatihan Kepemimpinan Pengawas', 'PKP', 380],
};

function decimal(prng: Prng, [lo, hi]: [number, number]): number {
  return Math.round((lo + prng.next() * (hi - lo)) * 10) / 10;
}

export interface DemoRecords {
  performance: Row[];
  assessments: Row[];
  discipline: Row[];
  trainings: Row[];
}

function performanceRows(e: DemoEmployee, year: number, prng: Prng): Row[] {
  if (prng.chance(0.03)) return [];
  const years = prng.chance(0.05) ? [year] : [year - 2, year - 1, year];
  return years.map((tahun) => {
    const predikat = PREDIKAT_BY_LATENT[e.kinerja][prng.weighted(PREDIKAT_BY_LATENT[e.kinerja].map(([, w]) => w))]![0];
    const row: Row = { nip: e.nip, tahun, periode: prng.chance(0.12) ? 'TW4' : 'TAHUNAN' };
    if (tahun === year - 2 && prng.chance(0.5)) return { ...row, nilai_skp: decimal(prng, NILAI_BAND[predikat]) };
    if (prng.chance(0.1)) return { ...row, predikat: WORDS[predikat]! };
    const [hasil, perilaku] = RATINGS_FOR[predikat];
    return {
      ...row,
      rating_hasil_kerja: WORDS[hasil]!,
      rating_perilaku_kerja: WORDS[perilaku]!,
      predikat: prng.chance(0.1) ? WORDS[predikat]! : null,
    };
  });
}

function assessmentRows(e: DemoEmployee, asOf: string, prng: Prng): Row[] {
  const structural = ['JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS'].includes(e.position.jenis);
  const share = structural ? 0.85 : e.position.jenjang === 'AHLI_MUDA' || e.position.jenjang === 'AHLI_MADYA' ? 0.4 : 0.12;
  if (!prng.chance(share)) return [];
  const score = (): Row => ({
    nip: e.nip, jpm: decimal(prng, SCORE_BAND[e.potensi]), nilai_potensi: decimal(prng, SCORE_BAND[e.potensi]), lembaga: prng.pick(LEMBAGA),
  });
  const expired = prng.chance(0.15);
  const rows = [{ ...score(), tanggal: addMonths(asOf, expired ? -prng.int(37, 50) : -prng.int(1, 34)) }];
  if (!expired && structural && prng.chance(0.1)) rows.push({ ...score(), tanggal: addMonths(asOf, -prng.int(40, 60)) });
  return rows;
}

function disciplineRows(e: DemoEmployee, asOf: string, prng: Prng): Row[] {
  if (!prng.chance(0.03)) return [];
  const tingkat = (['RINGAN', 'SEDANG', 'BERAT'] as const)[prng.weighted([75, 20, 5])]!;
  const mulai = addMonths(asOf, -prng.int(1, 36));
  const [jenis, months] = {
    RINGAN: ['Teguran tertulis', 1],
    SEDANG: ['Pemotongan tunjangan kinerja 25% selama 12 bulan', 12],
    BERAT: ['Penurunan jabatan setingkat lebih rendah selama 12 bulan', 12],
  }[tingkat] as [string, number];
  return [{ nip: e.nip, tingkat, jenis, tmt_mulai: mulai, tmt_selesai: addMonths(mulai, months) }];
}

function trainingRows(e: DemoEmployee, asOf: string, prng: Prng): Row[] {
  const rows: Row[] = [];
  const seen = new Set<string>();
  const add = (nama: string, jenis: string, jp: number, tanggal: string) => {
    const key = `${nama}|${tanggal}`;
    if (seen.has(key)) return;
    seen.add(key);
    rows.push({ nip: e.nip, nama, jenis, jp, tanggal_selesai: tanggal });
  };
  const leadership = LEADERSHIP[e.position.jenis];
  if (leadership && prng.chance(0.8)) {
    const done = addMonths(e.tmtJabatan, prng.int(3, 24));
    add(...leadership, done > asOf ? asOf : done);
  }
  const count = prng.weighted([15, 40, 30, 15]);
  for (let i = 0; i < count; i++) {
    const tanggal = addMonths(asOf, -prng.int(0, 35));
    const kind = prng.weighted([6, e.position.jenjang ? 3 : 0, 1]);
    if (kind === 0) add(`${prng.pick(TEKNIS)} Angkatan ${prng.int(1, 9)}`, 'TEKNIS', prng.int(16, 40), tanggal);
    else if (kind === 1) add(`Pelatihan Fungsional ${e.position.nama}`, 'FUNGSIONAL', prng.int(30, 80), tanggal);
    else add(prng.pick(LAINNYA), 'LAINNYA', prng.int(4, 8), tanggal);
  }
  return rows;
}

export function generateRecords(people: readonly DemoEmployee[], asOf: string, prng: Prng): DemoRecords {
  const year = Number(asOf.slice(0, 4));
  const records: DemoRecords = { performance: [], assessments: [], discipline: [], trainings: [] };
  for (const e of people) {
    records.performance.push(...performanceRows(e, year, prng));
    records.assessments.push(...assessmentRows(e, asOf, prng));
    records.discipline.push(...disciplineRows(e, asOf, prng));
    records.trainings.push(...trainingRows(e, asOf, prng));
  }
  return records;
}
