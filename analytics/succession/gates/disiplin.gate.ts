/** DISIPLIN: no SEDANG/BERAT penalty started in the lookback window, and none running at asOf. */
import { TINGKAT_DISIPLIN_LABELS } from '../../domain/labels.js';
import type { DisciplineRecord } from '../../types.js';
import { defineGate } from './gate.definition.js';

function penaltyPeriod(r: DisciplineRecord): string {
  return r.tmtSelesai === null ? `TMT ${r.tmtMulai}, tanpa tanggal selesai` : `TMT ${r.tmtMulai} s.d. ${r.tmtSelesai}`;
}

export const disiplinGate = defineGate({
  name: 'DISIPLIN',
  label: 'disiplin',
  evaluate({ candidate, asOf, params }) {
    const { activePenalty: active, recentSeriousPenalty: recent } = candidate;
    const window = `${params.disciplineLookbackMonths} bulan sebelum ${asOf}`;
    if (active === null && recent === null) {
      return {
        gate: 'DISIPLIN',
        passed: true,
        reason: `tidak ada hukuman disiplin sedang/berat dalam ${window} dan tidak ada yang masih berlaku`,
      };
    }
    const parts: string[] = [];
    if (recent !== null) {
      const stillRunning = active === recent ? `, masih berlaku pada ${asOf}` : '';
      parts.push(`hukuman disiplin ${TINGKAT_DISIPLIN_LABELS[recent.tingkat]} TMT ${recent.tmtMulai}, dalam ${window}${stillRunning}`);
    }
    if (active !== null && active !== recent) {
      parts.push(`hukuman disiplin ${TINGKAT_DISIPLIN_LABELS[active.tingkat]} masih berlaku pada ${asOf} (${penaltyPeriod(active)})`);
    }
    return { gate: 'DISIPLIN', passed: false, reason: parts.join('; ') };
  },
  compile: () => (c, i) => c.disiplinOk[i] !== 1,
});
