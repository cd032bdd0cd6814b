/**
 * Calibration fairness of a review for a unit subtree: the committee's moves up, down and across by unit group,
 * gender, age band, PNS/PPPK and jenis jabatan, with groups below the policy's minimum size suppressed. Aggregates
 * only, so VIEWER may read it.
 */
import { calibrationFairness, type FairnessPerson } from '../../analytics/board/index.js';
import type { Box, JenisJabatan } from '../../analytics/domain/enums.js';
import { JENIS_JABATAN_LABELS } from '../../analytics/domain/labels.js';
import { defineSnapshotRead } from '../snapshots/define-snapshot-read.js';
import { loadBoardPopulation } from './board-population.js';
import { GetFairnessInput, type Fairness } from './schemas.js';

const GENDER = { L: 'Laki-laki', P: 'Perempuan' } as const;
const AGE = { '<30': 'Di bawah 30 tahun', '30-39': '30–39 tahun', '40-49': '40–49 tahun', '50+': '50 tahun ke atas' } as const;

export const getFairness = defineSnapshotRead({
  name: 'fairness',
  input: GetFairnessInput,
  permission: 'aggregates.read',
  async load(read): Promise<Fairness> {
    const { people } = await loadBoardPopulation(read);
    const subjects = people.map(
      (p): FairnessPerson => ({
        box: p.box as Box | null,
        calibratedBox: p.calibratedBox as Box | null,
        groups: {
          unit: { key: p.group.kode, label: p.group.nama },
          jenisKelamin: p.jenisKelamin === 'L' || p.jenisKelamin === 'P' ? { key: p.jenisKelamin, label: GENDER[p.jenisKelamin] } : null,
          usia: p.usia ? { key: p.usia, label: AGE[p.usia] } : null,
          jenisPegawai: { key: p.jenisPegawai, label: p.jenisPegawai },
          jenisJabatan: { key: p.jenisJabatan, label: JENIS_JABATAN_LABELS[p.jenisJabatan as JenisJabatan] },
        },
      }),
    );
    const minGroupSize = read.policy.calibration.minGroupSize;
    return {
      review: read.reviewRef,
      unit: read.unitRef,
      minGroupSize,
      tables: calibrationFairness({ people: subjects, minGroupSize, policy: read.policy }),
    };
  },
});
