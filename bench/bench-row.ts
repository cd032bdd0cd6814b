/** One line of the benchmark table: our time beside a baseline measured in the same run. */
export interface BenchRow {
  workload: string;
  oursMs: number;
  /** What the baseline is (typed-array loop, SQL in PostgreSQL, COPY I/O floor …); null when there is none. */
  baseline: string | null;
  baselineMs: number | null;
  /** Peak resident memory of the process that ran the workload. */
  peakRssMb: number;
  note?: string;
}

export function peakRssMb(): number {
  // maxRSS is in kilobytes on Linux.
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

export function ratio(row: BenchRow): string {
  return row.baselineMs && row.baselineMs > 0 ? `${(row.oursMs / row.baselineMs).toFixed(2)}×` : '—';
}

/** Fails the whole run loudly: a benchmark whose results are wrong must not report a time. */
export function assertBench(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`benchmark result check failed: ${message}`);
}

/** The harness table: workload, our time, the baseline beside it, their ratio, peak memory; notes below. */
export function printBenchTable(rows: readonly BenchRow[]): void {
  const header = ['workload', 'ours', 'baseline', 'baseline time', 'ratio', 'peak RSS'];
  const body = rows.map((r) => [
    r.workload,
    `${r.oursMs.toFixed(0)} ms`,
    r.baseline ?? '—',
    r.baselineMs === null ? '—' : `${r.baselineMs.toFixed(0)} ms`,
    ratio(r),
    `${r.peakRssMb} MB`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  process.stdout.write(`${line(header)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n`);
  for (const b of body) process.stdout.write(`${line(b)}\n`);
  for (const r of rows.filter((x) => x.note)) process.stdout.write(`  ${r.workload}: ${r.note}\n`);
}
