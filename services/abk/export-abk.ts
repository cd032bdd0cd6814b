/**
 * The Neraca Pegawai of a review as an XLSX download: "Form D", "Neraca per Unit", "Rincian kebutuhan 5 tahun" and
 * "Redistribusi", read
 * through the ABK read verbs (same scope, masking and names as the API) and audited once as `export.abk`.
 */
import { loadExcel } from '../exports/load-renderers.js';
import { recordAudit } from '../audit/record-audit.js';
import type { ServiceContext } from '../context.js';
import { resolveInstansi } from '../instansi/resolve-instansi.js';
import { addAbkSheet, formDTable, redistribusiTable, rincianTable, unitsTable } from './abk.sheets.js';
import { getAbkOutlook } from './get-abk-outlook.js';
import { getAbkPositions } from './get-abk-positions.js';
import { getAbkRedistribution } from './get-abk-redistribution.js';
import { getAbkUnits } from './get-abk-units.js';
import type { GetAbkInput } from './schemas.js';

export interface AbkExport {
  fileName: string;
  data: Buffer;
}

export async function exportAbk(ctx: ServiceContext, input: GetAbkInput): Promise<AbkExport> {
  const instansi = await resolveInstansi(ctx, input.instansiKode, 'export.read');
  const positions = await getAbkPositions.withoutAudit(ctx, input);
  const units = await getAbkUnits.withoutAudit(ctx, input);
  const outlook = await getAbkOutlook.withoutAudit(ctx, input);
  const redistribution = await getAbkRedistribution.withoutAudit(ctx, input);

  const { Workbook } = await loadExcel();
  const workbook = new Workbook();
  workbook.creator = 'Talenta';
  workbook.created = ctx.now();
  const tables = [formDTable(positions), unitsTable(units), rincianTable(outlook), redistribusiTable(redistribution)];
  for (const table of tables) addAbkSheet(workbook, table);
  const data = Buffer.from(await workbook.xlsx.writeBuffer());

  await recordAudit(ctx, {
    instansiId: instansi.id,
    action: 'export.abk',
    target: positions.review.id,
    details: { positions: positions.positions.length, unit: positions.unit?.kode ?? null },
  });
  const scope = positions.unit === null ? '' : `-${positions.unit.kode}`;
  return { fileName: `talenta-abk-${instansi.kode}${scope}-${positions.review.asOf}.xlsx`, data };
}
