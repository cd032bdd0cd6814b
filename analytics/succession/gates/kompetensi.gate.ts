/**
 * KOMPETENSI: the JPM (job-person match) of the assessment the nine-box used is at least the policy's minimum for the
 * target. Many instansi set one for JPT and administrator posts; a target without a minimum has no KOMPETENSI gate.
 */
import { defineGate } from './gate.definition.js';

export const kompetensiGate = defineGate({
  name: 'KOMPETENSI',
  label: 'kompetensi (JPM)',
  appliesTo: (target, params) => params.minJpm[target] !== undefined,
  evaluate({ candidate, target, params }) {
    const min = params.minJpm[target] ?? 0;
    if (candidate.jpm === null) {
      return { gate: 'KOMPETENSI', passed: false, reason: `tidak ada hasil asesmen yang berlaku (JPM minimal ${min})` };
    }
    const passed = candidate.jpm >= min;
    return { gate: 'KOMPETENSI', passed, reason: `JPM ${candidate.jpm} ${passed ? '≥' : '<'} ${min}` };
  },
  compile(target, params) {
    const min = params.minJpm[target] ?? 0;
    // An unknown JPM is NaN, and every comparison with NaN is false: it fails, as in `evaluate`.
    return (c, i) => !((c.jpm[i] as number) >= min);
  },
});
