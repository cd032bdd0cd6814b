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
