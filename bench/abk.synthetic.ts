/**
 * Deterministic synthetic pemda for the ABK benchmark: a unit tree of OPD, bidang and seksi; about one position per
 * ten employees, drawn from a catalogue of jabatan shared across units (so the same jabatan is short in one unit and
 * over in another); ABK results for 60 % of the positions and task-level ABK (five tasks) for the rest; PNS and
 * PPPK holders with birth dates across the working ages, boxes, and a few running penalties.
 */
import type { AbkInputs, AbkNeedRecord, AbkPositionRecord, AbkTaskRecord } from '../analytics/abk/index.js';
import { abkParamsFromPolicy } from '../analytics/abk/index.js';
import type { Box, JenisJabatan } from '../analytics/domain/enums.js';
import { DEFAULT_POLICY } from '../analytics/policy/index.js';
import type { DisciplineRecord, EmployeeRecord, UnitRecord } from '../analytics/types.js';
import { createPrng } from '../services/demo/demo-prng.js';

export const ABK_BENCH_AS_OF = '2026-06-30';
const TAHUN = 2026;
const JABATAN_CATALOGUE = 300;
const BOXES: Box[] = [1, 2, 3, 4, 5, 6, 7, 8, 9];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

export function buildAbkInputs({ employees: n, seed = 19 }: { employees: number; seed?: number }): AbkInputs {
  const rng = createPrng(seed);
  const units: UnitRecord[] = [{ id: 1, kode: 'PEMDA', nama: 'Pemerintah Kabupaten', parentId: null }];
  const opdCount = Math.max(10, Math.round(n / 2500));
  for (let o = 0; o < opdCount; o++) {
    const opd = units.length + 1;
    units.push({ id: opd, kode: `OPD${pad(o, 3)}`, nama: `Dinas ${o}`, parentId: 1 });
    for (let b = 0; b < 3; b++) {
      const bidang = units.length + 1;
      units.push({ id: bidang, kode: `OPD${pad(o, 3)}-B${b}`, nama: `Bidang ${o}.${b}`, parentId: opd });
      for (let s = 0; s < 3; s++) {
        units.push({ id: units.length + 1, kode: `OPD${pad(o, 3)}-B${b}-S${s}`, nama: `Seksi ${o}.${b}.${s}`, parentId: bidang });
      }
    }
  }

  const positions: AbkPositionRecord[] = [];
  const holdersWanted: number[] = [];
  const positionCount = Math.max(10, Math.round(n / 10));
  for (let i = 0; i < positionCount; i++) {
    const jabatan = rng.int(0, JABATAN_CATALOGUE - 1);
    const jenis: JenisJabatan = i % 25 === 0 ? 'PENGAWAS' : jabatan % 3 === 0 ? 'FUNGSIONAL' : 'PELAKSANA';
    positions.push({
      id: i + 1,
      kode: `JAB-${pad(i, 6)}`,
      nama: jenis === 'PENGAWAS' ? `Kepala Seksi ${i}` : `Jabatan ${jabatan}`,
      unitId: rng.int(2, units.length),
      jenisJabatan: jenis,
      jenjangJf: jenis === 'FUNGSIONAL' ? (jabatan % 2 === 0 ? 'AHLI_MUDA' : 'AHLI_MADYA') : null,
      rumpun: `Rumpun ${jabatan % 12}`,
      kritikal: jenis === 'PENGAWAS' && i % 2 === 0,
      kodeReferensi: jabatan % 10 < 3 ? `JF-${pad(jabatan, 4)}` : null,
    });
    holdersWanted.push(jenis === 'PENGAWAS' ? 1 : 0);
  }
  // The rest of the workforce is spread over the non-structural positions.
  let remaining = n - holdersWanted.reduce((a, b) => a + b, 0);
  while (remaining > 0) {
    const i = rng.int(0, positionCount - 1);
    if (positions[i]?.jenisJabatan === 'PENGAWAS') continue;
    holdersWanted[i] = (holdersWanted[i] ?? 0) + 1;
    remaining--;
  }

  const employees: EmployeeRecord[] = [];
  const discipline: DisciplineRecord[] = [];
  const placements: Array<AbkInputs['placements'][number]> = [];
  positions.forEach((p, i) => {
    for (let k = 0; k < (holdersWanted[i] ?? 0); k++) {
      const id = employees.length + 1;
      const birth = iso(rng.int(1965, 2000), rng.int(1, 12), rng.int(1, 28));
      const pppk = p.jenisJabatan !== 'PENGAWAS' && rng.chance(0.3);
      employees.push({
        id,
        nip: `${birth.replaceAll('-', '')}${pad(id, 10)}`,
        nama: `Pegawai ${id}`,
        jenisPegawai: pppk ? 'PPPK' : 'PNS',
        jenisKelamin: rng.chance(0.5) ? 'L' : 'P',
        tanggalLahir: rng.chance(0.98) ? birth : null,
        golongan: pppk ? 'IX' : 'III/b',
        pendidikan: 'S1',
        positionId: p.id,
        tmtJabatan: iso(rng.int(2012, 2026), rng.int(1, 6), rng.int(1, 28)),
        tmtCpns: null,
      });
      if (rng.chance(0.02)) discipline.push({ employeeId: id, tingkat: 'SEDANG', jenis: null, tmtMulai: '2026-01-05', tmtSelesai: rng.chance(0.5) ? null : '2026-03-01' });
      placements.push({ employeeId: id, box: rng.chance(0.9) ? rng.pick(BOXES) : null, calibratedBox: null, nilaiTalenta: rng.int(40, 95) });
    }
  });

  const needs: AbkNeedRecord[] = [];
  const tasks: AbkTaskRecord[] = [];
  positions.forEach((p, i) => {
    const target = Math.max(0, (holdersWanted[i] ?? 0) + rng.int(-3, 3));
    if (rng.chance(0.6)) {
      needs.push({ positionId: p.id, tahun: TAHUN, kebutuhan: target + (rng.chance(0.3) ? rng.int(0, 99) / 100 : 0), sumber: 'SIASN', nomorPenetapan: null, tanggalPenetapan: null });
      return;
    }
    for (let u = 1; u <= 5; u++) {
      const waktu = rng.int(15, 240);
      tasks.push({
        positionId: p.id,
        tahun: TAHUN,
        urutan: u,
        uraianTugas: `Tugas ${u}`,
        satuanHasil: 'Dokumen',
        // One fifth of the target's working minutes per task, counted per month.
        volume: Math.max(1, Math.round((target * 75_000) / 5 / waktu / 12)),
        periodeVolume: 'BULAN',
        waktuPenyelesaian: waktu,
        satuanWaktu: 'MENIT',
      });
    }
  });

  return {
    asOf: ABK_BENCH_AS_OF,
    params: abkParamsFromPolicy(DEFAULT_POLICY),
    units,
    positions,
    employees,
    discipline,
    needs,
    tasks,
    placements,
    succession: positions.filter((p) => p.kritikal).map((p) => ({ positionId: p.id, hasSlate: true, readyNowCount: p.id % 3, eligibleCount: p.id % 5 })),
  };
}
