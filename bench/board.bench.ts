/**
 * The committee board's payload under load: autocannon against the real server on loopback (the demo instansi at
 * 5,000 employees with its first review, in-memory PGlite), `GET …/reviews/latest/board?unit=<root>` for the whole
 * subtree as a KOMITE (the grid plus every person, audited on every read) at concurrency 20. The target is a p99
 * under 100 ms. The payload is checked to hold every employee before anything is timed.
 *
 * Standalone: `node --import tsx bench/board.bench.ts [--duration 20] [--employees 5000]`.
 */
import { buildServer } from '../server/app.js';
import { apiRoutes } from '../server/routes/api/index.js';
import { createToken } from '../services/access/tokens/index.js';
import { SYSTEM_PRINCIPAL } from '../services/context.js';
import { DEMO_INSTANSI } from '../services/demo/demo-defaults.js';
import { createInstansiRepository } from '../db/repositories/instansi.repository.js';
import { createUnitsRepository } from '../db/repositories/units.repository.js';
import { hammer, prepare } from './api-load.bench.js';
import { assertBench, peakRssMb, type BenchRow } from './bench-row.js';

const CONNECTIONS = 20;

export async function runBoardBench(options: { duration?: number; employees?: number } = {}): Promise<BenchRow[]> {
  const duration = options.duration ?? 20;
  const employees = options.employees ?? 5000;
  const { deps, close } = await prepare(employees);
  const app = await buildServer(deps, { plugins: [apiRoutes] });
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const ctx = { deps, actor: { type: 'system' as const, job: 'bench' }, principal: SYSTEM_PRINCIPAL, log: deps.log, now: () => new Date() };
    const { token } = await createToken(ctx, { role: 'KOMITE', name: 'bench-komite', instansiKode: DEMO_INSTANSI.kode });
    const instansi = (await createInstansiRepository({ db: deps.dbHandle.db }).findByKode(DEMO_INSTANSI.kode))!;
    const units = await createUnitsRepository({ db: deps.dbHandle.db }).listByInstansi(instansi.id);
    const root = units.find((u) => u.parentId === null)!;
    const url = `http://127.0.0.1:${port}/api/v1/instansi/${DEMO_INSTANSI.kode}/reviews/latest/board?unit=${encodeURIComponent(root.kode)}`;

    const first = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    const payload = (await first.json()) as { total: number; people: unknown[] | null };
    const bytes = JSON.stringify(payload).length;
    assertBench(first.ok && payload.total === employees && payload.people?.length === employees, `board payload holds ${payload.total} of ${employees} employees`);

    const r = await hammer(url, token, duration, CONNECTIONS);
    const failures = r.errors + r.timeouts + r.non2xx;
    assertBench(failures === 0, `board: ${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx`);
    return [
      {
        workload: `api board payload, ${employees} employees in a subtree (c=${CONNECTIONS})`,
        oursMs: r.latency.p99,
        baseline: null,
        baselineMs: null,
        peakRssMb: peakRssMb(),
        note: `p99 ${r.latency.p99} ms (target < 100 ms), p50 ${r.latency.p50} ms, ${Math.round(r.requests.average)} req/s, ${r.requests.total} requests, ${(bytes / 1e6).toFixed(2)} MB per payload`,
      },
    ];
  } finally {
    await app.close();
    await close();
  }
}

function argValue(name: string): number | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await runBoardBench({ duration: argValue('--duration') ?? 20, employees: argValue('--employees') ?? 5000 });
  for (const row of rows) process.stdout.write(`${row.workload}: ${row.note}\n`);
  process.exit(0);
}
