/**
 * Benchmark of the nine-box engine against a plain typed-array baseline doing the same bucketing arithmetic
 * (kinerja mean of predikat scores, kualifikasi, potensial weighted sum, thresholds, box lookup, nilai talenta,
 * unrated reasons, flags), writing every per-employee output into typed arrays as the engine's columnar API does.
 *
 *   node --import tsx bench/placements.bench.ts [--scale N] [--no-settle]
 *
 * Without `--scale` it runs 100 000 and 1 000 000 employees. Box counts of both implementations must be identical,
 * and so must every output (scores, levels, box, nilai talenta, unrated reasons, flags) of a sample of employees;
 * otherwise the script exits non-zero. `runPlacementsBench` is exported for the `npm run bench` harness. Times are
 * medians of 5 interleaved runs after a warm-up; peak RSS is the process's high-water mark, synthetic inputs included.
 */
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  allocatePlacementColumns,
  computePlacementColumns,
  FLAG_SATU_TAHUN,
  KINERJA_LEVELS,
  POTENSIAL_LEVELS,
  type PlacementColumns,
} from '../analytics/nine-box/nine-box.columns.js';
import { computePlacements } from '../analytics/nine-box/nine-box.compute.js';
import type { PlacementCore } from '../analytics/nine-box/nine-box.types.js';
import { DEFAULT_POLICY } from '../analytics/policy/policy.defaults.js';
import type { Policy } from '../analytics/policy/policy.schema.js';
import type { ReviewInputs } from '../analytics/types.js';
import { assertBench, peakRssMb, printBenchTable, type BenchRow } from './bench-row.js';
import { BENCH_AS_OF, buildSyntheticReview } from './placements.synthetic.js';
import { baselinePlace, type BaselineResult } from './placements.baseline.js';

/** A harness row plus what this benchmark adds: employees, CPU time, the ratio and the agreement checks. */
export interface PlacementsBenchRow extends BenchRow {
  employees: number;
  /** CPU time (user + system, all threads) of our runs: steadier than wall time on a shared machine. */
  oursCpuMs: number;
  /** Min–max of our timed runs and of the baseline's: the machine is shared, so one median is not the whole story. */
  oursRangeMs: [number, number];
  baselineRangeMs: [number, number];
  baseline: string;
  baselineMs: number;
  /** Wall-time ratio of the medians (the acceptance figure). */
  ratio: number;
  baselineCpuMs: number;
  /** CPU-time ratio of the medians: less sensitive to other processes on a shared machine. */
  cpuRatio: number;
  boxCountsAgree: boolean;
  /** Employees compared field by field (every score, level, box, nilai talenta, reasons, flags). */
  sampleChecked: number;
}

/** Index 0 counts unplaced employees, 1..9 the boxes. */
type BoxCounts = Int32Array;

function countBoxes(box: ArrayLike<number>): BoxCounts {
  const counts = new Int32Array(10);
  for (let i = 0; i < box.length; i++) counts[box[i]!]!++;
  return counts;
}

/** The engine's columns read back from placement objects (explain off), in the same encoding as the baseline's. */
function columnsOfPlacements(placements: readonly PlacementCore[]): PlacementColumns {
  const c = allocatePlacementColumns(placements.length);
  const bit = { KINERJA_TIDAK_ADA: 1, ASESMEN_TIDAK_ADA: 2, ASESMEN_KEDALUWARSA: 4 } as const;
  placements.forEach((p, k) => {
    // Synthetic ids are input position + 1.
    c.inputIndex[k] = p.employeeId - 1;
    c.kinerjaScore[k] = p.kinerja.score ?? NaN;
    c.kinerjaLevel[k] = p.kinerja.level === null ? -1 : KINERJA_LEVELS.indexOf(p.kinerja.level);
    c.potensialScore[k] = p.potensial.score ?? NaN;
    c.potensialLevel[k] = p.potensial.level === null ? -1 : POTENSIAL_LEVELS.indexOf(p.potensial.level);
    c.box[k] = p.box ?? 0;
    c.nilaiTalenta[k] = p.nilaiTalenta ?? NaN;
    c.unrated[k] = p.unratedReasons.reduce((bits, r) => bits | bit[r], 0);
    c.flags[k] = p.flags.includes('SATU_TAHUN') ? FLAG_SATU_TAHUN : 0;
  });
  return c;
}

/**
 * Compares every field of a sample of employees (every 997th, plus the first and last) between the engine and the
 * baseline; NaN equals NaN.
 * @returns the number of employees compared, or a message naming the first difference
 */
function compareSample(c: PlacementColumns, base: BaselineResult): number | string {
  const fields = [
    'kinerjaScore',
    'kinerjaLevel',
    'potensialScore',
    'potensialLevel',
    'box',
    'nilaiTalenta',
    'unrated',
    'flags',
  ] as const;
  let checked = 0;
  for (let k = 0; k < c.n; k = k === c.n - 1 ? c.n : Math.min(k + 997, c.n - 1)) {
    const i = c.inputIndex[k]!;
    for (const f of fields) {
      const ours = c[f][k]!;
      const theirs = base[f][i]!;
      if (!Object.is(ours, theirs) && !(Number.isNaN(ours) && Number.isNaN(theirs))) {
        return `employee at input ${i}: ${f} engine ${ours} vs baseline ${theirs}`;
      }
    }
    checked++;
  }
  return checked;
}

/**
 * Settles the heap before a timed run: a full collection, then a short pause so the collector's concurrent sweeping
 * (of ~1 GB of synthetic inputs at 1M) finishes on its own threads rather than during the next timed run. Without
 * it, a collection triggered by one run's allocations lands in whichever run comes next, baseline or ours. Each run
 * still pays for any collection its own allocations trigger. `--no-settle` turns this off.
 */
function makeSettle(enabled: boolean): () => void {
  if (!enabled) return () => {};
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  return () => {
    gc();
    Atomics.wait(pause, 0, 0, 150);
  };
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

/** What one workload times: the columnar API (compute only), or placement objects with or without explanations. */
type Mode = 'columns' | 'objects' | 'explain';

function runOurs(mode: Mode, inputs: ReviewInputs, policy: Policy): PlacementColumns {
  if (mode === 'columns') return computePlacementColumns({ inputs, asOf: BENCH_AS_OF, policy });
  return columnsOfPlacements(computePlacements({ inputs, asOf: BENCH_AS_OF, policy, explain: mode === 'explain' }));
}

function measure(
  review: ReturnType<typeof buildSyntheticReview>,
  mode: Mode,
  runs: number,
  settle: () => void,
): PlacementsBenchRow {
  const { inputs, baseline } = review;
  const employees = baseline.n;
  const policy = DEFAULT_POLICY;
  // Warm both paths (a slice, then one discarded full run each) so the timed runs measure optimised code, as in a
  // long-running worker.
  const warmInputs = { ...inputs, employees: inputs.employees.slice(0, 2000) };
  runOurs(mode, warmInputs, policy);
  baselinePlace(baseline, policy);
  runOurs(mode, inputs, policy);

  // Interleaved, so both see the same machine load and the same heap (the synthetic inputs stay live throughout,
  // as a review's inputs do). Only the call itself is timed; reading objects back into columns is not.
  const base: number[] = [];
  const ours: number[] = [];
  const oursCpu: number[] = [];
  const baseCpu: number[] = [];
  let baseResult: BaselineResult | null = null;
  let oursCols: PlacementColumns | null = null;
  for (let r = 0; r < runs; r++) {
    settle();
    const b = time(() => baselinePlace(baseline, policy));
    base.push(b.ms);
    baseCpu.push(b.cpuMs);
    baseResult = b.result;
    settle();
    if (mode === 'columns') {
      const run = time(() => computePlacementColumns({ inputs, asOf: BENCH_AS_OF, policy }));
      ours.push(run.ms);
      oursCpu.push(run.cpuMs);
      oursCols = run.result;
    } else {
      const explain = mode === 'explain';
      const run = time(() => computePlacements({ inputs, asOf: BENCH_AS_OF, policy, explain }));
      ours.push(run.ms);
      oursCpu.push(run.cpuMs);
      oursCols = columnsOfPlacements(run.result);
    }
  }
  const oursMs = median(ours);
  const baselineMs = median(base);
  const what = mode === 'columns' ? 'columns, compute only' : mode === 'objects' ? 'objects, explain off' : 'objects, explain on';
  const workload = `placements ${employees.toLocaleString('en-US')} (${what})`;
  const oursCounts = countBoxes(oursCols!.box);
  const baseCounts = countBoxes(baseResult!.box);
  assertBench(
    sameCounts(oursCounts, baseCounts),
    `${workload}: box counts differ (engine ${oursCounts.join(',')} vs baseline ${baseCounts.join(',')})`,
  );
  const sample = compareSample(oursCols!, baseResult!);
  assertBench(typeof sample === 'number', `${workload}: ${String(sample)}`);
  const round1 = (x: number) => Math.round(x * 10) / 10;
  return {
    workload,
    employees,
    oursMs: Math.round(oursMs),
    oursCpuMs: Math.round(median(oursCpu)),
    oursRangeMs: [Math.round(Math.min(...ours)), Math.round(Math.max(...ours))],
    baseline: 'typed-array loop, same arithmetic, per-employee outputs in typed arrays',
    baselineMs: round1(baselineMs),
    baselineRangeMs: [round1(Math.min(...base)), round1(Math.max(...base))],
    ratio: round1(oursMs / baselineMs),
    baselineCpuMs: Math.round(median(baseCpu)),
    cpuRatio: round1(median(oursCpu) / Math.max(1, median(baseCpu))),
    peakRssMb: peakRssMb(),
    boxCountsAgree: true,
    sampleChecked: sample,
    note:
      `ours ${Math.round(Math.min(...ours))}–${Math.round(Math.max(...ours))} ms (CPU ${Math.round(median(oursCpu))} ms), ` +
      `baseline ${round1(Math.min(...base))}–${round1(Math.max(...base))} ms (CPU ${Math.round(median(baseCpu))} ms); ` +
      `box counts agree, ${String(sample)} employees compared output by output`,
  };
}

/**
 * Runs the benchmark. Per scale: the columnar API (`computePlacementColumns`, the compute-only path the 5× target is
 * about), then `computePlacements` with explain off (the same columns materialised as objects), then, up to
 * 200 000 employees, with explanations. Columns run first so their peak RSS is not inflated by the object runs
 * (peak RSS is the process's high-water mark, cumulative over the rows of one scale).
 * @param scale - employees per workload; without it (or `null`), 100 000 and 1 000 000
 * @returns one row per workload
 * @throws when box counts or any sampled employee's outputs differ from the baseline's (a wrong result must not
 * report a time)
 */
export function runPlacementsBench({
  scale,
  settleHeap = true,
}: { scale?: number | null; settleHeap?: boolean } = {}): PlacementsBenchRow[] {
  const scales = scale === undefined || scale === null ? [100_000, 1_000_000] : [scale];
  const settle = makeSettle(settleHeap);
  const rows: PlacementsBenchRow[] = [];
  for (const n of scales) {
    const review = buildSyntheticReview(n);
    rows.push(measure(review, 'columns', 5, settle));
    rows.push(measure(review, 'objects', 5, settle));
    if (n <= 200_000) rows.push(measure(review, 'explain', 5, settle));
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

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const argv = process.argv.slice(2);
    printBenchTable(runPlacementsBench({ scale: parseScale(argv), settleHeap: !argv.includes('--no-settle') }));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
