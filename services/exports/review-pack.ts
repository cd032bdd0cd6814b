/**
 * What the committee pack shows, read through the one snapshot read path and the read verbs the API and bots use
 * (calibrated boxes, scope): the grid (and one per OPD on request), placements, a slate with near misses for every
 * critical position, the risks and bench metrics, the calibration log, and the Neraca Pegawai (ABK) stored with the
 * review, since the committee decides moves and staffing together.
 */
import { opdOf } from '../../analytics/domain/unit-tree.js';
import { getAbkPositions } from '../abk/get-abk-positions.js';
import { getAbkUnits } from '../abk/get-abk-units.js';
import type { AbkPositions, AbkUnits } from '../abk/schemas.js';
import { createCalibrationsRepository } from '../../db/repositories/calibrations.repository.js';
import { createPlacementsRepository } from '../../db/repositories/placements.repository.js';
import { createSuccessionPlansRepository } from '../../db/repositories/succession-plans.repository.js';
import { withinScope } from '../access/people-scope.js';
import type { ServiceContext } from '../context.js';
import { openSnapshotRead, type SnapshotRead } from '../snapshots/open-snapshot-read.js';
import { getRisks } from '../succession/get-risks.js';
import { getSuccessors } from '../succession/get-successors.js';
import type { Risks, Successors } from '../succession/schemas.js';
import { getNineBox } from '../talent/get-nine-box.js';
import { listPlacements } from '../talent/list-placements.js';
import type { NineBox, PlacementItem } from '../talent/schemas.js';

export interface OpdGrid {
  unit: { kode: string; nama: string };
  grid: NineBox;
}

export interface CalibrationEntry {
  nip: string;
  nama: string;
  fromBox: number;
  toBox: number;
  alasan: string;
  actor: string;
  at: Date;
}

export interface ReviewPack {
  instansi: { kode: string; nama: string };
  review: { id: string; asOf: string; status: 'Draf' | 'Ditetapkan' };
  printedAt: Date;
  grid: NineBox;
  /** Empty unless the grid per OPD was asked for. */
  opdGrids: OpdGrid[];
  placements: PlacementItem[];
  /** One per critical position, in kode order. */
  slates: Successors[];
  risks: Risks;
  calibrations: CalibrationEntry[];
  /** The staffing balance of the caller's units; `tahun` null when the review holds no ABK data. */
  abk: { units: AbkUnits; positions: AbkPositions };
}

/** Placements are read in pages of this size; the pack holds the whole population. */
const PAGE = 500;

type Read = { instansiKode: string; reviewId: string };

async function allPlacements(ctx: ServiceContext, at: Read): Promise<PlacementItem[]> {
  const items: PlacementItem[] = [];
  let cursor: string | undefined;
  do {
    const page = await listPlacements.withoutAudit(ctx, { ...at, limit: PAGE, ...(cursor ? { cursor } : {}) });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

/** One grid per OPD (units one level below the root), in kode order. */
async function opdGrids(ctx: ServiceContext, read: SnapshotRead, at: Read): Promise<OpdGrid[]> {
  const { tree, units } = read.units;
  const grids: OpdGrid[] = [];
  for (const unit of units.filter((u) => u.parentId !== null && opdOf(tree, u.id) === u.id)) {
    grids.push({ unit: { kode: unit.kode, nama: unit.nama }, grid: await getNineBox.withoutAudit(ctx, { ...at, unitKode: unit.kode }) });
  }
  return grids;
}

/**
 * Opens the review through the snapshot read path (permission `export.read`) and reads every part with the read verbs
 * without their own audit rows: the caller audits the download once.
 * @param input.reviewId - a review id or `latest`
 */
export async function loadReviewPack(
  ctx: ServiceContext,
  input: { instansiKode: string; reviewId: string; perOpd: boolean },
): Promise<ReviewPack & { instansiId: number }> {
  const read = await openSnapshotRead(ctx, { instansiKode: input.instansiKode, reviewId: input.reviewId, permission: 'export.read' });
  const at: Read = { instansiKode: read.instansi.kode, reviewId: read.review.id };
  const plans = await createSuccessionPlansRepository({ db: read.db }).listWithSlates(read.review.id, read.unitIds);
  const slates: Successors[] = [];
  for (const plan of plans.filter((p) => p.kritikal)) {
    slates.push(await getSuccessors.withoutAudit(ctx, { ...at, positionKode: plan.positionKode }));
  }
  const log = await createCalibrationsRepository({ db: read.db }).listLogByReview(read.review.id);
  // The calibration log names people too: the one people scope decides whom it shows, as in every other read.
  const placed = await createPlacementsRepository({ db: read.db }).findByEmployeeIds(read.review.id, log.map((c) => c.employeeId));
  const unitOf = new Map(placed.map((p) => [p.employeeId, p.unitId]));
  const shownLog = withinScope(read.people, log, (c) => unitOf.get(c.employeeId)).visible;
  return {
    instansiId: read.instansi.id,
    instansi: { kode: read.instansi.kode, nama: read.instansi.nama },
    review: { id: read.review.id, asOf: read.review.asOf, status: read.review.finalizedAt ? 'Ditetapkan' : 'Draf' },
    printedAt: ctx.now(),
    grid: await getNineBox.withoutAudit(ctx, at),
    opdGrids: input.perOpd ? await opdGrids(ctx, read, at) : [],
    placements: await allPlacements(ctx, at),
    slates,
    risks: await getRisks.withoutAudit(ctx, at),
    calibrations: shownLog.map((c) => ({ nip: read.people.nip(c.nip), nama: c.nama, fromBox: c.fromBox, toBox: c.toBox, alasan: c.alasan, actor: c.actor, at: c.createdAt })),
    abk: { units: await getAbkUnits.withoutAudit(ctx, at), positions: await getAbkPositions.withoutAudit(ctx, at) },
  };
}
