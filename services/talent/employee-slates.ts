/** The slates one employee is on in a review, with rank, readiness, jenis and kesesuaian. */
import type { Db } from '../../db/client.js';
import { createSuccessionPlansRepository } from '../../db/repositories/succession-plans.repository.js';
import { StoredSlateSchema } from '../snapshots/stored-plan.js';
import type { EmployeeTalent } from './schemas.js';

export async function employeeSlates(db: Db, reviewId: string, employeeId: number): Promise<EmployeeTalent['slates']> {
  const plans = await createSuccessionPlansRepository({ db }).listPlansWithEmployee(reviewId, employeeId);
  return plans.flatMap((plan) => {
    const entry = StoredSlateSchema.parse(plan.slate).find((e) => e.employeeId === employeeId);
    return entry
      ? [{
          position: { kode: plan.positionKode, nama: plan.nama, jenisJabatan: plan.jenisJabatan },
          rank: entry.rank,
          readiness: entry.readiness,
          jenis: entry.jenis,
          kesesuaian: entry.kesesuaian,
        }]
      : [];
  });
}
