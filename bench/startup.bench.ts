/**
 * Start-up as a new user meets it, whole processes of the compiled `talenta` command on the embedded database:
 * - first start: `talenta serve --demo` (what `npm start` runs) on an empty DATA_DIR — migrations, the demo
 *   kabupaten generated and imported through the import path, its first review computed — until `/health` answers
 *   200 and the printed URL serves the reviewed demo;
 * - restart: the same command on that DATA_DIR until `/health` answers 200.
 * There is no peer baseline for these: the targets are absolute (≤ 20 s and ≤ 3 s on the 2-core machine).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../tools/local-services.js';
import { assertBench, type BenchRow } from './bench-row.js';
import { startTalenta, waitForOk } from './cli-process.js';

const READY_LINE = /berjalan di (http:\/\/\S+)/;

async function timeServe(env: NodeJS.ProcessEnv, demo: boolean): Promise<{ ms: number; output: string; rssMb: number }> {
  const started = performance.now();
  const server = startTalenta(['serve', ...(demo ? ['--demo'] : [])], env);
  try {
    const base = `http://127.0.0.1:${env.PORT}`;
    const healthMs = await waitForOk(`${base}/health`, started, 120_000, server);
    // With --demo the printed URL comes after the first review: the start is done when both hold.
    for (;;) {
      if (READY_LINE.test(server.output())) break;
      if (server.child.exitCode !== null) throw new Error(`serve exited early (code ${server.child.exitCode})`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return { ms: Math.max(healthMs, performance.now() - started), output: server.output(), rssMb: server.peakRssMb() };
  } finally {
    await server.stop();
  }
}

export async function runStartupBench(): Promise<BenchRow[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'talenta-startup-'));
  const env = { DATA_DIR: join(dataDir, 'data'), PORT: String(await freePort()), HOST: '127.0.0.1', LOG_LEVEL: 'warn' };
  try {
    const first = await timeServe(env, true);
    assertBench(/Tinjauan talenta pertama selesai/.test(first.output), 'the first start did not complete the demo review');
    const restart = await timeServe(env, false);
    return [
      {
        workload: 'first start (talenta serve --demo, empty DATA_DIR) to /health 200, demo reviewed',
        oursMs: first.ms,
        baseline: null,
        baselineMs: null,
        peakRssMb: first.rssMb,
        note: 'whole process, compiled code, embedded database; target ≤ 20 s',
      },
      {
        workload: 'restart of talenta serve on the demo data to /health 200',
        oursMs: restart.ms,
        baseline: null,
        baselineMs: null,
        peakRssMb: restart.rssMb,
        note: 'whole process; target ≤ 3 s',
      },
    ];
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
