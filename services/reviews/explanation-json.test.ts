import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POTENSIAL_LEVEL, PREDIKAT, RATING, TINGKAT_DISIPLIN, type Box } from '../../analytics/domain/enums.js';
import { PENDIDIKAN } from '../../analytics/domain/pendidikan.js';
import { computePlacements, employeeExplanation, type EmployeeExplanation } from '../../analytics/nine-box/index.js';
import { DEFAULT_POLICY } from '../../analytics/policy/index.js';
import { BENCH_AS_OF, buildSyntheticReview } from '../../bench/placements.synthetic.js';
import type { PredikatSource } from '../../analytics/types.js';
import { employeeExplanationJson } from './explanation-json.js';

// Text with everything JSON must escape: quotes, backslashes, control characters, and non-ASCII names.
const arbText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('Ni Luh "Ayu"', 'C:\\data', 'tab\there', 'Dra. Hj. Siti Aisyah, M.Si.'));
const arbNumber = fc.oneof(fc.double({ noNaN: false }), fc.integer(), fc.constantFrom(0, -0, 12.5, 1e21, 1e-7));
const arbDate = fc.constantFrom('2024-01-31', '2019-12-01', '2026-11-30');
const arbGap = <L extends string>(levels: readonly L[]) =>
  fc.option(fc.record({ nextLevel: fc.constantFrom(...levels), threshold: arbNumber, pointsNeeded: arbNumber, boxIfReached: fc.option(fc.constantFrom<Box>(1, 2, 3, 4, 5, 6, 7, 8, 9)) }));
const arbAssessment = fc.option(fc.record({ tanggal: arbDate, jpm: arbNumber, nilaiPotensi: arbNumber, lembaga: fc.option(arbText) }));

/** Every field of the type, each free to take any value of its type: the shape the serialiser must follow. */
const arbOwn: fc.Arbitrary<EmployeeExplanation> = fc.record({
  kinerja: fc.record({
    years: fc.array(
      fc.record({
        tahun: fc.integer({ min: 2000, max: 2030 }),
        periode: fc.constantFrom('TAHUNAN' as const, 'TW4' as const),
        predikat: fc.constantFrom(...PREDIKAT),
        source: fc.constantFrom<PredikatSource>('RATING', 'PREDIKAT', 'NILAI_SKP'),
        nilaiSkp: fc.option(arbNumber),
        score: arbNumber,
      }),
      { maxLength: 4 },
    ),
    score: fc.option(arbNumber),
    level: fc.option(fc.constantFrom(...RATING)),
  }),
  potensial: fc.record({
    assessment: arbAssessment,
    latestExpired: arbAssessment,
    kompetensi: fc.option(fc.record({ score: arbNumber, jpm: arbNumber })),
    potensi: fc.option(fc.record({ score: arbNumber, nilaiPotensi: arbNumber })),
    kualifikasi: fc.record({
      score: arbNumber,
      pendidikan: fc.record({ level: fc.constantFrom(...PENDIDIKAN), score: arbNumber }),
      pelatihan: fc.record({
        score: arbNumber,
        jp: arbNumber,
        trainings: fc.array(fc.record({ nama: arbText, jp: arbNumber, tanggalSelesai: arbDate }), { maxLength: 3 }),
      }),
      pengalaman: fc.record({ score: arbNumber, tmtJabatan: arbDate, years: arbNumber }),
    }),
    integritas: fc.record({
      score: arbNumber,
      activePenalty: fc.boolean(),
      mostSevere: fc.option(fc.constantFrom(...TINGKAT_DISIPLIN)),
      penalties: fc.array(
        fc.record({ tingkat: fc.constantFrom(...TINGKAT_DISIPLIN), jenis: fc.option(arbText), tmtMulai: arbDate, tmtSelesai: fc.option(arbDate), active: fc.boolean() }),
        { maxLength: 3 },
      ),
    }),
    score: fc.option(arbNumber),
    level: fc.option(fc.constantFrom(...POTENSIAL_LEVEL)),
  }),
  nilaiTalenta: fc.record({ score: fc.option(arbNumber) }),
  counterfactual: fc.record({ kinerja: arbGap(RATING), potensial: arbGap(POTENSIAL_LEVEL) }),
});

describe("an employee's explanation as JSON", () => {
  it('is exactly the text JSON.stringify gives, for every field and any value', () => {
    fc.assert(
      fc.property(arbOwn, (own) => {
        expect(employeeExplanationJson(own)).toBe(JSON.stringify(own));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("a placement's own explanation as the review writes it", () => {
  it('is the JSON of the own part, written straight from the whole explanation', () => {
    const { inputs } = buildSyntheticReview(3_000, 7);
    const placements = computePlacements({ inputs, asOf: BENCH_AS_OF, policy: DEFAULT_POLICY });
    for (const p of placements) expect(employeeExplanationJson(p.explanation)).toBe(JSON.stringify(employeeExplanation(p.explanation)));
  });
});
