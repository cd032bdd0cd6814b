/** KINERJA: both of the window's two most recent annual predikat exist and are at least BAIK (the policy's minimum). */
import { PREDIKAT } from '../../domain/enums.js';
import { PREDIKAT_LABELS } from '../../domain/labels.js';
import { defineGate } from './gate.definition.js';

export const kinerjaGate = defineGate({
  name: 'KINERJA',
  label: 'kinerja',
  evaluate({ candidate, params }) {
    const years = candidate.kinerja.map((k) => `${k.tahun} ${PREDIKAT_LABELS[k.predikat]}`).join(', ');
    const minimum = PREDIKAT_LABELS[params.minPredikat];
    if (candidate.kinerjaPasses) return { gate: 'KINERJA', passed: true, reason: `predikat ${years} ≥ ${minimum}` };
    if (candidate.kinerja.length === 0) {
      return { gate: 'KINERJA', passed: false, reason: 'tidak ada predikat tahunan dalam jendela penilaian' };
    }
    if (candidate.kinerja.length < params.kinerjaYears) {
      return {
        gate: 'KINERJA',
        passed: false,
        reason: `hanya ${candidate.kinerja.length} predikat tahunan (${years}), perlu ${params.kinerjaYears}`,
      };
    }
    const worstAllowed = PREDIKAT.indexOf(params.minPredikat);
    const low = candidate.kinerja.filter((k) => PREDIKAT.indexOf(k.predikat) > worstAllowed);
    const lowText = low.map((k) => `${k.tahun} ${PREDIKAT_LABELS[k.predikat]}`).join(', ');
    return { gate: 'KINERJA', passed: false, reason: `predikat ${lowText} < ${minimum}` };
  },
  compile: () => (c, i) => c.kinerjaOk[i] !== 1,
});
