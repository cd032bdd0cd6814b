/**
 * Every benchmark the harness knows. `scale` (from `--scale`) is the number of employees (rows for the import);
 * without it each benchmark runs its own default scales.
 */
import { REVIEW_SEMI_SPACE_MB } from '../cli/review-thread.js';
import type { BenchRow } from './bench-row.js';
import { runAbkBench } from './abk.bench.js';
import { runApiLoadBench, toBenchRows } from './api-load.bench.js';
import { runBoardBench } from './board.bench.js';
import { runCliBench } from './cli.bench.js';
import { runImportBench } from './import.bench.js';
import { runPlacementsBench } from './placements.bench.js';
import { runResponsivenessBench } from './responsiveness.bench.js';
import { runReviewBench } from './review.bench.js';
import { runStartupBench } from './startup.bench.js';
import { runSuccessionBench } from './succession.bench.js';

export interface Benchmark {
  name: string;
  run(options: { scale: number | null }): Promise<BenchRow[]>;
  /** V8 flags of the benchmark's process, where the code it times runs with other settings than Node's defaults. */
  nodeFlags?: readonly string[];
}

/** National scale: all ASN (BKN, 1 Nov 2025). */
export const NATIONAL_EMPLOYEES = 5_600_000;

export const BENCHMARKS: Benchmark[] = [
  { name: 'import', run: ({ scale }) => runImportBench({ rows: scale ?? 100_000 }) },
  { name: 'placements', run: async ({ scale }) => runPlacementsBench({ scale }) },
  {
    name: 'succession',
    run: async ({ scale }) => runSuccessionBench({ employees: scale ?? NATIONAL_EMPLOYEES }),
  },
  {
    name: 'review',
    run: ({ scale }) => runReviewBench({ scale }),
    // The pipeline runs on this process's main thread here; users' reviews run in the review thread, sized so.
    nodeFlags: [`--max-semi-space-size=${REVIEW_SEMI_SPACE_MB}`],
  },
  { name: 'api', run: async () => toBenchRows(await runApiLoadBench({ duration: 30 })) },
  { name: 'abk', run: async ({ scale }) => runAbkBench({ scale }) },
  { name: 'startup', run: () => runStartupBench() },
  { name: 'cli', run: () => runCliBench() },
  { name: 'responsiveness', run: ({ scale }) => runResponsivenessBench({ employees: scale ?? 50_000 }) },
  { name: 'board', run: ({ scale }) => runBoardBench({ employees: scale ?? 5000 }) },
];
