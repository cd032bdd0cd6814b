/**
 * The people the board lists for the open box, the unplaced area or a search, a page at a time: the grid arrives
 * without carrying thousands of people, the first page shows at once, and the next one is fetched as the list is
 * scrolled near its end. After a calibration reloads the board, the list is refetched as far as it had been read, so
 * the committee keeps its place.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { BoardPerson, BoardQuery } from '../api/client';
import { fetchBoard, type BoardState } from './use-board';

export type Selection = { kind: 'box'; box: number } | { kind: 'unplaced' } | null;

/** People per request: a screenful many times over, small enough to arrive at once. */
const PAGE_SIZE = 200;
/** The most the API gives in one page. */
const PAGE_MAX = 1000;

export interface ListedPeople {
  people: BoardPerson[];
  /** How many the whole list holds. */
  total: number;
  /** Fetches the next page, if any and none is on its way. */
  loadMore: () => void;
}

interface Loaded {
  key: string;
  people: BoardPerson[];
  total: number;
  next: string | null;
}

/** @returns the list, or null while none is asked for (no box open, no search) or its first page is loading. */
export function useListedPeople(board: BoardState, selection: Selection): ListedPeople | null {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const latest = useRef<Loaded | null>(null);
  const fetching = useRef(false);
  const { instansiKode, unit, filters, data } = board;
  const reviewId = data?.review.id ?? null;
  const box: BoardQuery['box'] | null =
    selection?.kind === 'box' ? (String(selection.box) as BoardQuery['box']) : selection?.kind === 'unplaced' ? 'unplaced' : filters.q ? undefined : null;
  const query = useMemo<BoardQuery | null>(() => (box === null ? null : { ...filters, ...(unit ? { unit } : {}), ...(box ? { box } : {}) }), [box, filters, unit]);
  const key = JSON.stringify([instansiKode, reviewId, query]);

  const show = useCallback((next: Loaded | null) => {
    latest.current = next;
    setLoaded(next);
  }, []);

  useEffect(() => {
    // No list for roles that see aggregates only (the grid says so with `people: null`), nor without a question.
    if (!instansiKode || !reviewId || query === null || data?.people === null) {
      show(null);
      return;
    }
    let stale = false;
    // Another box or filter: never show the previous list meanwhile. The same one after a calibration: keep it until
    // the new one arrives (no flicker), and read as far as before.
    const before = latest.current?.key === key ? latest.current : null;
    if (!before) show(null);
    const want = Math.max(PAGE_SIZE, before?.people.length ?? 0);
    fetching.current = true;
    (async () => {
      const people: BoardPerson[] = [];
      let cursor: string | null = null;
      let total: number;
      do {
        const page = await fetchBoard(instansiKode, reviewId, { ...query, limit: Math.min(PAGE_MAX, want - people.length), ...(cursor ? { cursor } : {}) });
        people.push(...(page.people ?? []));
        total = page.peopleTotal ?? people.length;
        cursor = page.nextCursor;
      } while (cursor !== null && people.length < want && !stale);
      return { key, people, total, next: cursor };
    })().then(
      (next) => !stale && show(next),
      () => !stale && show({ key, people: [], total: 0, next: null }),
    ).finally(() => {
      if (!stale) fetching.current = false;
    });
    return () => {
      stale = true;
      fetching.current = false;
    };
    // `key` stands for instansi, review and query; `data` changes on every reload of the board.
  }, [key, data, show]);

  const loadMore = useCallback(() => {
    const current = latest.current;
    if (!current?.next || fetching.current || !instansiKode || !reviewId || query === null) return;
    fetching.current = true;
    fetchBoard(instansiKode, reviewId, { ...query, limit: PAGE_SIZE, cursor: current.next })
      .then((page) => {
        // A newer list (another box, a reload) replaced this one meanwhile: drop the page.
        if (latest.current !== current) return;
        show({ key: current.key, people: [...current.people, ...(page.people ?? [])], total: page.peopleTotal ?? current.total, next: page.nextCursor });
      })
      // The cursor stays: the next scroll near the end asks again.
      .catch(() => {})
      .finally(() => {
        fetching.current = false;
      });
  }, [instansiKode, reviewId, query, show]);

  return loaded && loaded.key === key ? { people: loaded.people, total: loaded.total, loadMore } : null;
}
