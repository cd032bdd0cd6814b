/** Loads the board's grid for a review, unit and filters, and reloads it after a calibration or finalisation. */
import { useCallback, useEffect, useState } from 'react';
import { api, unwrap, type Board, type BoardQuery } from '../api/client';

export type Filters = Omit<BoardQuery, 'unit'>;

export interface BoardState {
  data: Board | null;
  error: string | null;
  loading: boolean;
  filters: Filters;
  setFilters: (f: Filters) => void;
  reload: () => void;
  /** Units of the whole scope (not only the chosen subtree), for the unit picker. */
  unitOptions: Board['facets']['units'];
  instansiKode: string | null;
  reviewId: string | null;
  unit: string;
}

export function useBoard(instansiKode: string | null, reviewId: string | null, unit: string): BoardState {
  const [data, setData] = useState<Board | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [filters, setFilters] = useState<Filters>({});
  const [unitOptions, setUnitOptions] = useState<Board['facets']['units']>([]);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (!instansiKode || !reviewId) return;
    let stale = false;
    setLoading(true);
    // The grid only: the people of an open box come with useListedPeople.
    const query: BoardQuery = { ...filters, ...(unit ? { unit } : {}), box: 'none' };
    fetchBoard(instansiKode, reviewId, query)
      .then((board) => {
        if (stale) return;
        setData(board);
        setError(null);
        if (!unit) setUnitOptions(board.facets.units);
      })
      .catch((err: Error) => !stale && setError(err.message))
      .finally(() => !stale && setLoading(false));
    return () => {
      stale = true;
    };
  }, [instansiKode, reviewId, unit, filters, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data, error, loading, filters, setFilters, reload, unitOptions, instansiKode, reviewId, unit };
}

/** One read of the board: the grid, and the people `query.box` asks for. */
export function fetchBoard(instansiKode: string, reviewId: string, query: BoardQuery): Promise<Board> {
  return unwrap(api.GET('/api/v1/instansi/{kode}/reviews/{id}/board', { params: { path: { kode: instansiKode, id: reviewId }, query } }));
}
