/**
 * Position risk flags. Slate risks (no ready-now successor, thin bench) only exist where a slate does;
 * vacancy and the incumbent's retirement apply to every position.
 */
import type { SuccessionParams } from './succession.params.js';
import type { RiskFlag } from './succession.types.js';

/**
 * Flags, in their published order: TANPA_SIAP_SEKARANG, BANGKU_TIPIS, KOSONG, PEMANGKU_PENSIUN.
 * @param riskCutoff asOf + riskHorizonMonths; an incumbent retiring on or before it triggers PEMANGKU_PENSIUN
 */
export function riskFlags({
  hasSlate,
  eligibleCount,
  readyNowCount,
  incumbentEmployeeId,
  incumbentRetirementDate,
  riskCutoff,
  params,
}: {
  hasSlate: boolean;
  eligibleCount: number;
  readyNowCount: number;
  incumbentEmployeeId: number | null;
  incumbentRetirementDate: string | null;
  riskCutoff: string;
  params: Pick<SuccessionParams, 'benchThreshold'>;
}): RiskFlag[] {
  const risks: RiskFlag[] = [];
  if (hasSlate && readyNowCount === 0) risks.push('TANPA_SIAP_SEKARANG');
  if (hasSlate && eligibleCount < params.benchThreshold) risks.push('BANGKU_TIPIS');
  if (incumbentEmployeeId === null) risks.push('KOSONG');
  // An unknown birth date gives no retirement date: the flag needs evidence, so it stays off.
  else if (incumbentRetirementDate !== null && incumbentRetirementDate <= riskCutoff) risks.push('PEMANGKU_PENSIUN');
  return risks;
}
