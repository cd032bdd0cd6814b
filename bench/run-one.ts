/** Runs one registered benchmark in this process and prints its rows as one JSON line for the harness. */
import { BENCHMARKS } from './registry.js';

const [name, ...rest] = process.argv.slice(2);
const scaleIndex = rest.indexOf('--scale');
const scale = scaleIndex >= 0 ? Number(rest[scaleIndex + 1]) : null;
const bench = BENCHMARKS.find((b) => b.name === name);
if (!bench) {
  process.stderr.write(`unknown benchmark ${name}\n`);
  process.exit(2);
}
const rows = await bench.run({ scale });
process.stdout.write(`BENCH_ROWS ${JSON.stringify(rows)}\n`);
process.exit(0);
