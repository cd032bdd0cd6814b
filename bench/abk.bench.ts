/**
 * Benchmark of the ABK engine (Neraca Pegawai): `computeAbk` over a synthetic pemda (default 100 000 employees,
 * ~10 000 positions, ABK results for 60 % of them and five-task ABK for the rest) — need, balance, unit roll-ups, the
 * five-year outlook, vacancy priorities and named redistribution with every eligibility rule — against a plain
 * typed-array baseline doing the balance and outlook arithmetic only (abk.baseline.ts).
 *
 *   node --import tsx bench/abk.bench.ts [--scale N]
 *
 * Before any time is reported, the totals of both must agree (need, existing, shortage, surplus, the unit roll-ups'
 * shortage and the outlook's shortage and formasi per year). Times are medians of 5 interleaved runs after a warm-up.
 * `runAbkBench` is exported for the `npm run bench` harness.
 */
import { pathToFileURL } from 'node:url';
import { computeAbk, type AbkResult } from '../analytics/abk/index.js';
import { baselineBalance } from './abk.baseline.js';
import { buildAbkInputs } from './abk.synthetic.js';
import { assertBench, peakRssMb, printBenchTable, type BenchRow } from './bench-row.js';

const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function check(result: AbkResult, base: ReturnType<typeof baselineBalance>): void {
  const t = result.total;
  assertBench(t.kebutuhan === base.kebutuhan, `kebutuhan ${t.kebutuhan} ≠ ${base.kebutuhan}`);
  assertBench(t.existing === base.existing, `existing ${t.existing} ≠ ${base.existing}`);
  assertBench(t.kurang === base.kurang && t.lebih === base.lebih, `kurang/lebih ${t.kurang}/${t.lebih} ≠ ${base.kurang}/${base.lebih}`);
  const unitKurang = result.units.reduce((s, u) => s + u.kurang, 0);
  assertBench(unitKurang === base.unitKurang, `unit roll-up kurang ${unitKurang} ≠ ${base.unitKurang}`);
  result.outlook.totals.forEach((y, k) => {
    assertBench(y.kurang === base.outlookKurang[k], `outlook ${y.tahun} kurang ${y.kurang} ≠ ${base.outlookKurang[k]}`);
    assertBench(y.formasi === base.outlookFormasi[k], `outlook ${y.tahun} formasi ${y.formasi} ≠ ${base.outlookFormasi[k]}`);
  });
  assertBench(result.priorities.length > 0 && result.redistribution.length > 0, 'priorities and redistribution are empty');
}

export function runAbkBench({ scale }: { scale: number | null }): BenchRow[] {
  const employees = scale ?? 100_000;
  const inputs = buildAbkInputs({ employees });
  let result = computeAbk(inputs);
  let base = baselineBalance(inputs, result.outlook.years);
  check(result, base);
  const ours: number[] = [];
  const baseline: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    let t0 = performance.now();
    result = computeAbk(inputs);
    ours.push(performance.now() - t0);
    t0 = performance.now();
    base = baselineBalance(inputs, result.outlook.years);
    baseline.push(performance.now() - t0);
  }
  check(result, base);
  const named = result.redistribution.reduce((s, j) => s + j.moves.reduce((m, mv) => m + mv.candidates.length, 0), 0);
  return [
    {
      workload: `ABK balance, ${employees.toLocaleString('en-US')} employees (${inputs.positions.length.toLocaleString('en-US')} positions)`,
      oursMs: median(ours),
      baseline: 'typed-array balance + outlook arithmetic',
      baselineMs: median(baseline),
      peakRssMb: peakRssMb(),
      note:
        `ours ${Math.round(Math.min(...ours))}–${Math.round(Math.max(...ours))} ms incl. unit roll-ups, outlook, ` +
        `${result.priorities.length} priorities, ${result.redistribution.length} jabatan redistributed with ${named} named candidates; ` +
        `baseline ${Math.round(Math.min(...baseline))}–${Math.round(Math.max(...baseline))} ms; totals agree (need ${result.total.kebutuhan}, ` +
        `existing ${result.total.existing}, kurang ${result.total.kurang}, lebih ${result.total.lebih})`,
    },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const i = process.argv.indexOf('--scale');
  printBenchTable(runAbkBench({ scale: i >= 0 ? Number(process.argv[i + 1]) : null }));
}
