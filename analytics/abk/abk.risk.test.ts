import { describe, expect, it } from 'vitest';
import type { PositionSuccession } from '../succession/succession.types.js';
import { withAbkShortageRisk } from './abk.risk.js';

function plan(positionId: number, kritikal: boolean, risks: PositionSuccession['risks'] = []): PositionSuccession {
  return {
    positionId, kode: `P${positionId}`, nama: `P${positionId}`, jenisJabatan: 'ADMINISTRATOR', unitId: 1, kritikal,
    incumbentEmployeeId: null, incumbentRetirementDate: null, hasSlate: true, eligibleCount: 0, readyNowCount: 0,
    slate: [], nearMissCount: 0, nearMisses: [], risks,
  };
}

describe('the ABK shortage in the succession risks', () => {
  it('flags critical positions short by ABK after the succession flags, and nothing else', () => {
    const positions = [plan(1, true, ['TANPA_SIAP_SEKARANG', 'KOSONG']), plan(2, false), plan(3, true), plan(4, true)];
    const flagged = withAbkShortageRisk(positions, [
      { positionId: 1, kurang: 1 },
      { positionId: 2, kurang: 3 },
      { positionId: 3, kurang: 0 },
    ]);
    expect(flagged.map((p) => p.risks)).toEqual([['TANPA_SIAP_SEKARANG', 'KOSONG', 'KURANG_ABK'], [], [], []]);
    expect(positions[0]?.risks).toEqual(['TANPA_SIAP_SEKARANG', 'KOSONG']);
    expect(withAbkShortageRisk(flagged, [{ positionId: 1, kurang: 1 }])[0]?.risks.filter((r) => r === 'KURANG_ABK')).toHaveLength(1);
  });
});
