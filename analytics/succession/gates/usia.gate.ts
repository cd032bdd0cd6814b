/**
 * USIA: the pension date (BUP of the current jabatan) is more than `retirementMarginMonths` after asOf, and the age
 * at asOf is within the target's cap. An unknown birth date fails closed.
 */
import { addMonths } from '../../domain/dates.js';
import { UNKNOWN } from '../candidate.columns.js';
import { defineGate } from './gate.definition.js';

export const usiaGate = defineGate({
  name: 'USIA',
  label: 'usia/BUP',
  evaluate({ candidate, target, asOf, params }) {
    if (candidate.retirementDate === null || candidate.ageYears === null) {
      return { gate: 'USIA', passed: false, reason: 'tanggal lahir tidak diketahui' };
    }
    const margin = params.retirementMarginMonths;
    const cap = params.maxAgeByTarget[target];
    const retirementOk = candidate.retirementBeyondMargin;
    const ageOk = cap === undefined || candidate.ageYears <= cap;
    const pension = `pensiun ${candidate.retirementDate} (BUP ${candidate.bup})`;
    const parts: string[] = [];
    if (retirementOk) parts.push(`${pension}, lebih dari ${margin} bulan setelah ${asOf}`);
    else {
      // The bound itself fails too: the rule wants strictly more than the margin.
      const relation = candidate.retirementDate === addMonths(asOf, margin) ? 'tepat' : 'kurang dari';
      parts.push(`${pension}, ${relation} ${margin} bulan setelah ${asOf}`);
    }
    if (cap !== undefined) parts.push(`usia ${candidate.ageYears} tahun ${ageOk ? '≤' : '>'} ${cap} tahun`);
    return { gate: 'USIA', passed: retirementOk && ageOk, reason: parts.join('; ') };
  },
  compile(target, params) {
    const cap = params.maxAgeByTarget[target];
    return (c, i) => {
      const age = c.ageYears[i] as number;
      return c.retirementOk[i] !== 1 || (cap !== undefined && (age === UNKNOWN || age > cap));
    };
  },
});
