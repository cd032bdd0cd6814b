/**
 * Calibration fairness: how the committee's moves in this review fall across groups (unit, gender, age band, PNS/PPPK,
 * jenis jabatan). A move is the calibrated box against the computed one, read on the grid's axes. A group with fewer
 * people than the policy's minimum shows no numbers at all, so no cell points at an individual.
 */
import { moveDirection } from '../aggregates/index.js';
import type { Box } from '../domain/enums.js';
import type { Policy } from '../policy/index.js';

export const FAIRNESS_DIMENSIONS = ['unit', 'jenisKelamin', 'usia', 'jenisPegawai', 'jenisJabatan'] as const;
export type FairnessDimension = (typeof FAIRNESS_DIMENSIONS)[number];

export interface FairnessPerson {
  /** Computed box (null: unplaced) and the committee's box (null: not calibrated). */
  box: Box | null;
  calibratedBox: Box | null;
  /** The person's group in each dimension; null = unknown (e.g. no birth date), counted under "TIDAK_DIKETAHUI". */
  groups: Readonly<Record<FairnessDimension, { key: string; label: string } | null>>;
}

export interface FairnessGroup {
  key: string;
  label: string;
  suppressed: boolean;
  /** People in the group; null when suppressed. */
  population: number | null;
  up: number | null;
  down: number | null;
  /** One axis up and the other down. */
  across: number | null;
  /** (up + down + across) / population, percent with one decimal; null when suppressed. */
  movedPct: number | null;
}

export interface FairnessTable {
  dimension: FairnessDimension;
  groups: FairnessGroup[];
}

const UNKNOWN = { key: 'TIDAK_DIKETAHUI', label: 'Tidak diketahui' };

export function calibrationFairness(args: { people: readonly FairnessPerson[]; minGroupSize: number; policy: Policy }): FairnessTable[] {
  return FAIRNESS_DIMENSIONS.map((dimension) => {
    const tally = new Map<string, { label: string; population: number; up: number; down: number; across: number }>();
    for (const person of args.people) {
      const group = person.groups[dimension] ?? UNKNOWN;
      const t = tally.get(group.key) ?? { label: group.label, population: 0, up: 0, down: 0, across: 0 };
      t.population++;
      if (person.box !== null && person.calibratedBox !== null && person.calibratedBox !== person.box) {
        const direction = moveDirection({ from: person.box, to: person.calibratedBox, fromPolicy: args.policy });
        if (direction === 'UP') t.up++;
        else if (direction === 'DOWN') t.down++;
        else t.across++;
      }
      tally.set(group.key, t);
    }
    const groups = [...tally]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, t]): FairnessGroup => {
        if (t.population < args.minGroupSize) {
          return { key, label: t.label, suppressed: true, population: null, up: null, down: null, across: null, movedPct: null };
        }
        const moved = t.up + t.down + t.across;
        return {
          key,
          label: t.label,
          suppressed: false,
          population: t.population,
          up: t.up,
          down: t.down,
          across: t.across,
          movedPct: Math.round((moved / t.population) * 1000) / 10,
        };
      });
    return { dimension, groups };
  });
}
