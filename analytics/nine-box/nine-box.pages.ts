/**
 * Placing a population page by page. An employee's placement reads only their own rows, the policy and asOf, so the
 * placements of consecutive pages of employees (each page placed by `placeEmployees` with only its employees and
 * their rows) are the placements of the whole population: a review places a page as soon as it is read and writes
 * it while the next is read, then joins the pages for what needs everyone (succession, the ABK, the counts).
 */
import type { PlacedEmployees } from './nine-box.compute.js';

/**
 * The pages' placements as one, in the pages' order (placement `k` of the whole is placement `k - start` of the page
 * it falls in).
 * @throws RangeError when the pages are not in ascending employee id order, one after the other
 */
export function joinPlacedPages(pages: readonly PlacedEmployees[]): PlacedEmployees {
  if (pages.length === 1) return pages[0]!;
  // starts[p] is the whole's index of page p's first placement; one more entry holds the total.
  const starts = new Int32Array(pages.length + 1);
  let lastId = -Infinity;
  for (let p = 0; p < pages.length; p++) {
    const { placements } = pages[p]!;
    starts[p + 1] = starts[p]! + placements.length;
    if (placements.length === 0) continue;
    if (placements[0]!.employeeId <= lastId) throw new RangeError('pages of placements overlap or are out of employee id order');
    lastId = placements.at(-1)!.employeeId;
  }
  const placements = new Array<PlacedEmployees['placements'][number]>(starts[pages.length]!);
  for (let p = 0; p < pages.length; p++) {
    const from = pages[p]!.placements;
    for (let k = 0; k < from.length; k++) placements[starts[p]! + k] = from[k]!;
  }
  /** The page placement `k` falls in: the last page starting at or before it (empty pages never match). */
  const pageOf = (k: number): number => {
    let low = 0;
    let high = pages.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= k) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  const at = <T>(ask: (page: PlacedEmployees, k: number) => T) => (k: number): T => {
    if (!(k >= 0 && k < placements.length)) throw new RangeError(`no placement ${k}`);
    const p = pageOf(k);
    return ask(pages[p]!, k - starts[p]!);
  };
  return {
    placements,
    jpmAt: at((page, k) => page.jpmAt(k)),
    explanationAt: at((page, k) => page.explanationAt(k)),
    kinerjaYearsAt: at((page, k) => page.kinerjaYearsAt(k)),
  };
}
