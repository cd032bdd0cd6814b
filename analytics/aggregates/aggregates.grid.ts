/**
 * Grid views of a review: box counts for a unit subtree, the distribution per unit, and the talent pool. Counting
 * is an arquero group-by over typed columns; the unit tree is walked in plain code, once per call.
 */
import { table } from 'arquero';
import { BOXES, type Box } from '../domain/enums.js';
import { boxLabel, boxRecommendations } from '../nine-box/nine-box.labels.js';
import { DEFAULT_POLICY } from '../policy/policy.defaults.js';
import type { Policy } from '../policy/policy.schema.js';
import type { UnitRecord } from '../types.js';
import type { BoxTally, GridCounts, PlacementLike, TalentPoolMember, UnitDistribution } from './aggregates.types.js';
import { effectiveBox, placementsInScope } from './aggregates.units.js';

interface ScopeArgs<P extends PlacementLike> {
  placements: readonly P[];
  /** employeeId → unitId (see `employeeUnitMap`). */
  employeeUnit: ReadonlyMap<number, number>;
  units: readonly UnitRecord[];
  /** Restrict to this unit's subtree; omitted or `null` = the whole instansi. */
  unitId?: number | null;
  /** Calibrations by employeeId; they win over each placement's own `calibratedBox`. */
  calibratedBoxes?: ReadonlyMap<number, Box>;
}

function emptyTally(): BoxTally {
  return { total: 0, belumTerpetakan: 0, byBox: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0, 8: 0, 9: 0 } };
}

function addToTally(tally: BoxTally, box: number, count: number): void {
  tally.total += count;
  if (box === 0) tally.belumTerpetakan += count;
  else tally.byBox[box as Box] += count;
}

/** Effective boxes as a typed column, 0 standing for BELUM_TERPETAKAN. */
function boxColumn(placements: readonly PlacementLike[], calibratedBoxes?: ReadonlyMap<number, Box>): Int8Array {
  return Int8Array.from(placements, (p) => effectiveBox(p, calibratedBoxes) ?? 0);
}

/** @returns the counts of effective boxes among `placements`. */
export function tallyBoxes(placements: readonly PlacementLike[], calibratedBoxes?: ReadonlyMap<number, Box>): BoxTally {
  const tally = emptyTally();
  const rows = table({ box: boxColumn(placements, calibratedBoxes) }).groupby('box').count().objects() as Array<{
    box: number;
    count: number;
  }>;
  for (const row of rows) addToTally(tally, row.box, row.count);
  return tally;
}

/**
 * The nine-box grid of a unit subtree (or the whole instansi): every box 1..9 with its label, count and
 * recommendations, plus the unplaced count. Uses the calibrated box where there is one.
 * @param policy - defines the box numbering behind labels and recommendations; defaults to PermenPANRB 3/2020
 */
export function gridCounts<P extends PlacementLike>(args: ScopeArgs<P> & { policy?: Policy }): GridCounts {
  const policy = args.policy ?? DEFAULT_POLICY;
  const tally = tallyBoxes(placementsInScope(args), args.calibratedBoxes);
  return {
    unitId: args.unitId ?? null,
    total: tally.total,
    boxes: BOXES.map((box) => ({
      box,
      label: boxLabel(box, policy),
      count: tally.byBox[box],
      rekomendasi: boxRecommendations(box, policy),
    })),
    belumTerpetakan: tally.belumTerpetakan,
  };
}

/**
 * Box counts per unit, both for the unit's own employees and for its whole subtree, ordered by unit kode.
 * Units without employees are listed with zero counts so a tree view needs no gaps filled.
 */
export function distributionByUnit<P extends PlacementLike>(
  args: Omit<ScopeArgs<P>, 'unitId'>,
): UnitDistribution[] {
  const { placements, employeeUnit, units, calibratedBoxes } = args;
  const located = placements.filter((p) => employeeUnit.has(p.employeeId));
  const counts = table({
    unitId: Int32Array.from(located, (p) => employeeUnit.get(p.employeeId)!),
    box: boxColumn(located, calibratedBoxes),
  })
    .groupby('unitId', 'box')
    .count()
    .objects() as Array<{ unitId: number; box: number; count: number }>;

  const direct = new Map<number, BoxTally>(units.map((u) => [u.id, emptyTally()]));
  const subtree = new Map<number, BoxTally>(units.map((u) => [u.id, emptyTally()]));
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
  for (const row of counts) {
    const own = direct.get(row.unitId);
    if (own === undefined) continue;
    addToTally(own, row.box, row.count);
    // Roll the count up every ancestor; `seen` guards against a cycle in bad data.
    const seen = new Set<number>();
    let u: number | null | undefined = row.unitId;
    while (u !== null && u !== undefined && !seen.has(u)) {
      seen.add(u);
      const tally = subtree.get(u);
      if (tally !== undefined) addToTally(tally, row.box, row.count);
      u = parentOf.get(u);
    }
  }
  return [...units]
    .sort((a, b) => (a.kode < b.kode ? -1 : a.kode > b.kode ? 1 : a.id - b.id))
    .map((u) => ({ unitId: u.id, kode: u.kode, nama: u.nama, direct: direct.get(u.id)!, subtree: subtree.get(u.id)! }));
}

/**
 * The talent pool (Kelompok Rencana Suksesi): employees whose effective box is one of the policy's pool boxes
 * (7, 8, 9 by default), best nilai talenta first, then by NIP.
 */
export function talentPool<P extends PlacementLike>(args: ScopeArgs<P> & { policy?: Policy }): TalentPoolMember[] {
  const pool = new Set<number>((args.policy ?? DEFAULT_POLICY).nineBox.talentPoolBoxes);
  const members: TalentPoolMember[] = [];
  for (const p of placementsInScope(args)) {
    const box = effectiveBox(p, args.calibratedBoxes);
    if (box === null || !pool.has(box)) continue;
    members.push({
      employeeId: p.employeeId,
      nip: p.nip ?? null,
      box,
      computedBox: p.box,
      nilaiTalenta: p.nilaiTalenta ?? null,
    });
  }
  return members.sort((a, b) => {
    const na = a.nilaiTalenta ?? -Infinity;
    const nb = b.nilaiTalenta ?? -Infinity;
    if (na !== nb) return nb - na;
    const pa = a.nip ?? '';
    const pb = b.nip ?? '';
    if (pa !== pb) return pa < pb ? -1 : 1;
    return a.employeeId - b.employeeId;
  });
}
