/**
 * The people the board lists for the open box, the unplaced area or a search: fetched on their own, so the grid
 * arrives without carrying thousands of people, and refetched whenever the board itself was reloaded.
 */
import { useEffect, useRef, useState } from 'react';
import type { BoardPerson, BoardQuery } from '../api/client';
import { fetchBoard, type BoardState } from './use-board';

export type Selection = { kind: 'box'; box: number } | { kind: 'unplaced' } | null;

/** @returns the people, or null while none are asked for (no box open, no search) or still loading. */
export function useListedPeople(board: BoardState, selection: Selection): BoardPerson[] | null {
  const [people, setPeople] = useState<BoardPerson[] | null>(null);
  const asked = useRef('');
  const { instansiKode, unit, filters, data } = board;
  const reviewId = data?.review.id ?? null;
  const box: BoardQuery['box'] | null =
    selection?.kind === 'box' ? (String(selection.box) as BoardQuery['box']) : selection?.kind === 'unplaced' ? 'unplaced' : filters.q ? undefined : null;

  useEffect(() => {
    // No list for roles that see aggregates only (the grid says so with `people: null`), nor without a question.
    if (!instansiKode || !reviewId || box === null || data?.people === null) {
      setPeople(null);
      return;
    }
    let stale = false;
    const query: BoardQuery = { ...filters, ...(unit ? { unit } : {}), ...(box ? { box } : {}) };
    // Another box or filter: never show the previous list meanwhile. The same one after a calibration: keep it until
    // the new one arrives, so the list does not flicker.
    const key = JSON.stringify([instansiKode, reviewId, query]);
    if (key !== asked.current) setPeople(null);
    asked.current = key;
    fetchBoard(instansiKode, reviewId, query).then(
      (answer) => !stale && setPeople(answer.people ?? []),
      () => !stale && setPeople([]),
    );
    return () => {
      stale = true;
    };
  }, [instansiKode, reviewId, unit, filters, box, data]);

  return people;
}
