import { afterEach, beforeEach, expect, it } from 'vitest';
import type { DbHandle } from '../../db/client.js';
import { employees } from '../../db/schema/index.js';
import { createReviewInputsRepository } from '../../db/repositories/review-inputs.repository.js';
import { eachDatabase } from '../helpers/test-db.js';
import {
  insertAssessment, insertDiscipline, insertEmployee, insertInstansi, insertPosition, insertUnit,
} from '../factories/talent.factory.js';
import { eq } from 'drizzle-orm';

eachDatabase('review inputs repository', (_lane, open) => {
  let handle: DbHandle;
  beforeEach(async () => {
    handle = await open();
  });
  afterEach(async () => {
    await handle.close();
  });

  it('reads missing optional values as null on every driver, never as the text "NULL"', async () => {
    const db = handle.db;
    const inst = await insertInstansi(db);
    const unit = await insertUnit(db, { instansiId: inst.id });
    const pos = await insertPosition(db, { instansiId: inst.id, unitId: unit.id, jenisJabatan: 'PELAKSANA' });
    const emp = await insertEmployee(db, { instansiId: inst.id, positionId: pos.id });
    await db.update(employees).set({ jenisKelamin: null, tanggalLahir: null, tmtCpns: null }).where(eq(employees.id, emp.id));
    await insertAssessment(db, { employeeId: emp.id, tanggal: '2025-01-01', jpm: 80, nilaiPotensi: 70, lembaga: null });
    await insertDiscipline(db, { employeeId: emp.id, tingkat: 'SEDANG', tmtMulai: '2025-03-01', tmtSelesai: null, jenis: null });
    await insertDiscipline(db, { employeeId: emp.id, tingkat: 'RINGAN', tmtMulai: '2024-03-01', tmtSelesai: '2024-09-01', jenis: 'teguran' });

    const rows = await createReviewInputsRepository({ db }).load({ instansiId: inst.id });

    expect(rows.employees[0]).toMatchObject({ jenisKelamin: null, tanggalLahir: null, tmtCpns: null });
    expect(rows.assessments[0]).toMatchObject({ lembaga: null });
    expect(rows.discipline).toEqual([
      { employeeId: emp.id, tingkat: 'RINGAN', jenis: 'teguran', tmtMulai: '2024-03-01', tmtSelesai: '2024-09-01' },
      { employeeId: emp.id, tingkat: 'SEDANG', jenis: null, tmtMulai: '2025-03-01', tmtSelesai: null },
    ]);
  });
});
