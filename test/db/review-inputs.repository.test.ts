import { afterEach, beforeEach, expect, it } from 'vitest';
import type { DbHandle } from '../../db/client.js';
import { employees } from '../../db/schema/index.js';
import { createReviewInputsRepository, type ReviewInputPage } from '../../db/repositories/review-inputs.repository.js';
import { eachDatabase } from '../helpers/test-db.js';
import {
  insertAnnualRatings, insertAssessment, insertDiscipline, insertEmployee, insertInstansi, insertPosition, insertTraining,
  insertUnit,
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

  it('reads text exactly as stored, whatever characters it holds (tabs, line breaks, backslashes, quotes, \\N, emoji)', async () => {
    const db = handle.db;
    const awkward = ['tab\there', 'line\nbreak\r\nwindows', 'back\\slash \\N \\t', '\\N', 'quote "x", {y}', 'Ñoño 😀 ä', ' ', ''];
    const inst = await insertInstansi(db);
    const unit = await insertUnit(db, { instansiId: inst.id, nama: awkward[0]! });
    const pos = await insertPosition(db, { instansiId: inst.id, unitId: unit.id, jenisJabatan: 'PELAKSANA', nama: awkward[1]!, rumpun: awkward[3]! });
    const ids: number[] = [];
    for (const nama of awkward) ids.push((await insertEmployee(db, { instansiId: inst.id, positionId: pos.id, nama })).id);
    await insertTraining(db, { employeeId: ids[0]!, nama: awkward[2]!, jp: 12.5, tanggalSelesai: '2025-02-03' });
    await insertAssessment(db, { employeeId: ids[0]!, tanggal: '2025-01-01', jpm: 0.1 + 0.2, nilaiPotensi: 1e-7, lembaga: awkward[4]! });

    const rows = await createReviewInputsRepository({ db }).load({ instansiId: inst.id });

    expect(rows.units[0]!.nama).toBe(awkward[0]);
    expect(rows.positions[0]).toMatchObject({ nama: awkward[1], rumpun: awkward[3], jenjangJf: null, kritikal: false });
    expect(rows.employees.map((e) => e.nama)).toEqual(awkward);
    expect(rows.trainings).toEqual([{ employeeId: ids[0], nama: awkward[2], jp: 12.5, tanggalSelesai: '2025-02-03' }]);
    expect(rows.assessments).toEqual([{ employeeId: ids[0], tanggal: '2025-01-01', jpm: 0.1 + 0.2, nilaiPotensi: 1e-7, lembaga: awkward[4] }]);
  });

  it('returns the same ordered rows whatever the page size and connection, only active employees unless asked', async () => {
    const db = handle.db;
    const inst = await insertInstansi(db);
    const other = await insertInstansi(db);
    const unit = await insertUnit(db, { instansiId: inst.id });
    const pos = await insertPosition(db, { instansiId: inst.id, unitId: unit.id, jenisJabatan: 'JPT_PRATAMA' });
    const otherUnit = await insertUnit(db, { instansiId: other.id });
    const otherPos = await insertPosition(db, { instansiId: other.id, unitId: otherUnit.id, jenisJabatan: 'PELAKSANA' });
    for (let i = 0; i < 7; i++) {
      const emp = await insertEmployee(db, { instansiId: inst.id, positionId: pos.id, active: i !== 3 });
      await insertAnnualRatings(db, emp.id, { 2024: 'BAIK', 2023: i % 2 ? 'SANGAT_BAIK' : 'BUTUH_PERBAIKAN' });
      await insertTraining(db, { employeeId: emp.id, nama: `Diklat ${7 - i}`, jp: i, tanggalSelesai: '2024-05-01' });
      await insertTraining(db, { employeeId: emp.id, nama: 'Awal', jp: 1, tanggalSelesai: '2024-05-01' });
      const stranger = await insertEmployee(db, { instansiId: other.id, positionId: otherPos.id });
      await insertAnnualRatings(db, stranger.id, { 2024: 'BAIK' });
    }
    const repo = createReviewInputsRepository({ db });
    const whole = await repo.load({ instansiId: inst.id });
    const pages: ReviewInputPage[] = [];
    const paged = await repo.load({ instansiId: inst.id, pageSize: 2, onPage: (page) => pages.push(page) });

    expect(paged).toEqual(whole);
    // In a transaction every read shares its one connection.
    expect(await db.transaction((tx) => createReviewInputsRepository({ db: tx }).load({ instansiId: inst.id, pageSize: 2 }))).toEqual(whole);
    expect(pages.map((p) => p.employees.length)).toEqual([2, 2, 2]);
    // Each page holds exactly its employees' related rows; together they are the whole.
    for (const p of pages) {
      const ids = new Set(p.employees.map((e) => e.id));
      expect(p.ratings.length).toBeGreaterThan(0);
      expect([...p.ratings, ...p.trainings].every((r) => ids.has(r.employeeId))).toBe(true);
    }
    expect(pages.flatMap((p) => p.ratings)).toEqual(whole.ratings);
    expect(pages.flatMap((p) => p.trainings)).toEqual(whole.trainings);
    expect(whole.employees).toHaveLength(6);
    expect(whole.positions[0]!.kritikal).toBe(true);
    expect(whole.ratings.map((r) => [r.employeeId, r.tahun])).toEqual(whole.employees.flatMap((e) => [[e.id, 2023], [e.id, 2024]]));
    expect(whole.trainings.filter((t) => t.employeeId === whole.employees[0]!.id).map((t) => t.nama)).toEqual(['Awal', 'Diklat 7']);
    expect((await repo.load({ instansiId: inst.id, activeOnly: false })).employees).toHaveLength(7);
  });
});
