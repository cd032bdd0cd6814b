/**
 * Incumbents of structural positions who reach their retirement age (BUP) in a window after a review's asOf: the
 * next N months, a calendar year ("tahun depan") or a quarter or half of one ("triwulan III 2027"). With each post,
 * whether a successor is ready now. Names are personal data: `personal.read`, a PIMPINAN's subtree only, NIPs masked
 * for PIMPINAN, audited.
 */
import { z } from 'zod';
import { addMonths, lastDayOfMonth } from '../../analytics/domain/dates.js';
import { isSlateTarget, type SlateTarget } from '../../analytics/succession/index.js';
import { createPlacementsRepository } from '../../db/repositories/placements.repository.js';
import { createSuccessionPlansRepository } from '../../db/repositories/succession-plans.repository.js';
import { presentNip } from '../access/authorize.js';
import { InstansiKode, Kode, ReviewRef, ReviewRefSchema, UnitRefSchema } from '../schemas.js';
import { defineSnapshotRead } from '../snapshots/define-snapshot-read.js';

export const RetiringIncumbentsSchema = z.object({
  review: ReviewRefSchema,
  unit: UnitRefSchema.nullable(),
  /** The window: retirement dates after `from` and up to `to`. */
  from: z.iso.date(),
  to: z.iso.date(),
  items: z.array(
    z.object({
      position: z.object({ kode: z.string(), nama: z.string(), jenisJabatan: z.string(), kritikal: z.boolean() }),
      unit: UnitRefSchema,
      /** Masked for PIMPINAN. */
      pemangku: z.object({ nip: z.string(), nama: z.string() }),
      retirementDate: z.iso.date(),
      readyNow: z.int(),
      eligible: z.int(),
    }),
  ),
});
export type RetiringIncumbents = z.infer<typeof RetiringIncumbentsSchema>;

export const ListRetiringIncumbentsInput = z
  .object({
    instansiKode: InstansiKode,
    unitKode: Kode.optional(),
    reviewId: ReviewRef.default('latest'),
    /** The next N months after asOf. */
    months: z.int().min(1).max(120).optional(),
    /** A calendar year (its dates after asOf). */
    year: z.int().min(2000).max(2100).optional(),
    /** The calendar year of asOf (0) or the one after it (1). */
    yearOffset: z.union([z.literal(0), z.literal(1)]).optional(),
    /** A quarter (triwulan) of that year; without a year, the next one that has not ended by asOf. */
    quarter: z.int().min(1).max(4).optional(),
    /** A half (semester) of that year; without a year, the next one that has not ended by asOf. */
    half: z.int().min(1).max(2).optional(),
  })
  .refine((v) => [v.months, v.year, v.yearOffset].filter((x) => x !== undefined).length <= 1, {
    message: 'pilih salah satu: months, year atau yearOffset',
  })
  .refine((v) => (v.quarter === undefined || v.half === undefined) && (v.months === undefined || (v.quarter ?? v.half) === undefined), {
    message: 'triwulan atau semester hanya bersama tahun, dan tidak keduanya',
  });
export type ListRetiringIncumbentsInput = z.input<typeof ListRetiringIncumbentsInput>;

/** Without a window: the next 12 months. */
const DEFAULT_MONTHS = 12;

/** The months a quarter or half spans: [first, last], 1–12. */
function monthsOfPart(input: { quarter?: number | undefined; half?: number | undefined }): [number, number] | null {
  if (input.quarter !== undefined) return [input.quarter * 3 - 2, input.quarter * 3];
  return input.half === undefined ? null : [input.half * 6 - 5, input.half * 6];
}

function window(asOf: string, input: z.output<typeof ListRetiringIncumbentsInput>): { from: string; to: string } {
  const asOfYear = Number(asOf.slice(0, 4));
  const said = input.year ?? (input.yearOffset === undefined ? undefined : asOfYear + input.yearOffset);
  const part = monthsOfPart(input);
  if (part) {
    const [first, last] = part;
    // "triwulan III" without a year: this year's if it has not ended, else next year's.
    const year = said ?? (lastDayOfMonth(asOfYear, last) > asOf ? asOfYear : asOfYear + 1);
    const start = lastDayOfMonth(year, first - 1);
    return { from: start > asOf ? start : asOf, to: lastDayOfMonth(year, last) };
  }
  if (said !== undefined) {
    const start = `${said - 1}-12-31`;
    return { from: start > asOf ? start : asOf, to: `${said}-12-31` };
  }
  return { from: asOf, to: addMonths(asOf, input.months ?? DEFAULT_MONTHS) };
}

export const listRetiringIncumbents = defineSnapshotRead({
  name: 'retiring-incumbents',
  input: ListRetiringIncumbentsInput,
  permission: 'personal.read',
  async load(read, input): Promise<RetiringIncumbents> {
    const { from, to } = window(read.review.asOf, input);
    const plans = (await createSuccessionPlansRepository({ db: read.db }).listSummaries(read.review.id, read.unitIds)).filter(
      (p) =>
        isSlateTarget(p.jenisJabatan as SlateTarget) &&
        p.incumbentEmployeeId !== null &&
        p.incumbentRetirementDate !== null &&
        p.incumbentRetirementDate > from &&
        p.incumbentRetirementDate <= to,
    );
    const people = await createPlacementsRepository({ db: read.db }).findByEmployeeIds(read.review.id, plans.map((p) => p.incumbentEmployeeId as number));
    const byId = new Map(people.map((p) => [p.employeeId, p]));
    const unitById = new Map(read.units.units.map((u) => [u.id, u]));
    return {
      review: read.reviewRef,
      unit: read.unitRef,
      from,
      to,
      items: plans
        .sort((a, b) => (a.incumbentRetirementDate as string).localeCompare(b.incumbentRetirementDate as string) || a.positionKode.localeCompare(b.positionKode))
        .map((p) => {
          const person = byId.get(p.incumbentEmployeeId as number);
          const unit = unitById.get(p.unitId);
          return {
            position: { kode: p.positionKode, nama: p.nama, jenisJabatan: p.jenisJabatan, kritikal: p.kritikal },
            unit: { kode: unit?.kode ?? '', nama: unit?.nama ?? '' },
            pemangku: { nip: person ? presentNip(read.ctx.principal, person.nip) : '', nama: person?.nama ?? '' },
            retirementDate: p.incumbentRetirementDate as string,
            readyNow: p.readyNowCount,
            eligible: p.eligibleCount,
          };
        }),
    };
  },
  audit: (read, _input, result) => ({ target: read.review.id, details: { unit: read.unitRef?.kode ?? null, from: result.from, to: result.to, items: result.items.length } }),
});
