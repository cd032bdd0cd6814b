/**
 * Reads a review's population page by page (keyset pages of employees with their rows) and places each page as soon
 * as it is read: an employee's placement needs only their own rows (analytics/nine-box/nine-box.pages.ts). The
 * snapshot's placements can then be written while later pages are still being read, instead of the database waiting
 * for the whole population to be read and scored, and the reads waiting for nothing.
 *
 * Reading runs ahead of writing on its own: every page is kept anyway (succession and the ABK need everyone), and the
 * placements' explanations and rows are made only as they are written.
 */
import { joinPlacedPages, placeEmployees, type PlacedEmployees } from '../../analytics/nine-box/index.js';
import type { Policy } from '../../analytics/policy/index.js';
import type { ReviewInputs } from '../../analytics/types.js';
import type { Db } from '../../db/client.js';
import { AsyncQueue } from '../../lib/async-queue.js';
import { loadReviewInputs } from './load-review-inputs.js';
import { snapshotRowsOf, type SnapshotRows } from './snapshot-rows.js';

export type PlacingStage = 'memuat data' | 'menghitung kotak talenta';

/** One page's placements, and the rows they are written with (which know this page's employees by then). */
export interface PlacedPage {
  placed: PlacedEmployees;
  rows: SnapshotRows;
}

/** Everyone, once every page is read and placed. */
export interface PlacedPopulation {
  inputs: ReviewInputs;
  placed: PlacedEmployees;
  rows: SnapshotRows;
  /** Time spent reading and placing, each not counting the other. */
  timings: { loadMs: number; placementsMs: number };
}

export interface PlacingInPages {
  /** The placed pages in employee id order, each as soon as it is ready; ends with the last, throws what failed. */
  pages: AsyncIterable<PlacedPage>;
  whole: Promise<PlacedPopulation>;
  /** Where reading or placing failed, and with what (set once it has). */
  failure: { stage: PlacingStage; err: unknown } | null;
  /**
   * Stops reading after the page being read (the review ended without needing the rest: its write failed, or another
   * run had completed it). Nothing once everyone is read.
   */
  abandon(): void;
}

/** Starts reading and placing the active population of `instansiId` at once; see {@link PlacingInPages}. */
export function placeInPages(
  db: Db,
  args: { instansiId: number; pageSize?: number | undefined; asOf: string; policy: Policy },
): PlacingInPages {
  // Pages handed from the reading to the writing.
  const queue = new AsyncQueue<PlacedPage>();
  const placedPages: PlacedEmployees[] = [];
  let rows: SnapshotRows | null = null;
  let stage: PlacingStage = 'memuat data';
  let failure: PlacingInPages['failure'] = null;
  let abandoned = false;
  let placementsMs = 0;
  const started = performance.now();
  const whole = (async (): Promise<PlacedPopulation> => {
    try {
      const inputs = await loadReviewInputs(db, {
        instansiId: args.instansiId,
        ...(args.pageSize ? { pageSize: args.pageSize } : {}),
        onPage: (page) => {
          if (abandoned) throw new Error('the review stopped before its population was read');
          stage = 'menghitung kotak talenta';
          const placedAt = performance.now();
          const placed = placeEmployees({ inputs: page, asOf: args.asOf, policy: args.policy });
          rows ??= snapshotRowsOf(page);
          rows.addEmployees(page.employees);
          placedPages.push(placed);
          queue.push({ placed, rows });
          placementsMs += performance.now() - placedAt;
          stage = 'memuat data';
        },
      });
      const loadMs = performance.now() - started - placementsMs;
      stage = 'menghitung kotak talenta';
      // A population without employees has no page: its (empty) placements are placed here.
      const placed = placedPages.length > 0 ? joinPlacedPages(placedPages) : placeEmployees({ inputs, asOf: args.asOf, policy: args.policy });
      queue.end();
      return { inputs, placed, rows: rows ?? snapshotRowsOf(inputs), timings: { loadMs: Math.round(loadMs), placementsMs: Math.round(placementsMs) } };
    } catch (err) {
      failure = { stage, err };
      queue.fail(err);
      throw err;
    }
  })();
  whole.catch(() => {}); // reported where it is awaited, or through the pages
  return {
    pages: queue,
    whole,
    get failure() {
      return failure;
    },
    abandon: () => {
      abandoned = true;
    },
  };
}
