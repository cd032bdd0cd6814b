/**
 * Movement between reviews: the from-box × to-box matrix of two reviews (with the movers listed), and employees
 * who stay in the same box review after review. The matrix is an arquero full join on employee id followed by a
 * group-by; BELUM_TERPETAKAN is a row/column of its own (`null`).
 */
import { table } from 'arquero';
import { POTENSIAL_LEVEL, RATING, type Box } from '../domain/enums.js';
import { cellOfBox } from '../nine-box/nine-box.labels.js';
import { DEFAULT_POLICY } from '../policy/policy.defaults.js';
import type { Policy } from '../policy/policy.schema.js';
import type {
  BoxHistory,
  MoveDirection,
  Mover,
  PlacementLike,
  SameBoxStreak,
  TransitionCell,
  TransitionMatrix,
} from './aggregates.types.js';
import { effectiveBox } from './aggregates.units.js';

interface ReviewSide {
  placements: readonly PlacementLike[];
  calibratedBoxes?: ReadonlyMap<number, Box>;
}

/** Present-in-review marker columns: after a full join a missing side reads as undefined. */
function sideTable(side: ReviewSide, prefix: 'from' | 'to') {
  const { placements, calibratedBoxes } = side;
  return table({
    employeeId: Float64Array.from(placements, (p) => p.employeeId),
    [`${prefix}Box`]: Int8Array.from(placements, (p) => effectiveBox(p, calibratedBoxes) ?? 0),
    [`${prefix}Nip`]: placements.map((p) => p.nip ?? null),
  });
}

function boxOrNull(code: number): Box | null {
  return code === 0 ? null : (code as Box);
}

function compareNullableBox(a: Box | null, b: Box | null): number {
  return (a ?? 0) - (b ?? 0);
}

/**
 * Transition matrix between an earlier and a later review, on effective (calibrated ?? computed) boxes.
 * @param from - the earlier review's placements (and calibrations)
 * @param to - the later review's placements (and calibrations)
 */
export function transitionMatrix({ from, to }: { from: ReviewSide; to: ReviewSide }): TransitionMatrix {
  const joined = sideTable(from, 'from').join_full(sideTable(to, 'to'), 'employeeId');
  const rows = joined.objects() as Array<{
    employeeId: number;
    fromBox?: number;
    toBox?: number;
    fromNip?: string | null;
    toNip?: string | null;
  }>;
  let entered = 0;
  let left = 0;
  const movers: Mover[] = [];
  for (const r of rows) {
    if (r.fromBox === undefined) entered++;
    else if (r.toBox === undefined) left++;
    else if (r.fromBox !== r.toBox) {
      movers.push({
        employeeId: r.employeeId,
        nip: r.toNip ?? r.fromNip ?? null,
        from: boxOrNull(r.fromBox),
        to: boxOrNull(r.toBox),
      });
    }
  }
  const cellRows = joined
    .filter((d: { fromBox?: number; toBox?: number }) => d.fromBox != null && d.toBox != null)
    .groupby('fromBox', 'toBox')
    .count()
    .objects() as Array<{ fromBox: number; toBox: number; count: number }>;
  const cells: TransitionCell[] = cellRows
    .map((c) => ({ from: boxOrNull(c.fromBox), to: boxOrNull(c.toBox), count: c.count }))
    .sort((a, b) => compareNullableBox(a.from, b.from) || compareNullableBox(a.to, b.to));
  movers.sort((a, b) => {
    const na = a.nip ?? '';
    const nb = b.nip ?? '';
    return na < nb ? -1 : na > nb ? 1 : a.employeeId - b.employeeId;
  });
  const inBoth = cells.reduce((sum, c) => sum + c.count, 0);
  return { cells, movers, stayed: inBoth - movers.length, moved: movers.length, entered, left };
}

/**
 * Employees whose latest reviews put them in the same box at least `minReviews` times in a row. Entries are
 * ordered by asOf here; "in a row" means consecutive entries of the employee's history, so a history should hold
 * one entry per review the employee took part in. Unplaced entries never form a streak.
 * @param minReviews - @defaultValue 2
 * @returns streaks ordered by length (longest first), then NIP, then id
 */
export function sameBoxStreaks({
  histories,
  minReviews = 2,
}: {
  histories: readonly BoxHistory[];
  minReviews?: number;
}): SameBoxStreak[] {
  const out: SameBoxStreak[] = [];
  for (const h of histories) {
    const entries = [...h.entries].sort((a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0));
    const latest = entries[entries.length - 1];
    if (latest === undefined || latest.box === null) continue;
    let start = entries.length - 1;
    while (start > 0 && entries[start - 1]!.box === latest.box) start--;
    const reviews = entries.length - start;
    if (reviews < minReviews) continue;
    out.push({ employeeId: h.employeeId, nip: h.nip ?? null, box: latest.box, reviews, since: entries[start]!.asOf });
  }
  return out.sort((a, b) => {
    if (a.reviews !== b.reviews) return b.reviews - a.reviews;
    const na = a.nip ?? '';
    const nb = b.nip ?? '';
    return na < nb ? -1 : na > nb ? 1 : a.employeeId - b.employeeId;
  });
}

/**
 * Direction of one move on the grid's axes, not its box numbers: `UP` when neither kinerja nor potensial fell and
 * at least one rose, `DOWN` for the mirror case, `ACROSS` otherwise (one axis up and the other down, into or out of
 * BELUM_TERPETAKAN, or the same cell numbered differently by the two reviews' policies).
 * @param fromPolicy - box table of the earlier review; @defaultValue PermenPANRB 3/2020 numbering
 * @param toPolicy - box table of the later review; @defaultValue `fromPolicy`
 */
export function moveDirection({
  from,
  to,
  fromPolicy = DEFAULT_POLICY,
  toPolicy = fromPolicy,
}: {
  from: Box | null;
  to: Box | null;
  fromPolicy?: Policy;
  toPolicy?: Policy;
}): MoveDirection {
  if (from === null || to === null) return 'ACROSS';
  const a = cellOfBox(from, fromPolicy);
  const b = cellOfBox(to, toPolicy);
  const kinerja = RATING.indexOf(b.kinerja) - RATING.indexOf(a.kinerja);
  const potensial = POTENSIAL_LEVEL.indexOf(b.potensial) - POTENSIAL_LEVEL.indexOf(a.potensial);
  if (kinerja >= 0 && potensial >= 0 && kinerja + potensial > 0) return 'UP';
  if (kinerja <= 0 && potensial <= 0 && kinerja + potensial < 0) return 'DOWN';
  return 'ACROSS';
}
