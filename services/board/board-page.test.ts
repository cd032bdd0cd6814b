import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { decodeCursor } from '../pagination/cursor.js';
import { boardPage } from './board-page.js';
import type { BoardPerson, BoardPopulation } from './board-population.js';

const REVIEW = '7d0c4c1e-3c1b-4d7e-9a39-5f1b2a6c9e01';
const OTHER_REVIEW = '1b2c3d4e-5f60-4718-8a9b-0c1d2e3f4a5b';

/** A population of `boxes.length` people in rank order; ids are not in rank order, as in a real review. */
function populationOf(boxes: readonly (number | null)[]): BoardPopulation {
  const people = boxes.map((box, rank) => ({ rank, employeeId: 1000 + ((rank * 7919) % 100_003), effectiveBox: box }) as BoardPerson);
  return { previous: null, people, rankById: new Map(people.map((p) => [p.employeeId, p.rank])) };
}

/** Walks every page of `listed`; `between` may change the list after each page (a committee moving people). */
function walk(population: BoardPopulation, listed: () => BoardPerson[], limit: number, between: (shown: BoardPerson[]) => void = () => {}) {
  const shown: BoardPerson[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages <= population.people.length + 1; pages++) {
    const page = boardPage({ reviewId: REVIEW, population, listed: listed(), limit, cursor });
    expect(page.people.length).toBeLessThanOrEqual(limit);
    shown.push(...page.people);
    if (page.nextCursor === null) return shown;
    cursor = page.nextCursor;
    between(shown);
  }
  throw new Error('paging never ended');
}

const boxes = fc.array(fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }), { maxLength: 300 });

describe('boardPage', () => {
  it('walks every listed person exactly once, in order, whatever the page size and the list', () => {
    fc.assert(
      fc.property(boxes, fc.integer({ min: 1, max: 40 }), fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }), (bs, limit, box) => {
        const population = populationOf(bs);
        const listed = population.people.filter((p) => p.effectiveBox === box);
        expect(walk(population, () => listed, limit)).toEqual(listed);
      }),
    );
  });

  it('neither skips nor repeats anyone still listed when people leave the list between pages', () => {
    fc.assert(
      fc.property(boxes, fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 2 ** 31 }), (bs, limit, seed) => {
        const population = populationOf(bs);
        const gone = new Set<number>();
        let turn = seed;
        const shown = walk(
          population,
          () => population.people.filter((p) => p.effectiveBox !== null && !gone.has(p.employeeId)),
          limit,
          (sofar) => {
            // Someone already shown and someone not yet shown are moved out of the list.
            turn = (turn * 1103515245 + 12345) % 2 ** 31;
            const pick = population.people[turn % Math.max(1, population.people.length)];
            if (pick) gone.add(pick.employeeId);
            const last = sofar.at(-1);
            if (last) gone.add(last.employeeId);
          },
        );
        expect(new Set(shown.map((p) => p.employeeId)).size).toBe(shown.length);
        const stayed = population.people.filter((p) => p.effectiveBox !== null && !gone.has(p.employeeId));
        const shownIds = new Set(shown.map((p) => p.employeeId));
        expect(stayed.every((p) => shownIds.has(p.employeeId))).toBe(true);
        expect(shown.map((p) => p.rank)).toEqual([...shown.map((p) => p.rank)].sort((a, b) => a - b));
      }),
    );
  });

  it('gives everything in one page without a limit, and a cursor naming only the review and an internal id', () => {
    const population = populationOf([1, 2, null, 9, 9]);
    expect(boardPage({ reviewId: REVIEW, population, listed: population.people })).toEqual({ people: population.people, nextCursor: null });
    const first = boardPage({ reviewId: REVIEW, population, listed: population.people, limit: 2 });
    expect(decodeCursor(z.object({ review: z.string(), after: z.number() }).strict(), first.nextCursor!)).toEqual({
      review: REVIEW,
      after: population.people[1]!.employeeId,
    });
  });

  it('refuses a cursor of another review, of someone outside the population, or tampered', () => {
    const population = populationOf([1, 2, 3]);
    const page = (cursor: string) => () => boardPage({ reviewId: REVIEW, population, listed: population.people, limit: 1, cursor });
    const foreign = boardPage({ reviewId: OTHER_REVIEW, population, listed: population.people, limit: 1 }).nextCursor!;
    expect(page(foreign)).toThrow(/Kursor halaman tidak valid/);
    expect(page(Buffer.from(JSON.stringify({ review: REVIEW, after: 424242 })).toString('base64url'))).toThrow(/Kursor/);
    expect(page('bukan-kursor')).toThrow(/Kursor/);
  });
});
