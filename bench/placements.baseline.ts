/**
 * The baseline of the placement benchmark: the same default-policy arithmetic as the engine as one plain loop over
 * typed-array columns, writing every per-employee output in the engine's column encoding.
 */
import { allocatePlacementColumns, type PlacementColumns } from '../analytics/nine-box/nine-box.columns.js';
import type { Policy } from '../analytics/policy/policy.schema.js';
import { PENDIDIKAN } from '../analytics/domain/pendidikan.js';
import type { BaselineColumns } from './placements.synthetic.js';

/**
 * Per-employee outputs of the baseline, one slot per employee in input order, with the engine's column encoding:
 * NaN / -1 / 0 for none, reasons and flags as bit sets.
 */
export type BaselineResult = PlacementColumns;

/** Same half-up rounding as the engine, written out here so the baseline stays self-contained. */
function r2(x: number): number {
  const scaled = x * 100;
  const floor = Math.floor(scaled);
  return (scaled - floor >= 0.5 - 1e-7 ? floor + 1 : floor) / 100;
}

/**
 * The baseline: the policy arithmetic over typed columns, no objects, no explanation. It writes every output the
 * engine's columns hold (scores, levels, box, nilai talenta, unrated reasons, SATU_TAHUN) per employee into typed
 * arrays allocated per run, as the engine does; it does not group input rows (its columns come pre-grouped).
 */
export function baselinePlace(b: BaselineColumns, policy: Policy): BaselineResult {
  const { kinerja, potensial, nineBox, nilaiTalenta } = policy;
  const ps = [
    kinerja.predikatScore.SANGAT_BAIK,
    kinerja.predikatScore.BAIK,
    kinerja.predikatScore.BUTUH_PERBAIKAN,
    kinerja.predikatScore.KURANG,
    kinerja.predikatScore.SANGAT_KURANG,
  ];
  const pend = Float64Array.from(PENDIDIKAN, (p) => potensial.kualifikasi.pendidikanScore[p]);
  const { TANPA, RINGAN, SEDANG, BERAT } = potensial.integritas.score;
  const integ = [TANPA, RINGAN, SEDANG, BERAT];
  const boxTable = Int8Array.from(
    (['DI_BAWAH', 'SESUAI', 'DI_ATAS'] as const).flatMap((k) =>
      (['RENDAH', 'MENENGAH', 'TINGGI'] as const).map((p) => nineBox.table[k][p]),
    ),
  );
  const { diAtas, sesuai } = kinerja.thresholds;
  const { tinggi, menengah } = potensial.thresholds;
  const w = potensial.weights;
  const wk = nilaiTalenta.weights.kinerja;
  const wp = nilaiTalenta.weights.potensial;
  const { base, perJp, cap } = potensial.kualifikasi.pelatihan;
  const [long, mid] = potensial.kualifikasi.pengalaman.bands;
  const shortScore = potensial.kualifikasi.pengalaman.otherwiseScore;
  const satuTahun = kinerja.window.yearsUsed > 1 ? 1 : 0;
  const n = b.n;
  // Slot i is input employee i; the baseline never reads `inputIndex`.
  const out = allocatePlacementColumns(n);
  for (let i = 0; i < n; i++) {
    const p1 = b.predikat1[i]!;
    const p2 = b.predikat2[i]!;
    let kin = NaN;
    let k = -1;
    if (p1 >= 0) {
      kin = p2 < 0 ? r2(ps[p1]!) : r2((ps[p1]! + ps[p2]!) / 2);
      k = kin >= diAtas ? 2 : kin >= sesuai ? 1 : 0;
    }
    out.kinerjaScore[i] = kin;
    out.kinerjaLevel[i] = k;
    out.flags[i] = p1 >= 0 && p2 < 0 ? satuTahun : 0;
    const state = b.assessmentState[i]!;
    out.unrated[i] = (p1 < 0 ? 1 : 0) | (state === 1 ? 2 : state === 2 ? 4 : 0);
    const jpm = b.jpm[i]!;
    if (Number.isNaN(jpm)) {
      out.potensialScore[i] = NaN;
      out.potensialLevel[i] = -1;
      out.box[i] = 0;
      out.nilaiTalenta[i] = NaN;
      continue;
    }
    const pel = r2(Math.min(cap, base + perJp * r2(b.jp[i]!)));
    const y = b.yearsInPosition[i]!;
    const peng = y >= long!.minYears ? long!.score : y >= mid!.minYears ? mid!.score : shortScore;
    const kual = r2((pend[b.pendidikan[i]!]! + pel + peng) / 3);
    const itg = b.activePenalty[i] === 1 ? potensial.integritas.activePenaltyScore : integ[b.severity[i]!]!;
    const komp = r2(Math.min(jpm, potensial.kompetensiCap));
    const potensi = r2(b.nilaiPotensi[i]!);
    const pot = r2(w.kompetensi * komp + w.potensi * potensi + w.kualifikasi * kual + w.integritas * itg);
    const p = pot >= tinggi ? 2 : pot >= menengah ? 1 : 0;
    out.potensialScore[i] = pot;
    out.potensialLevel[i] = p;
    if (k < 0) {
      out.box[i] = 0;
      out.nilaiTalenta[i] = NaN;
    } else {
      out.box[i] = boxTable[k * 3 + p]!;
      out.nilaiTalenta[i] = r2(wk * kin + wp * pot);
    }
  }
  return out;
}

