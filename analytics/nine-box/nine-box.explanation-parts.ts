/**
 * An explanation in two parts: what every explanation of one review shares (asOf, windows, weights, thresholds,
 * formula constants) and what is the employee's own. A review stores the shared part once and each employee's own
 * part beside its placement; {@link joinExplanation} puts them back together into exactly the explanation the
 * engine built. The shared part is derived from asOf and the policy alone, so it exists even for a review where no
 * explanation shows a constant (no employee assessed: no kompetensi cap in sight).
 */
import { deepFreeze } from '../policy/policy.defaults.js';
import type { Policy } from '../policy/policy.schema.js';
import { reviewWindows } from './nine-box.group.js';
import { compilePolicy, type CompiledPolicy } from './nine-box.scoring.js';
import type { ReviewWindows } from './nine-box.group.js';
import type { DateWindow, Explanation, KinerjaExplanation, PotensialExplanation } from './nine-box.types.js';

type Pelatihan = PotensialExplanation['kualifikasi']['pelatihan'];

/** The constants of every explanation of one review. */
export interface ExplanationConstants {
  asOf: string;
  kinerja: { window: KinerjaExplanation['window']; thresholds: KinerjaExplanation['thresholds'] };
  potensial: {
    assessmentWindow: DateWindow;
    kompetensiCap: number;
    pelatihan: { window: DateWindow; formula: Pelatihan['formula'] };
    lookback: DateWindow;
    weights: PotensialExplanation['weights'];
    thresholds: PotensialExplanation['thresholds'];
  };
  nilaiTalenta: { weights: Explanation['nilaiTalenta']['weights'] };
}

/** One employee's own part of an explanation: the explanation without any of {@link ExplanationConstants}. */
export interface EmployeeExplanation {
  kinerja: Omit<KinerjaExplanation, 'window' | 'thresholds'>;
  potensial: Omit<PotensialExplanation, 'assessmentWindow' | 'kompetensi' | 'kualifikasi' | 'integritas' | 'weights' | 'thresholds'> & {
    kompetensi: { score: number; jpm: number } | null;
    kualifikasi: Omit<PotensialExplanation['kualifikasi'], 'pelatihan'> & { pelatihan: Omit<Pelatihan, 'window' | 'formula'> };
    integritas: Omit<PotensialExplanation['integritas'], 'lookback'>;
  };
  nilaiTalenta: { score: number | null };
  counterfactual: Explanation['counterfactual'];
}

/** The constants from windows and policy already computed by the engine (frozen: shared by every explanation). */
export function constantsOf(windows: ReviewWindows, cp: CompiledPolicy, policy: Policy): ExplanationConstants {
  const { pelatihan } = policy.potensial.kualifikasi;
  // Only copies are frozen: the caller's policy object stays as it was.
  return deepFreeze({
    asOf: windows.asOf,
    kinerja: {
      window: { fromYear: windows.fromYear, toYear: windows.toYear, yearsUsed: cp.yearsUsed },
      thresholds: { diAtas: cp.kinerjaAtas, sesuai: cp.kinerjaSesuai },
    },
    potensial: {
      assessmentWindow: { after: windows.assessmentAfter, upTo: windows.asOf },
      kompetensiCap: policy.potensial.kompetensiCap,
      pelatihan: {
        window: { after: windows.trainingAfter, upTo: windows.asOf },
        formula: { base: pelatihan.base, perJp: pelatihan.perJp, cap: pelatihan.cap },
      },
      lookback: { after: windows.lookbackAfter, upTo: windows.asOf },
      weights: { ...policy.potensial.weights },
      thresholds: { ...policy.potensial.thresholds },
    },
    nilaiTalenta: { weights: { ...policy.nilaiTalenta.weights } },
  });
}

/** The constants every explanation of a review at `asOf` under `policy` carries. */
export function explanationConstants({ asOf, policy }: { asOf: string; policy: Policy }): ExplanationConstants {
  const cp = compilePolicy(policy);
  return constantsOf(reviewWindows(asOf, cp), cp, policy);
}

/** The employee's own part of an explanation (what a review stores per employee). */
export function employeeExplanation(e: Explanation): EmployeeExplanation {
  const { kinerja: k, potensial: p } = e;
  const { pelatihan } = p.kualifikasi;
  return {
    kinerja: { years: k.years, score: k.score, level: k.level },
    potensial: {
      assessment: p.assessment,
      latestExpired: p.latestExpired,
      kompetensi: p.kompetensi === null ? null : { score: p.kompetensi.score, jpm: p.kompetensi.jpm },
      potensi: p.potensi,
      kualifikasi: {
        score: p.kualifikasi.score,
        pendidikan: p.kualifikasi.pendidikan,
        pelatihan: { score: pelatihan.score, jp: pelatihan.jp, trainings: pelatihan.trainings },
        pengalaman: p.kualifikasi.pengalaman,
      },
      integritas: {
        score: p.integritas.score,
        activePenalty: p.integritas.activePenalty,
        mostSevere: p.integritas.mostSevere,
        penalties: p.integritas.penalties,
      },
      score: p.score,
      level: p.level,
    },
    nilaiTalenta: { score: e.nilaiTalenta.score },
    counterfactual: e.counterfactual,
  };
}

/** The whole explanation from an employee's own part and the review's constants. */
export function joinExplanation(own: EmployeeExplanation, c: ExplanationConstants): Explanation {
  const { kinerja: k, potensial: p } = own;
  const { pelatihan } = p.kualifikasi;
  return {
    asOf: c.asOf,
    kinerja: { window: c.kinerja.window, years: k.years, score: k.score, level: k.level, thresholds: c.kinerja.thresholds },
    potensial: {
      assessment: p.assessment,
      latestExpired: p.latestExpired,
      assessmentWindow: c.potensial.assessmentWindow,
      kompetensi: p.kompetensi === null ? null : { ...p.kompetensi, cap: c.potensial.kompetensiCap },
      potensi: p.potensi,
      kualifikasi: {
        score: p.kualifikasi.score,
        pendidikan: p.kualifikasi.pendidikan,
        pelatihan: {
          score: pelatihan.score,
          jp: pelatihan.jp,
          window: c.potensial.pelatihan.window,
          trainings: pelatihan.trainings,
          formula: c.potensial.pelatihan.formula,
        },
        pengalaman: p.kualifikasi.pengalaman,
      },
      integritas: { ...p.integritas, lookback: c.potensial.lookback },
      weights: c.potensial.weights,
      score: p.score,
      level: p.level,
      thresholds: c.potensial.thresholds,
    },
    nilaiTalenta: { score: own.nilaiTalenta.score, weights: c.nilaiTalenta.weights },
    counterfactual: own.counterfactual,
  };
}
