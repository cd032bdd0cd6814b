/** PENDIDIKAN: at least D-III for PENGAWAS, S1/D-IV above (the policy's minimum per target). */
import { pendidikanRank } from '../../domain/pendidikan.js';
import { defineGate } from './gate.definition.js';

/** S1 and D-IV share a rank, so a minimum at that rank is written `S1/D-IV`. */
function pendidikanLabel(minimum: string, rank: number): string {
  return rank === pendidikanRank('S1') ? 'S1/D-IV' : minimum;
}

export const pendidikanGate = defineGate({
  name: 'PENDIDIKAN',
  label: 'pendidikan',
  evaluate({ candidate, target, params }) {
    const min = params.minPendidikan[target];
    const minRank = pendidikanRank(min);
    const passed = candidate.pendidikanRank >= minRank;
    return {
      gate: 'PENDIDIKAN',
      passed,
      reason: `pendidikan ${candidate.pendidikan} ${passed ? '≥' : '<'} ${pendidikanLabel(min, minRank)}`,
    };
  },
  compile(target, params) {
    const min = pendidikanRank(params.minPendidikan[target]);
    return (c, i) => (c.pendidikanRank[i] as number) < min;
  },
});
