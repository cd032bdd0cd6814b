/**
 * A plausible ABK for the demo kabupaten, for the year of asOf: every structural post needs its one head; functional
 * and pelaksana posts need about what they hold, with the usual pemda picture — health and education short, general
 * administration over. BKPSDM's non-structural posts come as task lists (the form of PermenPANRB 1/2020, volumes
 * sized so the workload matches the need), the rest as results set by a Keputusan Bupati.
 */
import { STRUCTURAL_JABATAN } from '../../analytics/domain/enums.js';
import type { CsvValue } from './demo-csv.js';
import type { DemoOrganisation, DemoPosition } from './demo-organisation.generate.js';
import type { DemoEmployee } from './demo-people.generate.js';
import type { Prng } from './demo-prng.js';

export interface DemoAbk {
  kebutuhan: Array<Record<string, CsvValue>>;
  abkTugas: Array<Record<string, CsvValue>>;
}

/** Need as a share of holders, by rumpun: health and education carry the shortages of a typical kabupaten. */
const NEED_FACTOR: Readonly<Record<string, [number, number]>> = {
  Kesehatan: [1.15, 1.5],
  Pendidikan: [1.05, 1.35],
  Infrastruktur: [0.95, 1.25],
};
const DEFAULT_FACTOR: [number, number] = [0.8, 1.2];
/** General administration is where a pemda is usually over its need. */
const OVERSTAFFED = 'Pengadministrasi Perkantoran';

/** [uraian tugas, satuan hasil, periode, time norm in minutes]. */
const TASKS: ReadonlyArray<[string, string, 'HARI' | 'MINGGU' | 'BULAN' | 'TAHUN', number]> = [
  ['Memverifikasi berkas usulan layanan kepegawaian', 'Berkas', 'HARI', 30],
  ['Memutakhirkan data pegawai di SIASN', 'Data', 'HARI', 15],
  ['Menyusun konsep naskah dinas', 'Konsep', 'MINGGU', 60],
  ['Menyiapkan bahan rapat koordinasi', 'Bahan', 'MINGGU', 90],
  ['Menyusun laporan bulanan', 'Laporan', 'BULAN', 300],
  ['Menyusun rencana kerja tahunan', 'Dokumen', 'TAHUN', 1200],
];
const FACTOR = { HARI: 250, MINGGU: 50, BULAN: 12, TAHUN: 1 } as const;
const EFFECTIVE_MINUTES = 75_000;
const TASK_KIND_OPD = 'BKPSDM';

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function rawNeed(position: DemoPosition, holders: number, prng: Prng): number {
  if (STRUCTURAL_JABATAN.has(position.jenis)) return 1;
  if (position.nama === OVERSTAFFED) return Math.max(1, holders - prng.int(1, 3));
  const [lo, hi] = NEED_FACTOR[position.rumpun ?? ''] ?? DEFAULT_FACTOR;
  return round2(Math.max(holders, 1) * (lo + prng.next() * (hi - lo)));
}

/** Five tasks whose workload adds up to about `need` people. */
function tasksFor(position: DemoPosition, tahun: number, need: number, prng: Prng): Array<Record<string, CsvValue>> {
  const pool = [...TASKS];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = prng.int(0, i);
    [pool[i], pool[j]] = [pool[j] as (typeof pool)[number], pool[i] as (typeof pool)[number]];
  }
  const chosen = pool.slice(0, 5);
  const shares = chosen.map(() => 0.5 + prng.next());
  const total = shares.reduce((a, b) => a + b, 0);
  return chosen.map(([uraian, satuan, periode, menit], i) => {
    const minutes = (need * EFFECTIVE_MINUTES * (shares[i] ?? 1)) / total;
    const jam = menit >= 120 && menit % 60 === 0;
    return {
      kode_unit: position.unitKode,
      kode_jabatan: position.kode,
      tahun,
      urutan: i + 1,
      uraian_tugas: uraian,
      satuan_hasil: satuan,
      volume: Math.max(1, Math.round(minutes / menit / FACTOR[periode])),
      periode_volume: periode,
      waktu_penyelesaian: jam ? menit / 60 : menit,
      satuan_waktu: jam ? 'JAM' : 'MENIT',
    };
  });
}

export function generateAbk({
  org,
  people,
  asOf,
  prng,
}: {
  org: DemoOrganisation;
  people: readonly DemoEmployee[];
  asOf: string;
  prng: Prng;
}): DemoAbk {
  const tahun = Number(asOf.slice(0, 4));
  const holders = new Map<string, number>();
  for (const e of people) holders.set(e.position.kode, (holders.get(e.position.kode) ?? 0) + 1);
  const abk: DemoAbk = { kebutuhan: [], abkTugas: [] };
  for (const position of org.positions) {
    const need = rawNeed(position, holders.get(position.kode) ?? 0, prng);
    const opd = org.opds[position.opd];
    if (opd?.kode === TASK_KIND_OPD && !STRUCTURAL_JABATAN.has(position.jenis)) {
      abk.abkTugas.push(...tasksFor(position, tahun, need, prng));
      continue;
    }
    abk.kebutuhan.push({
      kode_unit: position.unitKode,
      kode_jabatan: position.kode,
      tahun,
      kebutuhan: need,
      sumber: 'E_FORMASI',
      nomor_penetapan: `800.1.2/${100 + position.opd}/BKPSDM/${tahun}`,
      tanggal_penetapan: `${tahun}-02-15`,
    });
  }
  return abk;
}
