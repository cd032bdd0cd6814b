/** Counts read off a nine-box view, shared by the grid, the image and the "how many" answers. */
import type { NineBox } from '../../services/talent/schemas.js';

export function countOf(view: NineBox, box: number): number {
  return view.boxes.find((b) => b.box === box)?.count ?? 0;
}

/** The talent pool is the review's policy's (`view.talentPool`), never a fixed set of boxes. */
export function totals(view: NineBox): { placed: number; unplaced: number; pool: number; all: number } {
  const placed = view.boxes.reduce((sum, b) => sum + b.count, 0);
  return { placed, unplaced: view.belumTerpetakan, pool: view.talentPool.count, all: placed + view.belumTerpetakan };
}
