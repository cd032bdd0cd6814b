import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CandidateFacts } from './candidate.facts.js';
import { toColumns } from './candidate.columns.js';
import { basePermutation, compareBase, compareForSlate, kesesuaianOf, readinessOf, type TargetPlace } from './slate.rank.js';
import { DEFAULT_SUCCESSION_PARAMS as params } from './succession.params.js';
import { candidateFacts, type PersonSpec } from './succession.test-utils.js';

/** Target in OPD 10 with rumpun KEPEGAWAIAN. */
const target: TargetPlace = { opdUnitId: 10, rumpunKey: 'KEPEGAWAIAN' };

function person(nip: string, spec: Partial<PersonSpec> & { opd?: number; rumpun?: string | null } = {}): CandidateFacts {
  const facts = candidateFacts({ nip, box: 8, nilaiTalenta: 80, golongan: 'IV/a', tmtCpns: '2005-03-01', ...spec });
  return { ...facts, opdUnitId: spec.opd ?? 99, rumpunKey: spec.rumpun === undefined ? null : spec.rumpun };
}

function order(...people: CandidateFacts[]): string[] {
  return [...people].sort((a, b) => compareForSlate({ a, b, target, params })).map((c) => c.nip);
}

describe('slate order', () => {
  it('puts SIAP_SEKARANG before any kesesuaian', () => {
    const readyElsewhere = person('B', { box: 9, nilaiTalenta: 70 });
    const laterInOpd = person('A', { box: 8, opd: 10, nilaiTalenta: 99 });
    expect(order(laterInOpd, readyElsewhere)).toEqual(['B', 'A']);
  });

  it('ranks kesesuaian OPD, then RUMPUN, then LAIN before nilai talenta', () => {
    const lain = person('A', { nilaiTalenta: 99 });
    const rumpun = person('B', { nilaiTalenta: 90, rumpun: 'KEPEGAWAIAN' });
    const opd = person('C', { nilaiTalenta: 70, opd: 10 });
    expect(order(lain, rumpun, opd)).toEqual(['C', 'B', 'A']);
  });

  it('breaks ties by nilai talenta descending', () => {
    expect(order(person('A', { nilaiTalenta: 80.5 }), person('B', { nilaiTalenta: 80.51 }))).toEqual(['B', 'A']);
  });

  it('then by golongan descending', () => {
    expect(order(person('A', { golongan: 'IV/a' }), person('B', { golongan: 'IV/b' }))).toEqual(['B', 'A']);
  });

  it('then by years of service descending', () => {
    expect(order(person('A', { tmtCpns: '2010-01-01' }), person('B', { tmtCpns: '2009-01-01' }))).toEqual(['B', 'A']);
  });

  it('then by NIP ascending', () => {
    expect(order(person('198002'), person('198001'))).toEqual(['198001', '198002']);
  });

  it('sorts an unknown nilai talenta or service after known ones', () => {
    expect(order(person('A', { nilaiTalenta: null }), person('B', { nilaiTalenta: 10 }))).toEqual(['B', 'A']);
    expect(order(person('A', { tmtCpns: null }), person('B', { tmtCpns: '2025-01-01' }))).toEqual(['B', 'A']);
  });
});

describe('readiness and kesesuaian', () => {
  it('makes box 9 ready now and boxes 7–8 ready in 1–2 years', () => {
    expect([9, 8, 7].map((box) => readinessOf({ box, params }))).toEqual(['SIAP_SEKARANG', 'SIAP_1_2_TAHUN', 'SIAP_1_2_TAHUN']);
  });

  it('needs a non-empty shared rumpun for RUMPUN', () => {
    expect(kesesuaianOf({ candidate: { opdUnitId: 1, rumpunKey: null }, target: { opdUnitId: 2, rumpunKey: null } })).toBe('LAIN');
    expect(kesesuaianOf({ candidate: { opdUnitId: null, rumpunKey: 'A' }, target: { opdUnitId: null, rumpunKey: 'A' } })).toBe(
      'RUMPUN',
    );
  });
});

describe('bulk sort of the talent pool', () => {
  it('orders exactly like the comparator, ties, unknowns and all', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            box: fc.constantFrom<7 | 8 | 9>(7, 8, 9),
            nilai: fc.option(fc.constantFrom(70, 80.25, 80.255, 91)),
            golongan: fc.constantFrom('III/d', 'IV/a', 'XII'),
            tmtCpns: fc.option(fc.constantFrom('2000-01-01', '2010-06-30', '2026-12-01')),
            nip: fc.constantFrom('1', '2', '10', '3'),
          }),
          { maxLength: 40 },
        ),
        (rows) => {
          const people = rows.map((r, i) =>
            person(`${r.nip}-${i}`, { box: r.box, nilaiTalenta: r.nilai, golongan: r.golongan, tmtCpns: r.tmtCpns }),
          );
          const expected = [...people].sort((a, b) => compareBase(a, b, params)).map((c) => c.nip);
          const perm = basePermutation(toColumns(people, params));
          expect(Array.from(perm, (i) => people[i]?.nip)).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});
