import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PENDIDIKAN } from '../domain/pendidikan.js';
import { PREDIKAT, TINGKAT_DISIPLIN } from '../domain/enums.js';
import { DEFAULT_POLICY } from '../policy/policy.defaults.js';
import type { ReviewInputs } from '../types.js';
import { computePlacements } from './nine-box.compute.js';
import { employeeExplanation, explanationConstants, joinExplanation } from './nine-box.explanation-parts.js';
import { buildEmployee, policyWith } from './nine-box.test-utils.js';

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(2019, 0, 1);
const iso = (day: number): string => new Date(EPOCH + day * DAY_MS).toISOString().slice(0, 10);
const arbDay = fc.integer({ min: 0, max: 3100 });
const arbScore = fc.integer({ min: 0, max: 10_000 }).map((x) => x / 100);

const arbEmployee = fc.record({
  pendidikan: fc.constantFrom(...PENDIDIKAN),
  tmtJabatan: arbDay,
  ratings: fc.uniqueArray(fc.record({ tahun: fc.integer({ min: 2021, max: 2027 }), predikat: fc.constantFrom(...PREDIKAT) }), {
    maxLength: 4,
    selector: (r) => r.tahun,
  }),
  assessments: fc.uniqueArray(fc.record({ day: arbDay, jpm: arbScore, nilaiPotensi: arbScore }), { maxLength: 2, selector: (a) => a.day }),
  trainings: fc.array(fc.record({ day: arbDay, jp: fc.integer({ min: 1, max: 40 }) }), { maxLength: 3 }),
  penalties: fc.array(fc.record({ tingkat: fc.constantFrom(...TINGKAT_DISIPLIN), day: arbDay, ends: fc.option(arbDay) }), { maxLength: 2 }),
});

function inputsOf(people: ReadonlyArray<typeof arbEmployee extends fc.Arbitrary<infer T> ? T : never>): ReviewInputs {
  const inputs: ReviewInputs = { units: [], positions: [], employees: [], ratings: [], assessments: [], discipline: [], trainings: [] };
  people.forEach((p, k) => {
    const employeeId = k + 1;
    inputs.employees.push(buildEmployee({ id: employeeId, pendidikan: p.pendidikan, tmtJabatan: iso(p.tmtJabatan) }));
    for (const r of p.ratings) inputs.ratings.push({ employeeId, tahun: r.tahun, periode: 'TAHUNAN', predikat: r.predikat, source: 'PREDIKAT', nilaiSkp: null });
    for (const a of p.assessments) {
      inputs.assessments.push({ employeeId, tanggal: iso(a.day), jpm: a.jpm, nilaiPotensi: a.nilaiPotensi, lembaga: k % 2 ? 'UPT' : null });
    }
    p.trainings.forEach((t, i) => inputs.trainings.push({ employeeId, nama: `Diklat "${i}"\\`, jp: t.jp, tanggalSelesai: iso(t.day) }));
    for (const d of p.penalties) {
      const tmtSelesai = d.ends === null ? null : iso(d.day + d.ends);
      inputs.discipline.push({ employeeId, tingkat: d.tingkat, jenis: null, tmtMulai: iso(d.day), tmtSelesai });
    }
  });
  return inputs;
}

/** Through JSON, as a review stores both parts. */
const stored = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const STRICT_POLICY = policyWith({
  potensial: { weights: { kompetensi: 0.5, potensi: 0.2, kualifikasi: 0.2, integritas: 0.1 }, kompetensiCap: 95 },
  kinerja: { thresholds: { diAtas: 92, sesuai: 75 } },
});

describe('an explanation stored as the employee part plus the review constants', () => {
  it('reads back exactly as the engine built it, for any employees, asOf and policy', () => {
    fc.assert(
      fc.property(
        fc.array(arbEmployee, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 700, max: 3000 }),
        fc.boolean(),
        (people, asOfDay, strict) => {
          const asOf = iso(asOfDay);
          const policy = strict ? STRICT_POLICY : DEFAULT_POLICY;
          const constants = stored(explanationConstants({ asOf, policy }));
          for (const p of computePlacements({ inputs: inputsOf(people), asOf, policy })) {
            expect(joinExplanation(stored(employeeExplanation(p.explanation)), constants)).toEqual(p.explanation);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps no constant per employee, and the constants exist when no employee shows them', () => {
    const asOf = '2026-03-31';
    const [unassessed] = computePlacements({ inputs: inputsOf([{ pendidikan: 'S1', tmtJabatan: 10, ratings: [], assessments: [], trainings: [], penalties: [] }]), asOf, policy: STRICT_POLICY });
    const own = JSON.stringify(employeeExplanation(unassessed!.explanation));
    for (const key of ['asOf', 'window', 'thresholds', 'assessmentWindow', 'formula', 'lookback', 'weights', 'cap']) {
      expect(own).not.toContain(`"${key}"`);
    }
    const constants = explanationConstants({ asOf, policy: STRICT_POLICY });
    expect(constants.potensial.kompetensiCap).toBe(95);
    expect(constants.kinerja.thresholds).toEqual({ diAtas: 92, sesuai: 75 });
    expect(constants.potensial.assessmentWindow.upTo).toBe(asOf);
  });
});
