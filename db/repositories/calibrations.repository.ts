/** The talent committee's calibration moves: one audit row per change (who, when, from, to, reason). */
import { asc, eq, getTableColumns } from 'drizzle-orm';
import type { Db } from '../client.js';
import { calibrations, employees } from '../schema/index.js';

export type CalibrationRow = typeof calibrations.$inferSelect;

export function createCalibrationsRepository({ db }: { db: Db }) {
  return {
    async insert(input: { reviewId: string; employeeId: number; fromBox: number; toBox: number; alasan: string; actor: string; createdAt: Date }) {
      const [row] = await db.insert(calibrations).values(input).returning();
      return row!;
    },
    /** The review's calibration log with who was moved (NIP, name), oldest first. */
    async listLogByReview(reviewId: string): Promise<Array<CalibrationRow & { nip: string; nama: string }>> {
      return db
        .select({ ...getTableColumns(calibrations), nip: employees.nip, nama: employees.nama })
        .from(calibrations)
        .innerJoin(employees, eq(employees.id, calibrations.employeeId))
        .where(eq(calibrations.reviewId, reviewId))
        .orderBy(asc(calibrations.id));
    },
    async listByReview(reviewId: string): Promise<CalibrationRow[]> {
      return db.select().from(calibrations).where(eq(calibrations.reviewId, reviewId)).orderBy(asc(calibrations.id));
    },
  };
}
