/**
 * One page of the people the board lists. Pages follow the population's order (nilai talenta desc, NIP), which a
 * calibration does not change, so a committee scrolling a box while others move people neither skips nor repeats
 * anyone still in it. The opaque cursor names the review and the internal id of the last person shown: no NIP, name
 * or score. A cursor of another review, or naming someone outside the read's population, is refused.
 */
import { decodeCursor, encodeReviewEmployeeCursor, invalidCursorError, ReviewEmployeeCursorSchema } from '../pagination/cursor.js';
import type { BoardPerson, BoardPopulation } from './board-population.js';

export interface BoardPage {
  people: BoardPerson[];
  nextCursor: string | null;
}

/** @param listed the listed people in population order */
export function boardPage(args: {
  reviewId: string;
  population: BoardPopulation;
  listed: readonly BoardPerson[];
  limit?: number | undefined;
  cursor?: string | undefined;
}): BoardPage {
  const { listed, limit } = args;
  const start = args.cursor === undefined ? 0 : firstAfter(listed, rankAfter(args.population, args.reviewId, args.cursor));
  const end = limit === undefined ? listed.length : Math.min(listed.length, start + limit);
  const people = listed.slice(start, end);
  const last = people.at(-1);
  return {
    people,
    nextCursor: end < listed.length && last ? encodeReviewEmployeeCursor(args.reviewId, last.employeeId) : null,
  };
}

function rankAfter(population: BoardPopulation, reviewId: string, cursor: string): number {
  const key = decodeCursor(ReviewEmployeeCursorSchema, cursor);
  const rank = population.rankById.get(key.after);
  if (key.review !== reviewId || rank === undefined) throw invalidCursorError();
  return rank;
}

/** The index of the first listed person ranked after `rank` (the list is in rank order). */
function firstAfter(listed: readonly BoardPerson[], rank: number): number {
  let lo = 0;
  let hi = listed.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (listed[mid]!.rank <= rank) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
