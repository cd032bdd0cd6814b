import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PERIODE, PREDIKAT, TINGKAT_DISIPLIN } from '../domain/enums.js';
import { PENDIDIKAN } from '../domain/pendidikan.js';
import { DEFAULT_POLICY } from '../policy/policy.defaults.js';
import type { ReviewInputs } from '../types.js';
import {
  computePlacementColumns,
  FLAG_SATU_TAHUN,
  KINERJA_LEVELS,
  POTENSIAL_LEVELS,
  UNRATED_ASESMEN_KEDALUWARSA,
  UNRATED_ASESMEN_TIDAK_ADA,
  UNRATED_KINERJA_TIDAK_ADA,
  type PlacementColumns,
} from './nine-box.columns.js';
import { computePlacements } from './nine-box.compute.js';
import { AS_OF, buildEmployee } from './nine-box.test-utils.js';
import type { PlacementCore } from './nine-box.types.js';

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(2019, 0, 1);
const iso = (day: number): string => new Date(EPOCH + day * DAY_MS).toISOString().slice(0, 10);
const arbDay = fc.integer({ min: 0, max: 3100 });
const arbScore = fc.integer({ min: 0, max: 11_000 }).map((x) => x / 100);

/** Employees with duplicate ratings of every source (the key-only tie-break path) and shuffled, sparse ids. */
const arbReview = fc
  .array(
    fc.record({
      id: fc.integer({ min: 1, max: 1_000_000 }),
      pendidikan: fc.constantFrom(...PENDIDIKAN),
      tmtJabatanDay: arbDay,
      ratings: fc.array(
        fc.record({
          tahun: fc.integer({ min: 2022, max: 2027 }),
          periode: fc.constantFrom(...PERIODE),
          predikat: fc.constantFrom(...PREDIKAT),
          source: fc.constantFrom('RATING' as const, 'PREDIKAT' as const, 'NILAI_SKP' as const),
          nilaiSkp: fc.option(fc.integer({ min: 0, max: 100 })),
        }),
        { maxLength: 6 },
      ),
      assessments: fc.array(fc.record({ day: arbDay, jpm: arbScore, nilaiPotensi: arbScore }), { maxLength: 3 }),
      trainings: fc.array(fc.record({ day: arbDay, jp: fc.integer({ min: 0, max: 40 }) }), { maxLength: 3 }),
      penalties: fc.array(
        fc.record({ tingkat: fc.constantFrom(...TINGKAT_DISIPLIN), day: arbDay, length: fc.option(fc.integer({ min: 0, max: 900 })) }),
        { maxLength: 2 },
      ),
    }),
    { maxLength: 12 },
  )
  .map((profiles) => {
    const inputs: ReviewInputs = { units: [], positions: [], employees: [], ratings: [], assessments: [], discipline: [], trainings: [] };
    const seen = new Set<number>();
    for (const p of profiles) {
      if (seen.has(p.id)) continue;
      seen.add(p.id);
      const employeeId = p.id;
      inputs.employees.push(buildEmployee({ id: employeeId, pendidikan: p.pendidikan, tmtJabatan: iso(p.tmtJabatanDay) }));
      for (const r of p.ratings) inputs.ratings.push({ employeeId, ...r });
      for (const a of p.assessments) {
        inputs.assessments.push({ employeeId, tanggal: iso(a.day), jpm: a.jpm, nilaiPotensi: a.nilaiPotensi, lembaga: null });
      }
      p.trainings.forEach((t, i) => inputs.trainings.push({ employeeId, nama: `T${i}`, jp: t.jp, tanggalSelesai: iso(t.day) }));
      for (const d of p.penalties) {
        inputs.discipline.push({
          employeeId,
          tingkat: d.tingkat,
          jenis: null,
          tmtMulai: iso(d.day),
          tmtSelesai: d.length === null ? null : iso(d.day + d.length),
        });
      }
    }
    return inputs;
  });

/** Row k of the columns, decoded into the shape of a placement. */
function decode(c: PlacementColumns, k: number, inputs: ReviewInputs): PlacementCore {
  const employee = inputs.employees[c.inputIndex[k]!]!;
  const orNull = (x: number) => (Number.isNaN(x) ? null : x);
  const u = c.unrated[k]!;
  return {
    employeeId: employee.id,
    nip: employee.nip,
    kinerja: { score: orNull(c.kinerjaScore[k]!), level: KINERJA_LEVELS[c.kinerjaLevel[k]!] ?? null },
    potensial: { score: orNull(c.potensialScore[k]!), level: POTENSIAL_LEVELS[c.potensialLevel[k]!] ?? null },
    box: c.box[k] === 0 ? null : (c.box[k] as PlacementCore['box']),
    nilaiTalenta: orNull(c.nilaiTalenta[k]!),
    unratedReasons: [
      ...((u & UNRATED_KINERJA_TIDAK_ADA) !== 0 ? (['KINERJA_TIDAK_ADA'] as const) : []),
      ...((u & UNRATED_ASESMEN_TIDAK_ADA) !== 0 ? (['ASESMEN_TIDAK_ADA'] as const) : []),
      ...((u & UNRATED_ASESMEN_KEDALUWARSA) !== 0 ? (['ASESMEN_KEDALUWARSA'] as const) : []),
    ],
    flags: (c.flags[k]! & FLAG_SATU_TAHUN) !== 0 ? ['SATU_TAHUN'] : [],
  };
}

describe('computePlacementColumns', () => {
  it('holds exactly what computePlacements returns, with and without explanations', () => {
    fc.assert(
      fc.property(arbReview, (inputs) => {
        const columns = computePlacementColumns({ inputs, asOf: AS_OF, policy: DEFAULT_POLICY });
        const lean = computePlacements({ inputs, asOf: AS_OF, policy: DEFAULT_POLICY, explain: false });
        const full = computePlacements({ inputs, asOf: AS_OF, policy: DEFAULT_POLICY });
        expect(columns.n).toBe(inputs.employees.length);
        expect(Array.from({ length: columns.n }, (_, k) => decode(columns, k, inputs))).toEqual(lean);
        expect(full.map(({ explanation: _explanation, ...core }) => core)).toEqual(lean);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses an asOf that is not a calendar date', () => {
    const inputs: ReviewInputs = { units: [], positions: [], employees: [], ratings: [], assessments: [], discipline: [], trainings: [] };
    expect(() => computePlacementColumns({ inputs, asOf: '2026-02-30', policy: DEFAULT_POLICY })).toThrow(RangeError);
  });
});
