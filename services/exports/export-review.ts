/**
 * The committee pack of a review as an XLSX workbook: Grid (per OPD), Placements, Slates, Risks. Built only from the
 * read verbs the API and bots use, so the pack shows exactly what they show (calibrated boxes, masking, scope). The
 * verbs are called without their own audit rows: a download is audited once, as `export.review`.
 */
import ExcelJS from 'exceljs';
import { isWithin, opdOf } from '../../analytics/domain/unit-tree.js';
import { recordAudit } from '../audit/record-audit.js';
import type { ServiceContext } from '../context.js';
import { loadUnitScope, resolveInstansi } from '../instansi/resolve-instansi.js';
import { getReview } from '../reviews/get-review.js';
import { getRisks } from '../succession/get-risks.js';
import { getSuccessors } from '../succession/get-successors.js';
import { getNineBox } from '../talent/get-nine-box.js';
import { listPlacements } from '../talent/list-placements.js';
import { addGridSheet, addPlacementsSheet, addRisksSheet, addSlatesSheet, type OpdGrid } from './review-pack.sheets.js';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Placements are read in pages of this size; the pack holds the whole (scoped) population. */
const PAGE = 500;

export interface ReviewExport {
  fileName: string;
  data: Buffer;
}

/**
 * @param input.reviewId - a review id or `latest`.
 * @returns the workbook and a file name `talenta-<instansi>-<asOf>.xlsx`.
 */
export async function exportReview(
  ctx: ServiceContext,
  input: { instansiKode: string; reviewId: string },
): Promise<ReviewExport> {
  const instansi = await resolveInstansi(ctx, input.instansiKode, 'export.read');
  const review = await getReview(ctx, { instansiKode: instansi.kode, reviewId: input.reviewId });
  const reviewId = review.id;
  const grids = await loadOpdGrids(ctx, instansi.id, instansi.kode, reviewId);
  const placements = await loadAllPlacements(ctx, instansi.kode, reviewId);
  const risks = await getRisks(ctx, { instansiKode: instansi.kode, reviewId });
  const slates = [];
  for (const position of risks.positions) {
    slates.push(await getSuccessors.withoutAudit(ctx, { instansiKode: instansi.kode, positionKode: position.kode, reviewId }));
  }

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Talenta';
  workbook.created = ctx.now();
  addGridSheet(workbook, grids);
  addPlacementsSheet(workbook, placements);
  addSlatesSheet(workbook, slates);
  addRisksSheet(workbook, risks);
  const data = Buffer.from(await workbook.xlsx.writeBuffer());

  await recordAudit(ctx, {
    instansiId: instansi.id,
    action: 'export.review',
    target: reviewId,
    details: { placements: placements.length, positions: slates.length },
  });
  return { fileName: `talenta-${instansi.kode}-${review.asOf}.xlsx`, data };
}

/** One grid per OPD the caller may see (a PIMPINAN: only the OPDs inside its subtree, or its own unit). */
async function loadOpdGrids(ctx: ServiceContext, instansiId: number, instansiKode: string, reviewId: string): Promise<OpdGrid[]> {
  const scope = await loadUnitScope(ctx, instansiId);
  const opdIds = new Set(scope.units.map((u) => opdOf(scope.tree, u.id)));
  const scopeUnit = ctx.principal.unitId;
  const visible = scope.units.filter((u) => opdIds.has(u.id) && (scopeUnit === null || isWithin(scope.tree, u.id, scopeUnit)));
  const targets = visible.length > 0 || scopeUnit === null ? visible : scope.units.filter((u) => u.id === scopeUnit);
  const grids: OpdGrid[] = [];
  for (const unit of targets) {
    grids.push({ unit, grid: await getNineBox(ctx, { instansiKode, reviewId, unitKode: unit.kode }) });
  }
  return grids;
}

async function loadAllPlacements(ctx: ServiceContext, instansiKode: string, reviewId: string) {
  const items = [];
  let cursor: string | undefined;
  do {
    const page = await listPlacements.withoutAudit(ctx, { instansiKode, reviewId, limit: PAGE, ...(cursor ? { cursor } : {}) });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}
