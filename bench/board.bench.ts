/**
 * The committee board's payload under load: autocannon against the real server on loopback (the demo instansi at
 * 5,000 employees with its first review, in-memory PGlite), `GET …/reviews/latest/board?unit=<root>` for the whole
 * subtree as a KOMITE (audited on every read) at concurrency 20, for each request the board makes: the grid, the
 * first page of the biggest list a committee can open, and a later page of it (scrolled, with a cursor). The target
 * is a p99 under 100 ms. An API client asking for that whole list at once is timed beside them for reference. The
 * payload is checked to hold every employee, and the pages the whole list, before anything is timed.
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
/** The board's page size (web/src/board/use-listed-people.ts). */
const PAGE = 200;

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

    // What the board fetches: the grid (`box=none`), then the people of the box the committee opens. The check holds
    // the whole list once; then the grid and the biggest list a committee can open are timed.
    const get = async (query: string) => {
      const res = await fetch(`${url}&${query}`, { headers: { authorization: `Bearer ${token}` } });
      const text = await res.text();
      assertBench(res.ok, `board ${query}: HTTP ${res.status}`);
      type Answer = { total: number; people: Array<{ id: number }> | null; nextCursor: string | null; boxes: Array<{ box: number; count: number }>; belumTerpetakan: { count: number } };
      return { bytes: text.length, body: JSON.parse(text) as Answer };
    };
    const all = await get('box=all');
    assertBench(all.body.total === employees && all.body.people?.length === employees, `board payload holds ${all.body.total} of ${employees} employees`);
    // The biggest list a committee can open: a box or the unplaced area (often the largest where assessments are few).
    const lists = [...all.body.boxes.map((b) => ({ name: `box ${b.box}`, query: `box=${b.box}`, count: b.count })),
      { name: 'the unplaced area', query: 'box=unplaced', count: all.body.belumTerpetakan.count }];
    const biggest = lists.sort((a, b) => b.count - a.count)[0]!;
    const grid = await get('box=none');
    const whole = await get(biggest.query);
    assertBench(grid.body.people?.length === 0 && whole.body.people?.length === biggest.count, `${biggest.name} lists ${whole.body.people?.length} of ${biggest.count}`);
    // Walk the pages once: together they are the whole list; the last full page is the one timed as "scrolled".
    const pageQueries: string[] = [];
    const walked: number[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `${biggest.query}&limit=${PAGE}${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await get(query);
      pageQueries.push(query);
      walked.push(...(page.body.people ?? []).map((p) => p.id));
      cursor = page.body.nextCursor;
    } while (cursor !== null);
    assertBench(walked.join() === whole.body.people.map((p) => p.id).join(), `the ${pageQueries.length} pages of ${biggest.name} hold the whole list`);
    const firstPage = pageQueries[0]!;
    const laterPage = pageQueries.at(pageQueries.length > 1 ? -2 : -1)!;

    const rows: BenchRow[] = [];
    for (const [what, query, bytes] of [
      ['grid', 'box=none', grid.bytes],
      [`first page (${PAGE}) of its biggest list (${biggest.name}, ${biggest.count} people)`, firstPage, null],
      [`a later page (${PAGE}, by cursor) of that list`, laterPage, null],
      [`that whole list at once, as an API client may ask (the board pages it; no target)`, biggest.query, whole.bytes],
    ] as const) {
      const r = await hammer(`${url}&${query}`, token, duration, CONNECTIONS);
      const failures = r.errors + r.timeouts + r.non2xx;
      assertBench(failures === 0, `board ${query}: ${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx`);
      const size = bytes ?? (await get(query)).bytes;
      rows.push({
        workload: `api board ${what}, ${employees} employees in a subtree (c=${CONNECTIONS})`,
        oursMs: r.latency.p99,
        baseline: null,
        baselineMs: null,
        peakRssMb: peakRssMb(),
        note: `p99 ${r.latency.p99} ms${what.includes('no target') ? '' : ' (target < 100 ms)'}, p50 ${r.latency.p50} ms, ${Math.round(r.requests.average)} req/s, ${r.requests.total} requests, ${(size / 1e6).toFixed(2)} MB per answer`,
      });
    }
    return rows;
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
