/**
 * National-scale benchmark of the succession engine on a synthetic ASN workforce (default 5 600 000 employees,
 * ~6 % structural ≈ 320 000 structural posts; see succession.synthetic.ts). Two workloads:
 * 1. one national call computing slates for every critical position (BKN-level talent pool);
 * 2. every instansi reviewed on its own, as pemda reviews run.
 *
 *   node --import tsx bench/succession.bench.ts [--employees N] [--near-miss-limit K|all]
 *     [--instansi-near-miss-limit K|all] [--sample S]
 *
 * Results are validated before any time is reported: every slate entry passes every gate (recomputed from the raw
 * records), slates are in slate order, counts and risk flags agree, near misses fail exactly one gate, and S sampled
 * positions match a per-position scan of the whole talent pool, which is also the timed baseline (extrapolated to
 * every critical position). Any failure exits non-zero. `runSuccessionBench` is exported for the `npm run bench`
 * harness.
 */
import { pathToFileURL } from 'node:url';
import { computeSuccession } from '../analytics/succession/index.js';
import { peakRssMb, printBenchTable, type BenchRow } from './bench-row.js';
import { buildNationalInputs, instansiInputs, type InstansiBounds } from './succession.synthetic.js';
import { createValidator } from './succession.validator.js';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Wall and CPU time of `fn` (CPU includes V8's helper threads; the box may be shared, so both are reported). */
function timed<T>(fn: () => T): { value: T; wallMs: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const t = performance.now();
  const value = fn();
  const used = process.cpuUsage(cpu);
  return { value, wallMs: performance.now() - t, cpuMs: (used.user + used.system) / 1000 };
}

/**
 * Builds the synthetic national workforce and measures two workloads, both validated:
 * 1. one national call (BKN-level talent pool): slates for every critical position, `nearMissLimit` near misses
 *    each; cross-checked against a per-position pool scan, which is also the baseline (extrapolated);
 * 2. every instansi reviewed on its own, as pemda reviews run, with `instansiNearMissLimit` (default: all near
 *    misses, the published default).
 * `peakRssMb` of each row is the process peak right after that workload (inputs included).
 */
export function runSuccessionBench({
  employees,
  nearMissLimit = 10,
  instansiNearMissLimit = null,
  sample = 20,
  log = () => {},
}: {
  employees: number;
  nearMissLimit?: number | null;
  instansiNearMissLimit?: number | null;
  sample?: number;
  log?: (line: string) => void;
}): BenchRow[] {
  let t = performance.now();
  const { inputs, instansi, structural } = buildNationalInputs({ employees, nearMissLimit });
  const buildMs = performance.now() - t;
  log(
    `inputs: ${inputs.employees.length} employees, ${instansi.length} instansi, ${inputs.units.length} units, ` +
      `${inputs.positions.length} positions (${structural} structural) in ${seconds(buildMs)}, RSS ${peakRssMb()} MB`,
  );
  const validator = createValidator(inputs);
  const rows: BenchRow[] = [];
  {
    const run = timed(() => computeSuccession(inputs));
    const result = run.value;
    const computeMs = run.wallMs;
    const rss = peakRssMb();
    const withSlate = result.positions.filter((x) => x.hasSlate).length;
    log(`national call: ${seconds(computeMs)} wall, ${seconds(run.cpuMs)} CPU, peak RSS ${rss} MB; ${result.positions.length} positions listed, ${withSlate} slates`);
    t = performance.now();
    const checked = validator.check(result.positions, inputs.params, true);
    const { baselineMs, sampled } = validator.baseline(result.positions, inputs.params, sample);
    const m = result.metrics;
    log(`  validated in ${seconds(performance.now() - t)}: ${checked.slateEntries} slate entries, ${checked.nearMissRows} near-miss rows, ${sampled} positions re-derived by full pool scan`);
    log(
      `  metrics: ${m.criticalPositions} critical (${m.criticalWithoutSlate} without slate), ` +
        `${m.pctWithReadyNow}% with ready-now, mean eligible ${m.meanEligible}, ` +
        `${m.overloadedSuccessors} on ≥ ${inputs.params.overloadThreshold} slates`,
    );
    log(`  projection: ${result.projection.horizons.map((x) => `${x.months} mo ${x.losingIncumbent} losing / ${x.covered} covered`).join('; ')}`);
    log(`  baseline, per-position pool scan extrapolated: ${seconds(baselineMs)}`);
    rows.push({
      workload: `succession, national call: ${inputs.employees.length.toLocaleString('en')} employees, ${withSlate.toLocaleString('en')} slates`,
      oursMs: computeMs,
      baseline: `per-position talent-pool scan (${sampled} sampled, extrapolated)`,
      baselineMs,
      peakRssMb: rss,
      note: `CPU ${seconds(run.cpuMs)}; inputs built in ${seconds(buildMs)}; ${nearMissLimit ?? 'all'} near misses per position; validated ${checked.slateEntries} slate entries`,
    });
  }
  {
    let computeMs = 0;
    let cpuMs = 0;
    let slates = 0;
    let entries = 0;
    let nearMissRows = 0;
    for (let k = 0; k < instansi.length; k += 1) {
      const sub = instansiInputs(inputs, instansi[k] as InstansiBounds, validator.byEmployee, instansiNearMissLimit);
      const run = timed(() => computeSuccession(sub));
      const result = run.value;
      computeMs += run.wallMs;
      cpuMs += run.cpuMs;
      // Full re-derivation for the first instansi, counts and flags for all.
      const checked = validator.check(result.positions, sub.params, k < 3);
      slates += result.positions.filter((x) => x.hasSlate).length;
      entries += checked.slateEntries;
      nearMissRows += checked.nearMissRows;
    }
    const rss = peakRssMb();
    log(
      `per-instansi reviews: ${instansi.length} calls in ${seconds(computeMs)} wall, ${seconds(cpuMs)} CPU, ` +
        `${slates} slates, ${entries} slate entries, ${nearMissRows} near-miss rows ` +
        `(${instansiNearMissLimit ?? 'all'} per position), peak RSS ${rss} MB`,
    );
    rows.push({
      workload: `succession, ${instansi.length.toLocaleString('en')} instansi reviewed one by one (${inputs.employees.length.toLocaleString('en')} employees)`,
      oursMs: computeMs,
      baseline: null,
      baselineMs: null,
      peakRssMb: rss,
      note: `CPU ${seconds(cpuMs)}; ${slates} slates, ${nearMissRows} near-miss rows (${instansiNearMissLimit ?? 'all'} per position)`,
    });
  }
  return rows;
}

function argValue(argv: readonly string[], name: string): string | undefined {
  const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return undefined;
  const arg = argv[i] as string;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[i + 1];
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const argv = process.argv.slice(2);
  const employees = Number(argValue(argv, '--employees') ?? argValue(argv, '--scale') ?? 5_600_000);
  const limitArg = argValue(argv, '--near-miss-limit') ?? '10';
  const instansiLimitArg = argValue(argv, '--instansi-near-miss-limit') ?? 'all';
  const sample = Number(argValue(argv, '--sample') ?? 20);
  try {
    if (!Number.isInteger(employees) || employees <= 0) throw new Error('--employees harus bilangan bulat positif');
    const rows = runSuccessionBench({
      employees,
      nearMissLimit: limitArg === 'all' ? null : Number(limitArg),
      instansiNearMissLimit: instansiLimitArg === 'all' ? null : Number(instansiLimitArg),
      sample,
      log: (line) => process.stdout.write(`[succession] ${line}\n`),
    });
    printBenchTable(rows);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(1);
  }
}
