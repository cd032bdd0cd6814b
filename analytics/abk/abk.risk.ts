/**
 * The ABK's word in the succession risks: a critical position that is short of its ABK need carries `KURANG_ABK`
 * (after the succession engine's own flags), so the risk view shows where a vacancy is also a staffing shortage.
 */
import type { PositionSuccession } from '../succession/succession.types.js';
import type { PositionBalance } from './abk.types.js';

/** The succession positions, those critical and short by ABK with `KURANG_ABK` added (the input is not changed). */
export function withAbkShortageRisk(
  positions: readonly PositionSuccession[],
  balances: readonly Pick<PositionBalance, 'positionId' | 'kurang'>[],
): PositionSuccession[] {
  const short = new Set(balances.filter((b) => b.kurang > 0).map((b) => b.positionId));
  return positions.map((p) =>
    p.kritikal && short.has(p.positionId) && !p.risks.includes('KURANG_ABK') ? { ...p, risks: [...p.risks, 'KURANG_ABK'] } : p,
  );
}
