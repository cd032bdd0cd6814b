import { describe, expect, it } from 'vitest';
import type { Box } from '../domain/enums.js';
import { successionContextBuilder, type SuccessionContext } from './succession.context.js';
import { buildInputs, position, unit, type PersonSpec } from './succession.test-utils.js';
import { opdByUnit } from './unit.tree.js';

/** An instansi of `n` people over a few units and jenis, some in the pool, some holding slate targets. */
function instansi(n: number) {
  const units = [unit(1, 'ROOT', null), unit(2, 'DINAS-A', 1), unit(3, 'DINAS-B', 1), unit(4, 'BIDANG-A1', 2)];
  const positions = [
    position({ id: 10, kode: 'KADIS-A', unitId: 2, jenisJabatan: 'JPT_PRATAMA' }),
    position({ id: 11, kode: 'KADIS-B', unitId: 3, jenisJabatan: 'JPT_PRATAMA' }),
    position({ id: 12, kode: 'KABID-A1', unitId: 4, jenisJabatan: 'ADMINISTRATOR' }),
    position({ id: 13, kode: 'KASUBBAG', unitId: 4, jenisJabatan: 'PENGAWAS' }),
    position({ id: 14, kode: 'ANALIS', unitId: 4, jenisJabatan: 'FUNGSIONAL', jenjangJf: 'AHLI_MUDA', rumpun: 'R1' }),
    position({ id: 15, kode: 'STAF', unitId: 3, jenisJabatan: 'PELAKSANA' }),
  ];
  const people: PersonSpec[] = [];
  for (let id = 1; id <= n; id++) {
    people.push({
      id,
      positionId: id % 17 === 0 ? 999 : 10 + (id % 6), // an unknown position now and then
      box: id % 5 === 0 ? null : (((id * 7) % 9) + 1) as Box,
      nilaiTalenta: 60 + ((id * 13) % 40),
      tanggalLahir: `19${60 + (id % 35)}-0${1 + (id % 9)}-1${id % 10}`,
    });
  }
  return buildInputs({ units, positions, people });
}

/** Everything a context answers, as plain data. */
function answers(context: SuccessionContext, employees: number, positionIds: number[]) {
  return {
    pool: context.pool,
    holders: positionIds.map((id) => context.holdersOf(id)),
    facts: Array.from({ length: context.pool.length }, (_, row) => context.factsAt(row)),
    holderRows: Array.from({ length: employees }, (_, e) => context.poolRowOfHolder(e)),
  };
}

describe('the succession context built a range at a time', () => {
  it('is the same whatever the ranges the employees come in', () => {
    const inputs = instansi(700);
    const opd = opdByUnit(inputs.units);
    const positionIds = inputs.positions.map((p) => p.id);
    const whole = successionContextBuilder(inputs, opd);
    whole.add(0, inputs.employees.length);
    const expected = answers(whole.finish(), inputs.employees.length, positionIds);
    expect(expected.pool.length).toBeGreaterThan(100);

    for (const size of [1, 7, 64, 699]) {
      const ranged = successionContextBuilder(inputs, opd);
      for (let from = 0; from < inputs.employees.length; from += size) {
        ranged.add(from, Math.min(from + size, inputs.employees.length));
      }
      expect(answers(ranged.finish(), inputs.employees.length, positionIds)).toEqual(expected);
    }
  });
});
