/**
 * Movement between reviews: the from-box × to-box matrix of two reviews (with the movers listed), and employees
 * who stay in the same box review after review. Boxes are effective boxes; BELUM_TERPETAKAN is a row/column of its
 * own (`null`).
 */
import { effectiveBox, type PlacementBoxes } from '../domain/effective-box.js';
import { POTENSIAL_LEVEL, RATING, type Box } from '../domain/enums.js';
import { cellOfBox } from '../nine-box/nine-box.labels.js';
import { DEFAULT_POLICY } from '../policy/policy.defaults.js';
import type { Policy } from '../policy/policy.schema.js';
import type { BoxHistory, MoveDirection, Mover, SameBoxStreak, TransitionCell, TransitionMatrix } from './aggregates.types.js';

function compareNullableBox(a: Box | null, b: Box | null): number {
  return (a ?? 0) - (b ?? 0);
}

/**
 * Transition matrix between an earlier and a later review, on effective (calibrated ?? computed) boxes. Employees are
 * matched by id; each appears at most once per review.
 * @param from - the earlier review's placements
 * @param to - the later review's placements
 */
export function transitionMatrix({ from, to }: { from: readonly PlacementBoxes[]; to: readonly PlacementBoxes[] }): TransitionMatrix {
  const earlier = new Map(from.map((p) => [p.employeeId, p]));
  const cells = new Map<string, TransitionCell>();
  const movers: Mover[] = [];
  let inBoth = 0;
  for (const later of to) {
    const before = earlier.get(later.employeeId);
    if (before === undefined) continue;
    inBoth++;
    const cell = { from: effectiveBox(before), to: effectiveBox(later) };
    const key = `${cell.from}:${cell.to}`;
    const counted = cells.get(key) ?? { ...cell, count: 0 };
    counted.count++;
    cells.set(key, counted);
    if (cell.from !== cell.to) movers.push({ employeeId: later.employeeId, nip: later.nip ?? before.nip ?? null, ...cell });
  }
  movers.sort((a, b) => {
    const na = a.nip ?? '';
    const nb = b.nip ?? '';
    return na < nb ? -1 : na > nb ? 1 : a.employeeId - b.employeeId;
  });
  return {
    cells: [...cells.values()].sort((a, b) => compareNullableBox(a.from, b.from) || compareNullableBox(a.to, b.to)),
    movers,
    stayed: inBoth - movers.length,
    moved: movers.length,
    entered: to.length - inBoth,
    left: from.length - inBoth,
  };
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
