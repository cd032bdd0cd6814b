/** The boxes of a row, column or cell of a review's grid, by the grid's own numbering (the policy may renumber). */
import type { GridCellAsked } from '../language/grid-cell.js';
import type { NineBox } from '../../services/talent/schemas.js';

type Grid = NineBox['grid'];
/** What the boxes are found by: each row's kinerja level and boxes, each column's potensial level. */
type GridLevels = { rows: ReadonlyArray<Pick<Grid['rows'][number], 'kinerja' | 'boxes'>>; columns: ReadonlyArray<Pick<Grid['columns'][number], 'potensial'>> };

/**
 * Read from the bottom row up and left to right, so one row keeps its own order ("kotak 1, 3, 6") and the default
 * grid's columns read in ascending numbers ("kotak 6, 8, 9").
 */
export function boxesOfCell(grid: GridLevels, cell: GridCellAsked): number[] {
  const columns = grid.columns.flatMap((c, k) => (cell.potensial === null || c.potensial === cell.potensial ? [k] : []));
  return [...grid.rows]
    .reverse()
    .filter((r) => cell.kinerja === null || r.kinerja === cell.kinerja)
    .flatMap((r) => columns.flatMap((k) => (r.boxes[k] === undefined ? [] : [r.boxes[k]])));
}
