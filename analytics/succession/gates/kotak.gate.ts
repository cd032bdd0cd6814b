/** KOTAK: the effective (calibrated ?? computed) box is in the talent pool of the policy. */
import { defineGate } from './gate.definition.js';

export const kotakGate = defineGate({
  name: 'KOTAK',
  label: 'kotak talenta',
  evaluate({ candidate, params }) {
    const pool = `{${params.poolBoxes.join(', ')}}`;
    if (candidate.box === null) return { gate: 'KOTAK', passed: false, reason: 'belum terpetakan dalam nine-box' };
    const passed = params.poolBoxes.includes(candidate.box);
    return { gate: 'KOTAK', passed, reason: `kotak ${candidate.box} ${passed ? '∈' : '∉'} ${pool}` };
  },
  compile(_target, params) {
    const pool = new Uint8Array(10);
    for (const b of params.poolBoxes) if (b >= 0 && b < 10) pool[b] = 1;
    return (c, i) => pool[c.box[i] as number] !== 1;
  },
});
