/**
 * `talenta demo` and `npm start`: seeds the demo instansi through the import path. The reference date defaults to
 * today where the work runs (the server's clock and timezone when a server runs).
 */
import { todayIn } from '../../lib/dates.js';
import type { ServiceContext } from '../../services/context.js';
import { DEMO_INSTANSI } from '../../services/demo/demo-defaults.js';
import type { DemoData } from '../../services/demo/generate-demo-data.js';
import { seedDemo } from '../../services/demo/seed-demo.js';
import type { ImportReport } from '../../services/imports/import-report.schema.js';

export interface SeedDemoRequest {
  instansi: string;
  size: number;
  seed: number;
  /** `YYYY-MM-DD`; default today in `TZ_DEFAULT`. */
  asOf?: string | undefined;
  /** Return the generated CSV files too (for `--out`). */
  withFiles?: boolean;
}

export interface SeedDemoOutcome {
  instansi: string;
  created: boolean;
  asOf: string;
  reports: ImportReport[];
  files: DemoData | null;
}

export async function seedDemoOperation(ctx: ServiceContext, input: SeedDemoRequest): Promise<SeedDemoOutcome> {
  const asOf = input.asOf ?? todayIn(ctx.deps.config.TZ_DEFAULT, ctx.now());
  const result = await seedDemo(ctx, {
    instansiKode: input.instansi,
    nama: input.instansi === DEMO_INSTANSI.kode ? DEMO_INSTANSI.nama : `Demo ${input.instansi}`,
    seed: input.seed,
    size: input.size,
    asOf,
  });
  return { instansi: result.instansi.kode, created: result.created, asOf, reports: result.reports, files: input.withFiles ? result.data : null };
}
