/**
 * EJ (efektivitas jabatan) bands, Permendagri 12/2008 lineage: the first band, best first, whose lower bound the
 * value meets (`>` or `≥` as the policy says), else the policy's last band.
 */
import type { AbkPolicy } from './abk.policy.js';
import type { EjBand } from './abk.types.js';

/** Band of an EJ or EU value (already at 4 decimals); null when the value is undefined (nobody holds it). */
export function ejBandOf(value: number | null, policy: Pick<AbkPolicy, 'ejBands' | 'ejBandOtherwise'>): EjBand | null {
  if (value === null) return null;
  for (const b of policy.ejBands) {
    if (b.inclusive ? value >= b.min : value > b.min) return { band: b.band, label: b.label };
  }
  return { band: policy.ejBandOtherwise.band, label: policy.ejBandOtherwise.label };
}
