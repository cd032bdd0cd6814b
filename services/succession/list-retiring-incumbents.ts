/**
 * Incumbents of structural positions who reach their retirement age (BUP) in a window after a review's asOf: the
 * next N months, or a calendar year ("tahun depan"). With each post, whether a successor is ready now. Names are
 * personal data: `personal.read`, a PIMPINAN's subtree only, NIPs masked for PIMPINAN, audited.
 */
import { z } from 'zod';
import { addMonths } from '../../analytics/domain/dates.js';
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
  })
  .refine((v) => [v.months, v.year, v.yearOffset].filter((x) => x !== undefined).length <= 1, {
    message: 'pilih salah satu: months, year atau yearOffset',
  });
export type ListRetiringIncumbentsInput = z.input<typeof ListRetiringIncumbentsInput>;

/** Without a window: the next 12 months. */
const DEFAULT_MONTHS = 12;

function window(asOf: string, input: z.output<typeof ListRetiringIncumbentsInput>): { from: string; to: string } {
  const year = input.year ?? (input.yearOffset === undefined ? undefined : Number(asOf.slice(0, 4)) + input.yearOffset);
  if (year !== undefined) {
    const start = `${year - 1}-12-31`;
    return { from: start > asOf ? start : asOf, to: `${year}-12-31` };
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
