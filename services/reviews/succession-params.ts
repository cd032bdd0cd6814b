/**
 * Maps the instansi policy's `succession` section (and its talent-pool boxes) onto the succession engine's
 * parameters. Values the policy does not carry (JALUR source jabatan, overload threshold, projection horizons)
 * keep the engine's contract defaults.
 */
import type { Policy } from '../../analytics/policy/index.js';
import {
  DEFAULT_SUCCESSION_PARAMS,
  SLATE_TARGETS,
  type JalurRule,
  type SlateTarget,
  type SuccessionParams,
} from '../../analytics/succession/index.js';

function perTarget<T>(pick: (target: SlateTarget) => T): Record<SlateTarget, T> {
  return Object.fromEntries(SLATE_TARGETS.map((t) => [t, pick(t)])) as Record<SlateTarget, T>;
}

export function successionParamsFromPolicy(policy: Policy): SuccessionParams {
  const s = policy.succession;
  const d = DEFAULT_SUCCESSION_PARAMS;
  const maxAge: Partial<Record<SlateTarget, number>> = {};
  for (const target of SLATE_TARGETS) {
    const age = s.maxAgeByTarget[target];
    if (age !== undefined) maxAge[target] = age;
  }
  return {
    ...d,
    slateLimit: s.slateLimit,
    poolBoxes: [...policy.nineBox.talentPoolBoxes],
    readyNowBoxes: [...s.readiness.SIAP_SEKARANG],
    minPendidikan: perTarget((t) => s.minPendidikan[t] ?? d.minPendidikan[t]),
    minGolongan: perTarget((t) => s.minGolongan[t] ?? d.minGolongan[t]),
    jalur: perTarget(
      (t): JalurRule => ({
        promotionFrom: d.jalur[t].promotionFrom,
        minYearsInPosition: s.minYearsInPosition[t] ?? 0,
        minServiceYears: s.minServiceYears[t] ?? 0,
      }),
    ),
    minPredikat: s.minKinerjaPredikat,
    kinerjaYears: policy.kinerja.window.yearsUsed,
    disciplineLookbackMonths: s.disciplineLookbackMonths,
    bup: { default: s.bup.default, byJenisJabatan: { ...s.bup.byJenisJabatan }, byJenjangJf: { ...s.bup.byJenjangJf } },
    retirementMarginMonths: s.retirementMarginMonths,
    maxAgeByTarget: maxAge,
    riskHorizonMonths: s.riskHorizonMonths,
    benchThreshold: s.thinBenchThreshold,
  };
}
