/**
 * The committee board of a review for a unit subtree and filters: the grid (count, share of placed people, the
 * policy's distribution guide, how many were moved by the committee, recommendations), the unplaced holding area
 * with its reasons, and everyone matching the filters. VIEWER gets the aggregates only (`people: null`); every read
 * is audited (the list is personal data); PIMPINAN sees its subtree with masked NIPs.
 */
import { boxShares } from '../../analytics/board/index.js';
import type { Box } from '../../analytics/domain/enums.js';
import { boxLabel, boxRecommendations, gridLayout } from '../../analytics/nine-box/index.js';
import { talentPoolBoxes } from '../../analytics/policy/index.js';
import { forbiddenError } from '../../lib/errors.js';
import { can } from '../access/authorize.js';
import { defineSnapshotRead } from '../snapshots/define-snapshot-read.js';
import type { SnapshotRead } from '../snapshots/open-snapshot-read.js';
import { boardFilter, narrowsByPerson } from './board-filters.js';
import { boardPage } from './board-page.js';
import { loadBoardPopulation, type BoardPerson } from './board-population.js';
import { presentBoardPerson } from './present-board-person.js';
import { GetBoardInput, type Board, type BoardListed } from './schemas.js';

export const getBoard = defineSnapshotRead({
  name: 'board',
  input: GetBoardInput,
  permission: 'aggregates.read',
  async load(read, input): Promise<Board> {
    const population = await loadBoardPopulation(read);
    const seesPeople = can(read.ctx.principal, 'personal.read');
    // Counts of a name or NIP search would tell an aggregates-only role where that one person sits.
    if (input.filters.q !== undefined && !seesPeople) throw forbiddenError('Peran Anda hanya melihat angka agregat; pencarian nama atau NIP tidak tersedia');
    const people = population.people.filter(boardFilter(input.filters, read.policy, read.people));
    // Filters narrowed to a handful would let an aggregates-only role read the box of a known person (the only
    // woman of a unit, the only golongan IV/b): groups under the policy's minimum are refused, as fairness hides them.
    const minGroupSize = read.policy.calibration.minGroupSize;
    if (!seesPeople && narrowsByPerson(input.filters) && people.length < minGroupSize) {
      throw forbiddenError(
        `Peran Anda hanya melihat angka agregat; kelompok yang dipilih berisi kurang dari ${minGroupSize} pegawai sehingga tidak ditampilkan`,
      );
    }
    const pool = talentPoolBoxes(read.policy);
    const inPool = new Set<number>(pool);
    // VIEWER: aggregates only, no list at all; everyone else: the people of its scope (access/people-scope.ts).
    const listed = seesPeople ? people.filter((p) => read.people.includes(p.unitId) && isListed(p, input.listed)) : null;
    const page = listed && boardPage({ reviewId: read.review.id, population, listed, limit: input.limit, cursor: input.cursor });
    return {
      review: boardReviewOf(read, population.previous),
      unit: read.unitRef,
      filters: input.filters,
      ...gridOf(people, read),
      total: people.length,
      grid: gridLayout(read.policy),
      talentPool: { boxes: pool, count: people.filter((p) => p.effectiveBox !== null && inPool.has(p.effectiveBox)).length },
      facets: {
        jenisJabatan: distinct(population.people.map((p) => p.jenisJabatan)),
        golongan: distinct(population.people.map((p) => p.golongan)),
        units: unitOptions(read),
      },
      people: page ? page.people.map((p) => presentBoardPerson(read.people, p)) : null,
      peopleTotal: listed ? listed.length : null,
      nextCursor: page ? page.nextCursor : null,
    };
  },
  audit: (read, _input, result) => ({
    target: read.review.id,
    details: { unit: read.unit?.kode ?? null, people: result.people?.length ?? 0 },
  }),
});

function isListed(person: BoardPerson, listed: BoardListed): boolean {
  if (listed === 'all') return true;
  if (listed === 'none') return false;
  if (listed === 'unplaced') return person.effectiveBox === null;
  return person.effectiveBox === listed;
}

export function boardReviewOf(read: SnapshotRead, previous: { id: string; asOf: string } | null): Board['review'] {
  return {
    ...read.reviewRef,
    finalizedAt: read.review.finalizedAt ? read.review.finalizedAt.toISOString() : null,
    previous,
  };
}

function gridOf(people: readonly BoardPerson[], read: SnapshotRead): Pick<Board, 'boxes' | 'belumTerpetakan'> {
  const counts = new Map<Box, number>();
  const moved = new Map<Box, number>();
  const reasons = new Map<string, number>();
  for (const p of people) {
    if (p.effectiveBox === null) {
      for (const r of p.unratedReasons) reasons.set(r, (reasons.get(r) ?? 0) + 1);
      continue;
    }
    counts.set(p.effectiveBox, (counts.get(p.effectiveBox) ?? 0) + 1);
    if (p.calibratedBox !== null && p.calibratedBox !== p.box) moved.set(p.effectiveBox, (moved.get(p.effectiveBox) ?? 0) + 1);
  }
  const boxes = boxShares({ counts, policy: read.policy }).map((s) => ({
    box: s.box,
    label: boxLabel(s.box, read.policy),
    count: s.count,
    pct: s.pct,
    calibrated: moved.get(s.box) ?? 0,
    guide: s.guide,
    guideStatus: s.status,
    rekomendasi: [...boxRecommendations(s.box, read.policy)],
  }));
  const unplaced = people.filter((p) => p.effectiveBox === null).length;
  return {
    boxes,
    belumTerpetakan: {
      count: unplaced,
      reasons: [...reasons].sort(([a], [b]) => a.localeCompare(b)).map(([reason, count]) => ({ reason, count })),
    },
  };
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b, 'id', { numeric: true }));
}

/** The units of the read's subtree in tree order, each with its depth below the subtree's top (0). */
function unitOptions(read: SnapshotRead): Board['facets']['units'] {
  type Unit = (typeof read.units.units)[number];
  const children = new Map<number | null, Unit[]>();
  for (const u of read.units.units) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u]);
  const out: Board['facets']['units'] = [];
  const visit = (unit: Unit, depth: number) => {
    out.push({ kode: unit.kode, nama: unit.nama, depth });
    for (const child of (children.get(unit.id) ?? []).sort((a, b) => a.nama.localeCompare(b.nama, 'id'))) visit(child, depth + 1);
  };
  const tops = read.unit ? read.units.units.filter((u) => u.id === read.unit?.id) : (children.get(null) ?? []);
  for (const top of tops) visit(top, 0);
  return out;
}
