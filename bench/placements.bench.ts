/**
 * Benchmark of the nine-box engine against a plain typed-array baseline doing the same bucketing arithmetic
 * (kinerja mean of predikat scores, kualifikasi, potensial weighted sum, thresholds, box lookup).
 *
 *   node --import tsx bench/placements.bench.ts [--scale N]
 *
 * Without `--scale` it runs 100 000 and 1 000 000 employees. Box counts of both implementations must be identical;
 * otherwise the script exits non-zero. `runPlacementsBench` is exported for the `npm run bench` harness. Times are
 * medians of 5 runs after a warm-up; peak RSS is the process's high-water mark, synthetic inputs included.
 */
import { pathToFileURL } from 'node:url';
import { computePlacements } from '../analytics/nine-box/nine-box.compute.js';
import { DEFAULT_POLICY } from '../analytics/policy/policy.defaults.js';
import type { Policy } from '../analytics/policy/policy.schema.js';
import type { Box } from '../analytics/domain/enums.js';
import { PENDIDIKAN } from '../analytics/domain/pendidikan.js';
import { assertBench, peakRssMb, type BenchRow } from './bench-row.js';
import { BENCH_AS_OF, buildSyntheticReview, type BaselineColumns } from './placements.synthetic.js';

/** A harness row plus what this benchmark adds: employees, CPU time, the ratio and the agreement check. */
export interface PlacementsBenchRow extends BenchRow {
  employees: number;
  /** CPU time (user + system, all threads) of our runs: steadier than wall time on a shared machine. */
  oursCpuMs: number;
  baseline: string;
  baselineMs: number;
  ratio: number;
  boxCountsAgree: boolean;
}

/** Index 0 counts unplaced employees, 1..9 the boxes. */
type BoxCounts = Int32Array;

/** Same half-up rounding as the engine, written out here so the baseline stays self-contained. */
function r2(x: number): number {
  const scaled = x * 100;
  const floor = Math.floor(scaled);
  return (scaled - floor >= 0.5 - 1e-7 ? floor + 1 : floor) / 100;
}

/** The baseline: the policy arithmetic over typed columns, no objects, no explanation. */
function baselineBoxCounts(b: BaselineColumns, policy: Policy): BoxCounts {
  const { kinerja, potensial, nineBox } = policy;
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
  const box = Int8Array.from(
    (['DI_BAWAH', 'SESUAI', 'DI_ATAS'] as const).flatMap((k) =>
      (['RENDAH', 'MENENGAH', 'TINGGI'] as const).map((p) => nineBox.table[k][p]),
    ),
  );
  const { diAtas, sesuai } = kinerja.thresholds;
  const { tinggi, menengah } = potensial.thresholds;
  const w = potensial.weights;
  const { base, perJp, cap } = potensial.kualifikasi.pelatihan;
  const [long, mid] = potensial.kualifikasi.pengalaman.bands;
  const shortScore = potensial.kualifikasi.pengalaman.otherwiseScore;
  const counts = new Int32Array(10);
  for (let i = 0; i < b.n; i++) {
    const p1 = b.predikat1[i]!;
    const jpm = b.jpm[i]!;
    if (p1 < 0 || Number.isNaN(jpm)) {
      counts[0]!++;
      continue;
    }
    const p2 = b.predikat2[i]!;
    const kin = p2 < 0 ? ps[p1]! : r2((ps[p1]! + ps[p2]!) / 2);
    const pel = r2(Math.min(cap, base + perJp * r2(b.jp[i]!)));
    const y = b.yearsInPosition[i]!;
    const peng = y >= long!.minYears ? long!.score : y >= mid!.minYears ? mid!.score : shortScore;
    const kual = r2((pend[b.pendidikan[i]!]! + pel + peng) / 3);
    const itg = b.activePenalty[i] === 1 ? potensial.integritas.activePenaltyScore : integ[b.severity[i]!]!;
    const komp = r2(Math.min(jpm, 100));
    const potensi = r2(b.nilaiPotensi[i]!);
    const pot = r2(w.kompetensi * komp + w.potensi * potensi + w.kualifikasi * kual + w.integritas * itg);
    const k = kin >= diAtas ? 2 : kin >= sesuai ? 1 : 0;
    const p = pot >= tinggi ? 2 : pot >= menengah ? 1 : 0;
    counts[box[k * 3 + p]!]!++;
  }
  return counts;
}

function engineBoxCounts(placements: ReadonlyArray<{ box: Box | null }>): BoxCounts {
  const counts = new Int32Array(10);
  for (const p of placements) counts[p.box ?? 0]!++;
  return counts;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time<T>(fn: () => T): { ms: number; cpuMs: number; result: T } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = fn();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, result };
}

function sameCounts(a: BoxCounts, b: BoxCounts): boolean {
  return a.every((v, i) => v === b[i]);
}

function measure(employees: number, explain: boolean, runs: number): PlacementsBenchRow {
  const { inputs, baseline } = buildSyntheticReview(employees);
  const policy = DEFAULT_POLICY;
  // Warm both paths on a slice so the timed runs measure optimised code, as in a long-running worker.
  const warmInputs = { ...inputs, employees: inputs.employees.slice(0, 2000) };
  computePlacements({ inputs: warmInputs, asOf: BENCH_AS_OF, policy, explain });
  baselineBoxCounts(baseline, policy);

  // Baseline first: its runs then see a heap without the engine's garbage, which is the fairest comparison.
  const base: number[] = [];
  let baseCounts: BoxCounts = new Int32Array(10);
  for (let r = 0; r < runs; r++) {
    const run = time(() => baselineBoxCounts(baseline, policy));
    base.push(run.ms);
    baseCounts = run.result;
  }
  const ours: number[] = [];
  const oursCpu: number[] = [];
  let oursCounts: BoxCounts = new Int32Array(10);
  for (let r = 0; r < runs; r++) {
    const run = time(() => computePlacements({ inputs, asOf: BENCH_AS_OF, policy, explain }));
    ours.push(run.ms);
    oursCpu.push(run.cpuMs);
    oursCounts = engineBoxCounts(run.result);
  }
  const oursMs = median(ours);
  const baselineMs = median(base);
  const workload = `placements ${employees.toLocaleString('en-US')} (explain ${explain ? 'on' : 'off'})`;
  assertBench(
    sameCounts(oursCounts, baseCounts),
    `${workload}: box counts differ (engine ${oursCounts.join(',')} vs baseline ${baseCounts.join(',')})`,
  );
  return {
    workload,
    employees,
    oursMs: Math.round(oursMs),
    oursCpuMs: Math.round(median(oursCpu)),
    baseline: 'typed-array loop, same arithmetic',
    baselineMs: Math.round(baselineMs * 10) / 10,
    ratio: Math.round((oursMs / baselineMs) * 10) / 10,
    peakRssMb: peakRssMb(),
    boxCountsAgree: true,
  };
}

/**
 * Runs the benchmark.
 * @param scale - employees per workload; without it (or `null`), 100 000 (explain off and on) and 1 000 000
 * (explain off); explanations are timed up to 200 000 employees
 * @returns one row per workload
 * @throws when the engine's box counts differ from the baseline's (a wrong result must not report a time)
 */
export function runPlacementsBench({ scale }: { scale?: number | null } = {}): PlacementsBenchRow[] {
  const scales = scale === undefined || scale === null ? [100_000, 1_000_000] : [scale];
  const rows: PlacementsBenchRow[] = [];
  for (const n of scales) {
    rows.push(measure(n, false, 5));
    if (n <= 200_000) rows.push(measure(n, true, 5));
  }
  return rows;
}

function parseScale(argv: readonly string[]): number | undefined {
  const i = argv.findIndex((a) => a === '--scale' || a.startsWith('--scale='));
  if (i < 0) return undefined;
  const raw = argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n <= 0) throw new Error(`--scale harus bilangan bulat positif, bukan "${raw}"`);
  return n;
}

function printTable(rows: readonly PlacementsBenchRow[]): void {
  const header = ['workload', 'ours ms', 'ours CPU ms', 'baseline ms', 'ratio', 'peak RSS MB', 'boxes agree'];
  const lines = rows.map((r) => [
    r.workload,
    String(r.oursMs),
    String(r.oursCpuMs),
    String(r.baselineMs),
    `${r.ratio}x`,
    String(r.peakRssMb),
    r.boxCountsAgree ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...lines.map((l) => l[c]!.length)));
  const fmt = (cells: string[]) =>
    cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  console.log(fmt(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const l of lines) console.log(fmt(l));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    printTable(runPlacementsBench({ scale: parseScale(process.argv.slice(2)) }));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
