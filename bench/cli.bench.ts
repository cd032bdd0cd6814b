/**
 * The command line as an operator feels it, whole processes of the compiled `talenta` command beside `node -e 0`
 * (Node's own start-up, the floor) measured in the same run, interleaved so load on the machine hits all three alike:
 * - `talenta --help`: loads the command definitions only;
 * - `talenta instansi list` while `talenta serve` runs on the embedded database: answered by the server over its
 *   admin channel (the server's lock, a Unix socket), without loading the database, services or validation.
 * Each figure is the median of the runs; the target is ≤ 3× the floor.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertBench, type BenchRow } from './bench-row.js';
import { runTalenta, startTalenta } from './cli-process.js';

const RUNS = 21;
const BIN = fileURLToPath(new URL('../bin/talenta.js', import.meta.url));

/** Wall time of one whole process, in ms; its stdout for the result check. */
function timeProcess(args: string[], env: NodeJS.ProcessEnv): { ms: number; stdout: string } {
  const started = performance.now();
  const child = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, encoding: 'utf8' });
  const ms = performance.now() - started;
  if (child.status !== 0) throw new Error(`${args.join(' ')} failed (exit ${child.status}): ${child.stderr.trim()}`);
  return { ms, stdout: child.stdout };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function runCliBench(): Promise<BenchRow[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'talenta-cli-bench-'));
  const env = { DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' };
  const server = startTalenta(['serve'], env);
  try {
    while (!/berjalan di http/.test(server.output())) {
      if (server.child.exitCode !== null) throw new Error(`serve exited early (code ${server.child.exitCode})`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    runTalenta(['instansi', 'create', 'kab-bench', 'Kabupaten Bench'], env);
    const times = { node: [] as number[], help: [] as number[], list: [] as number[] };
    for (let i = 0; i < RUNS; i++) {
      times.node.push(timeProcess(['-e', '0'], env).ms);
      const help = timeProcess([BIN, '--help'], env);
      assertBench(help.stdout.includes('instansi'), '--help did not list the commands');
      times.help.push(help.ms);
      const list = timeProcess([BIN, 'instansi', 'list'], env);
      assertBench(list.stdout.startsWith('kab-bench\t'), `instansi list did not come from the server: ${list.stdout}`);
      times.list.push(list.ms);
    }
    const floor = median(times.node);
    const row = (workload: string, ms: number[], note: string): BenchRow => ({
      workload,
      oursMs: median(ms),
      baseline: 'node -e 0',
      baselineMs: floor,
      peakRssMb: 0,
      note: `median of ${RUNS} whole processes, interleaved with the baseline; ${note}; target ≤ 3×`,
    });
    return [
      row('talenta --help', times.help, 'command definitions only'),
      row('talenta instansi list (talenta serve running, embedded database)', times.list, 'answered over the admin channel'),
    ];
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
