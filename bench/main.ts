/**
 * `npm run bench [-- --scale N] [--only a,b]`: runs every benchmark, each in its own child process so peak memory
 * is per workload, and prints one table. Results are checked by the benchmarks themselves; any failure exits non-zero.
 */
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { printBenchTable, type BenchRow } from './bench-row.js';
import { BENCHMARKS, type Benchmark } from './registry.js';

interface Options {
  scale: number | null;
  only: string[] | null;
  json: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { scale: null, only: null, json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--scale') options.scale = Number(argv[++i]);
    else if (arg === '--only') options.only = String(argv[++i]).split(',');
    else if (arg === '--json') options.json = true;
  }
  if (options.scale !== null && (!Number.isInteger(options.scale) || options.scale <= 0)) {
    throw new Error('--scale harus bilangan bulat positif');
  }
  return options;
}

function runChild(bench: Benchmark, scale: number | null): BenchRow[] {
  const { name } = bench;
  const runner = fileURLToPath(new URL('./run-one.ts', import.meta.url));
  // National-scale runs hold millions of records: let the heap use most of the machine instead of V8's ~4 GB default.
  const heapMb = Math.floor((totalmem() / 2 ** 20) * 0.75);
  const args = [
    `--max-old-space-size=${heapMb}`, ...(bench.nodeFlags ?? []),
    '--import', 'tsx', runner, name, ...(scale === null ? [] : ['--scale', String(scale)]),
  ];
  const child = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
    env: process.env,
  });
  if (child.status !== 0) throw new Error(`benchmark "${name}" failed (exit ${child.status})`);
  const line = child.stdout.trim().split('\n').findLast((l) => l.startsWith('BENCH_ROWS '));
  if (!line) throw new Error(`benchmark "${name}" printed no result`);
  return JSON.parse(line.slice('BENCH_ROWS '.length)) as BenchRow[];
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const selected = BENCHMARKS.filter((b) => !options.only || options.only.includes(b.name));
  if (selected.length === 0) throw new Error(`no benchmark named ${options.only?.join(',')}; known: ${BENCHMARKS.map((b) => b.name).join(', ')}`);
  process.stdout.write(`Machine: ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}\n`);
  const rows: BenchRow[] = [];
  for (const bench of selected) {
    process.stderr.write(`[bench] ${bench.name} …\n`);
    rows.push(...runChild(bench, options.scale));
  }
  if (options.json) process.stdout.write(`${JSON.stringify(rows)}\n`);
  else printBenchTable(rows);
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
});
