import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '../../db/client.js';
import { queryRows } from '../../db/sql.js';
import { SYSTEM_PRINCIPAL, type ServiceContext } from '../../services/context.js';
import { generateDemoData } from '../../services/demo/generate-demo-data.js';
import { seedDemo, type SeedDemoResult } from '../../services/demo/seed-demo.js';
import { createPgliteTestDb } from '../helpers/test-db.js';
import { createTestDeps } from '../helpers/test-deps.js';

const OPTIONS = { seed: 7, size: 300, asOf: '2026-06-30' } as const;

describe('demo data', () => {
  let handle: DbHandle;
  let result: SeedDemoResult;
  beforeAll(async () => {
    handle = await createPgliteTestDb();
    const deps = createTestDeps(handle);
    const ctx: ServiceContext = { deps, actor: { type: 'cli' }, principal: SYSTEM_PRINCIPAL, log: deps.log, now: () => new Date('2026-06-30T03:00:00Z') };
    result = await seedDemo(ctx, { instansiKode: 'kab-contoh', nama: 'Pemerintah Kabupaten Contoh', ...OPTIONS });
  });
  afterAll(async () => {
    await handle.close();
  });

  it('is deterministic for a seed and changes with the seed', () => {
    expect(generateDemoData(OPTIONS)).toEqual(generateDemoData(OPTIONS));
    expect(generateDemoData({ ...OPTIONS, seed: 8 }).employees).not.toBe(generateDemoData(OPTIONS).employees);
  });

  it('imports every generated row through the import path without a single rejection', () => {
    expect(result.created).toBe(true);
    for (const report of result.reports) {
      expect(report.rejected, report.kind).toEqual([]);
      expect(report.inserted, report.kind).toBe(report.rows);
    }
    expect(result.reports.find((r) => r.kind === 'employees')?.rows).toBe(300);
  });

  it('has the shape of a kabupaten: ~30 % PPPK, vacant structural posts, incumbents near retirement, strong managers', async () => {
    const [shape] = await queryRows<{ pppk: number; total: number; vacant: number; structural: number; near_bup: number; strong: number }>(
      handle.db,
      sql`select
        (select count(*)::int from employees where jenis_pegawai = 'PPPK') as pppk,
        (select count(*)::int from employees) as total,
        (select count(*)::int from positions p where p.jenis_jabatan in ('JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS')
          and not exists (select 1 from employees e where e.position_id = p.id)) as vacant,
        (select count(*)::int from positions where jenis_jabatan in ('JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS')) as structural,
        (select count(*)::int from employees e join positions p on p.id = e.position_id
          where p.jenis_jabatan in ('ADMINISTRATOR', 'PENGAWAS') and e.tanggal_lahir <= date '2026-06-30' - interval '57 years') as near_bup,
        (select count(distinct e.id)::int from employees e join positions p on p.id = e.position_id
          join performance_ratings r on r.employee_id = e.id and r.tahun = 2026 and r.predikat in ('SANGAT_BAIK', 'BAIK')
          join assessments a on a.employee_id = e.id and a.tanggal > date '2023-06-30' and a.jpm >= 78
          where p.jenis_jabatan in ('ADMINISTRATOR', 'PENGAWAS')) as strong`,
    );
    expect(shape!.pppk / shape!.total).toBeGreaterThan(0.15);
    expect(shape!.pppk / shape!.total).toBeLessThan(0.4);
    expect(shape!.vacant).toBeGreaterThan(0);
    expect(shape!.vacant).toBeLessThan(shape!.structural / 3);
    expect(shape!.near_bup).toBeGreaterThan(0);
    // Proxy for the talent pool (boxes 7–9): good ratings and a strong, valid assessment.
    expect(shape!.strong).toBeGreaterThanOrEqual(6);
  });
});
