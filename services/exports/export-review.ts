/**
 * The committee pack of a review for download, as XLSX or PDF: the same pack either way, read through the read
 * verbs the API and bots use, and audited once per download as `export.review`.
 */
import { recordAudit } from '../audit/record-audit.js';
import type { ServiceContext } from '../context.js';
import { loadReviewPack } from './review-pack.js';
import { reviewPackPdf } from './review-pack.pdf.js';
import { reviewPackXlsx } from './review-pack.xlsx.js';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const PDF_CONTENT_TYPE = 'application/pdf';

export type PackFormat = 'xlsx' | 'pdf';

export interface ReviewExport {
  fileName: string;
  contentType: string;
  data: Buffer;
}

/**
 * @param input.reviewId - a review id or `latest`
 * @param input.perOpd - add the nine-box of every OPD
 * @returns the file and a name `talenta-<instansi>-<asOf>.<format>`
 */
export async function exportReview(
  ctx: ServiceContext,
  input: { instansiKode: string; reviewId: string; format?: PackFormat; perOpd?: boolean },
): Promise<ReviewExport> {
  const format = input.format ?? 'xlsx';
  const pack = await loadReviewPack(ctx, { instansiKode: input.instansiKode, reviewId: input.reviewId, perOpd: input.perOpd ?? false });
  const data = format === 'pdf' ? await reviewPackPdf(pack) : await reviewPackXlsx(pack);
  await recordAudit(ctx, {
    instansiId: pack.instansiId,
    action: 'export.review',
    target: pack.review.id,
    details: {
      format, placements: pack.placements.length, positions: pack.slates.length, calibrations: pack.calibrations.length,
      abkPositions: pack.abk.positions.positions.length,
    },
  });
  return {
    fileName: `talenta-${pack.instansi.kode}-${pack.review.asOf}.${format}`,
    contentType: format === 'pdf' ? PDF_CONTENT_TYPE : XLSX_CONTENT_TYPE,
    data,
  };
}
