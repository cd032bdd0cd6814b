/**
 * Seeds the demo instansi: creates it when missing and imports every generated file through {@link importFile},
 * the same path an analyst's upload takes, so the demo exercises (and proves) the import rules.
 */
import { createInstansiRepository, type InstansiRow } from '../../db/repositories/instansi.repository.js';
import type { ServiceContext } from '../context.js';
import { importFile } from '../imports/import-file.js';
import { IMPORT_KINDS } from '../imports/import-kinds.js';
import type { ImportReport } from '../imports/import-report.schema.js';
import { createInstansi } from '../instansi/create-instansi.js';
import { generateDemoData, type DemoData, type DemoOptions } from './generate-demo-data.js';

export interface SeedDemoInput extends DemoOptions {
  instansiKode: string;
  /** Name used when the instansi has to be created. */
  nama: string;
}

export interface SeedDemoResult {
  instansi: InstansiRow;
  created: boolean;
  /** The generated files, e.g. for `--out`. */
  data: DemoData;
  /** One report per kind, in import order. */
  reports: ImportReport[];
}

export async function seedDemo(ctx: ServiceContext, input: SeedDemoInput): Promise<SeedDemoResult> {
  const existing = await createInstansiRepository({ db: ctx.deps.dbHandle.db }).findByKode(input.instansiKode);
  const instansi = existing ?? (await createInstansi(ctx, { kode: input.instansiKode, nama: input.nama }));
  const data = generateDemoData(input);
  const reports: ImportReport[] = [];
  for (const kind of IMPORT_KINDS) {
    reports.push(
      await importFile(ctx, { instansiKode: instansi.kode, kind, data: Buffer.from(data[kind], 'utf8'), fileName: `${kind}.csv` }),
    );
  }
  ctx.log.info({ instansiId: instansi.id, created: !existing }, 'demo data seeded');
  return { instansi, created: !existing, data, reports };
}
