/**
 * What an employee's retirement date depends on besides the jabatan a placement records: their birth date and the JF
 * jenjang of the post they hold in that review (services/talent/retirement.ts turns them into the BUP and date).
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { queryRows } from '../sql.js';

export interface RetirementFacts {
  tanggalLahir: string | null;
  jenjangJf: string | null;
}

export function createRetirementFactsRepository({ db }: { db: Db }) {
  return {
    async forPlacement(reviewId: string, employeeId: number): Promise<RetirementFacts | null> {
      const [row] = await queryRows<RetirementFacts>(
        db,
        sql`select e.tanggal_lahir::text as "tanggalLahir", pos.jenjang_jf as "jenjangJf"
            from placements p
            join employees e on e.id = p.employee_id
            left join positions pos on pos.id = p.position_id
            where p.review_id = ${reviewId} and p.employee_id = ${employeeId}`,
      );
      return row ?? null;
    },
  };
}
