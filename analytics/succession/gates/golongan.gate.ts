/**
 * GOLONGAN: at least the target's minimum. PPPK grades I–XVII are read at their pay-grade equivalent (grade k ≈ the
 * k-th PNS golongan, Perpres 98/2020) so that a PPPK is stopped by STATUS alone and shows up as an honest near miss.
 */
import { GOLONGAN_PNS, golonganRank } from '../../domain/golongan.js';
import { defineGate } from './gate.definition.js';

export const golonganGate = defineGate({
  name: 'GOLONGAN',
  label: 'golongan',
  evaluate({ candidate, target, params }) {
    const min = params.minGolongan[target];
    const rank = candidate.golonganRank;
    if (rank === 0) return { gate: 'GOLONGAN', passed: false, reason: `golongan ${candidate.golongan} tidak dikenal` };
    const passed = rank >= golonganRank(min);
    const shown =
      candidate.jenisPegawai === 'PNS' ? candidate.golongan : `PPPK ${candidate.golongan} (setara ${GOLONGAN_PNS[rank - 1]})`;
    return { gate: 'GOLONGAN', passed, reason: `golongan ${shown} ${passed ? '≥' : '<'} ${min}` };
  },
  compile(target, params) {
    const min = golonganRank(params.minGolongan[target]);
    return (c, i) => {
      const gol = c.golonganRank[i] as number;
      return gol === 0 || gol < min;
    };
  },
});
