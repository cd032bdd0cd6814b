/**
 * API load: autocannon against the real server on loopback (buildServer + listen on port 0, in-memory PGlite holding
 * the demo instansi with its first review completed), the nine-box and successors (Kepala Dinas Pendidikan)
 * endpoints at concurrency 50. Any error or non-2xx fails the run.
 *
 * Standalone: `node --import tsx bench/api-load.bench.ts [--duration 30] [--employees 3000]`.
 */
import autocannon from 'autocannon';
import { createDb } from '../db/client.js';
import { runMigrations } from '../db/migrate.js';
import { parseConfig } from '../lib/config-schema.js';
import { createLogger } from '../lib/logger.js';
import { buildServer } from '../server/app.js';
import { apiRoutes } from '../server/routes/api/index.js';
import { ensureDemoAdminToken } from '../services/access/tokens/index.js';
import { createAuditBatcher } from '../services/audit/audit-batcher.js';
import { createReadCache } from '../services/cache/read-cache.js';
import { SYSTEM_PRINCIPAL, type ServiceContext } from '../services/context.js';
import type { Deps } from '../services/deps.js';
import { DEMO_INSTANSI } from '../services/demo/demo-defaults.js';
import { seedDemo } from '../services/demo/seed-demo.js';
import type { RunReviewJob } from '../services/reviews/review-queue.js';
import { requestReview } from '../services/reviews/request-review.js';
import { systemContext } from '../jobs/system-context.js';
import { runReview } from '../services/reviews/run-review.js';
import { assertBench, peakRssMb, type BenchRow } from './bench-row.js';

type AutocannonResult = Awaited<ReturnType<typeof autocannon>>;

const INSTANSI = DEMO_INSTANSI.kode;
const AS_OF = '2026-11-22';
const CONNECTIONS = 50;

export interface ApiLoadResult {
  endpoint: string;
  requestsPerSecond: number;
  p99Ms: number;
  p50Ms: number;
  total: number;
}

/** An in-memory PGlite holding the demo instansi with `employees` people and its first review, wired as `serve` wires it. */
export async function prepare(employees: number): Promise<{ deps: Deps; close: () => Promise<void> }> {
  const dbHandle = await createDb({ memory: true });
  await runMigrations(dbHandle);
  const parsed = parseConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_MAX: '100000000' });
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  const jobs: RunReviewJob[] = [];
  const deps: Deps = {
    config: parsed.config,
    log: createLogger({ level: 'silent', pretty: false }),
    dbHandle,
    queue: { kind: 'in-process', enqueueReview: async (job) => void jobs.push(job), upsertSchedule: async () => {}, removeSchedule: async () => {} },
    // As the composition root (cli/runtime.ts) wires them.
    readCache: createReadCache(),
    auditBatcher: createAuditBatcher({ db: dbHandle.db, log: createLogger({ level: 'silent', pretty: false }) }),
  };
  const ctx: ServiceContext = { deps, actor: { type: 'system', job: 'bench' }, principal: SYSTEM_PRINCIPAL, log: deps.log, now: () => new Date() };
  const seeded = await seedDemo(ctx, { instansiKode: INSTANSI, nama: DEMO_INSTANSI.nama, seed: 1, size: employees, asOf: AS_OF });
  assertBench(seeded.reports.every((r) => r.rejected.length === 0), 'demo data imported with rejections');
  await requestReview(ctx, { instansiKode: INSTANSI, asOf: AS_OF });
  for (const job of jobs.splice(0)) await runReview(systemContext(deps, { job: 'bench' }), { reviewId: job.reviewId });
  return {
    deps,
    close: async () => {
      await deps.auditBatcher?.close();
      await dbHandle.close();
    },
  };
}

export async function hammer(url: string, token: string, duration: number, connections = CONNECTIONS): Promise<AutocannonResult> {
  // The load generator in a worker thread of its own: on the server's event loop it would read every answer there
  // (2.3 MB each for the board) and its time would count as the server's latency.
  return autocannon({ url, connections, duration, workers: 1, headers: { authorization: `Bearer ${token}` } });
}

/**
 * @param options.duration - seconds per endpoint. @defaultValue 30
 * @param options.employees - size of the demo instansi. @defaultValue 3000
 */
export async function runApiLoadBench(options: { duration?: number; employees?: number } = {}): Promise<ApiLoadResult[]> {
  const duration = options.duration ?? 30;
  const { deps, close } = await prepare(options.employees ?? 3000);
  const app = await buildServer(deps, { plugins: [apiRoutes] });
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const token = await ensureDemoAdminToken(systemContext(deps, { job: 'bench' }), { instansiKode: INSTANSI });
    const base = `http://127.0.0.1:${port}/api/v1/instansi/${INSTANSI}`;
    const targets = {
      'nine-box': `${base}/reviews/latest/nine-box`,
      successors: `${base}/positions/DISDIK-KEPALA/successors`,
    };
    const results: ApiLoadResult[] = [];
    for (const [endpoint, url] of Object.entries(targets)) {
      const r = await hammer(url, token, duration);
      const failures = r.errors + r.timeouts + r.non2xx;
      assertBench(failures === 0, `${endpoint}: ${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx`);
      results.push({ endpoint, requestsPerSecond: r.requests.average, p99Ms: r.latency.p99, p50Ms: r.latency.p50, total: r.requests.total });
    }
    return results;
  } finally {
    await app.close();
    await close();
  }
}

/** Rows for the `npm run bench` table: mean time per request at the measured throughput. */
export function toBenchRows(results: readonly ApiLoadResult[]): BenchRow[] {
  return results.map((r) => ({
    workload: `api ${r.endpoint} (c=${CONNECTIONS})`,
    oursMs: r.p99Ms,
    baseline: null,
    baselineMs: null,
    peakRssMb: peakRssMb(),
    note: `${Math.round(r.requestsPerSecond)} req/s, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms, ${r.total} requests`,
  }));
}

function argValue(name: string): number | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await runApiLoadBench({ duration: argValue('--duration') ?? 30, employees: argValue('--employees') ?? 3000 });
  for (const r of results) {
    process.stdout.write(`${r.endpoint}: ${Math.round(r.requestsPerSecond)} req/s, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms (${r.total} requests)\n`);
  }
  process.exit(0);
}
