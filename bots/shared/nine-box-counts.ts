/** Counts read off a nine-box view, shared by the grid, the image and the "how many" answers. */
import type { NineBox } from '../../services/talent/schemas.js';

/** The talent pool (Kelompok Rencana Suksesi) of the default policy: boxes 7, 8 and 9. */
const POOL_BOXES: readonly number[] = [7, 8, 9];

export function countOf(view: NineBox, box: number): number {
  return view.boxes.find((b) => b.box === box)?.count ?? 0;
}

export function totals(view: NineBox): { placed: number; unplaced: number; pool: number; all: number } {
  const placed = view.boxes.reduce((sum, b) => sum + b.count, 0);
  const pool = POOL_BOXES.reduce((sum, box) => sum + countOf(view, box), 0);
  return { placed, unplaced: view.belumTerpetakan, pool, all: placed + view.belumTerpetakan };
}
