import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PERIODE, POTENSIAL_LEVEL, PREDIKAT, RATING, TINGKAT_DISIPLIN, type Predikat } from '../domain/enums.js';
import { PENDIDIKAN, pendidikanRank } from '../domain/pendidikan.js';
import { DEFAULT_POLICY } from '../policy/policy.defaults.js';
import type { ReviewInputs } from '../types.js';
import { computePlacements, placeEmployees } from './nine-box.compute.js';
import { joinPlacedPages } from './nine-box.pages.js';
import { annualPredikatWindow } from './nine-box.kinerja.js';
import { AS_OF, buildEmployee } from './nine-box.test-utils.js';
import type { Placement } from './nine-box.types.js';

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(2019, 0, 1);
/** A date between 2019 and mid-2027, as a day offset: fast-check shrinks numbers better than strings. */
const arbDay = fc.integer({ min: 0, max: 3100 });
const iso = (day: number): string => new Date(EPOCH + day * DAY_MS).toISOString().slice(0, 10);
const arbScore = fc.integer({ min: 0, max: 11_000 }).map((x) => x / 100);

/** One employee's records, everything optional or repeated, including duplicates the natural key would forbid. */
const arbProfile = fc.record({
  pendidikan: fc.constantFrom(...PENDIDIKAN),
  tmtJabatanDay: arbDay,
  ratings: fc.array(
    fc.record({ tahun: fc.integer({ min: 2022, max: 2027 }), periode: fc.constantFrom(...PERIODE), predikat: fc.constantFrom(...PREDIKAT) }),
    { maxLength: 6 },
  ),
  assessments: fc.array(fc.record({ day: arbDay, jpm: arbScore, nilaiPotensi: arbScore }), { maxLength: 3 }),
  trainings: fc.array(fc.record({ day: arbDay, jp: fc.integer({ min: 0, max: 40 }) }), { maxLength: 4 }),
  penalties: fc.array(
    fc.record({ tingkat: fc.constantFrom(...TINGKAT_DISIPLIN), day: arbDay, length: fc.option(fc.integer({ min: 0, max: 900 })) }),
    { maxLength: 3 },
  ),
});
type Profile = typeof arbProfile extends fc.Arbitrary<infer T> ? T : never;

function inputsOf(profiles: readonly Profile[]): ReviewInputs {
  const inputs: ReviewInputs = { units: [], positions: [], employees: [], ratings: [], assessments: [], discipline: [], trainings: [] };
  profiles.forEach((p, k) => {
    const employeeId = k + 1;
    inputs.employees.push(buildEmployee({ id: employeeId, pendidikan: p.pendidikan, tmtJabatan: iso(p.tmtJabatanDay) }));
    for (const r of p.ratings) inputs.ratings.push({ employeeId, ...r, source: 'PREDIKAT', nilaiSkp: null });
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
  });
  return inputs;
}

function placeProfile(p: Profile): Placement {
  return computePlacements({ inputs: inputsOf([p]), asOf: AS_OF, policy: DEFAULT_POLICY })[0]!;
}

/** Level as a rank (-1 unrated) and score (-Infinity unrated), for "not lower" comparisons. */
function axes(p: Placement) {
  return {
    kinerja: RATING.indexOf(p.kinerja.level ?? ('' as never)),
    potensial: POTENSIAL_LEVEL.indexOf(p.potensial.level ?? ('' as never)),
    kinerjaScore: p.kinerja.score ?? -Infinity,
    potensialScore: p.potensial.score ?? -Infinity,
  };
}

function expectNotLower(before: Placement, after: Placement): void {
  const a = axes(before);
  const b = axes(after);
  expect(b.kinerja).toBeGreaterThanOrEqual(a.kinerja);
  expect(b.potensial).toBeGreaterThanOrEqual(a.potensial);
  expect(b.kinerjaScore).toBeGreaterThanOrEqual(a.kinerjaScore);
  expect(b.potensialScore).toBeGreaterThanOrEqual(a.potensialScore);
}

/** Applies `raise` to a profile and checks neither axis dropped. */
function checkRaise(raise: (p: Profile, pick: number, amount: number) => Profile | null) {
  fc.assert(
    fc.property(arbProfile, fc.nat(), fc.integer({ min: 1, max: 5000 }), (profile, pick, amount) => {
      const raised = raise(profile, pick, amount);
      fc.pre(raised !== null);
      expectNotLower(placeProfile(profile), placeProfile(raised));
    }),
    { numRuns: 300 },
  );
}

function replaceAt<T>(items: readonly T[], pick: number, update: (item: T) => T): T[] | null {
  if (items.length === 0) return null;
  const i = pick % items.length;
  return items.map((item, k) => (k === i ? update(item) : item));
}

describe('raising one input never lowers either axis', () => {
  it('a better predikat in any rating row', () => {
    checkRaise((p, pick, amount) => {
      const ratings = replaceAt(p.ratings, pick, (r) => {
        const rank = PREDIKAT.indexOf(r.predikat);
        return { ...r, predikat: PREDIKAT[Math.max(0, rank - 1 - (amount % 4))] as Predikat };
      });
      return ratings && { ...p, ratings };
    });
  });

  it('a higher JPM', () => {
    checkRaise((p, pick, amount) => {
      // Not for an assessment with a same-day twin (the natural key forbids them): of the two, the lower result wins
      // (JPM first, then nilai potensi: fail closed), so raising its JPM can hand the choice to a twin of lower
      // potensi. That is the rule, not a lowered axis.
      const day = p.assessments[pick % Math.max(1, p.assessments.length)]?.day;
      if (p.assessments.filter((a) => a.day === day).length > 1) return null;
      const assessments = replaceAt(p.assessments, pick, (a) => ({ ...a, jpm: a.jpm + amount / 100 }));
      return assessments && { ...p, assessments };
    });
  });

  it('a higher nilai potensi', () => {
    checkRaise((p, pick, amount) => {
      const assessments = replaceAt(p.assessments, pick, (a) => ({ ...a, nilaiPotensi: a.nilaiPotensi + amount / 100 }));
      return assessments && { ...p, assessments };
    });
  });

  it('a higher pendidikan', () => {
    checkRaise((p, pick) => {
      const higher = PENDIDIKAN.filter((x) => pendidikanRank(x) > pendidikanRank(p.pendidikan));
      return higher.length === 0 ? null : { ...p, pendidikan: higher[pick % higher.length]! };
    });
  });

  it('more JP of training', () => {
    // Day 2550 is 2025-12-25, inside the 12 months before AS_OF.
    checkRaise((p, _pick, amount) => ({ ...p, trainings: [...p.trainings, { day: 2550, jp: 1 + (amount % 30) }] }));
  });

  it('more years in the current position', () => {
    checkRaise((p, _pick, amount) => ({ ...p, tmtJabatanDay: Math.max(0, p.tmtJabatanDay - (amount % 2500)) }));
  });

  it('one penalty fewer', () => {
    checkRaise((p, pick) => {
      if (p.penalties.length === 0) return null;
      const drop = pick % p.penalties.length;
      return { ...p, penalties: p.penalties.filter((_, k) => k !== drop) };
    });
  });
});

/** A review of a few employees, and the same records shuffled. */
const arbReview = fc.array(arbProfile, { minLength: 1, maxLength: 6 }).chain((profiles) => {
  const inputs = inputsOf(profiles);
  const permutation = <T>(items: T[]) => fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length });
  return fc.record({
    inputs: fc.constant(inputs),
    shuffled: fc.record({
      units: fc.constant(inputs.units),
      positions: fc.constant(inputs.positions),
      employees: permutation(inputs.employees),
      ratings: permutation(inputs.ratings),
      assessments: permutation(inputs.assessments),
      discipline: permutation(inputs.discipline),
      trainings: permutation(inputs.trainings),
    }),
  });
});

describe('input order never changes the result', () => {
  it('gives identical placements and explanations for shuffled records', () => {
    fc.assert(
      fc.property(arbReview, ({ inputs, shuffled }) => {
        const a = computePlacements({ inputs, asOf: AS_OF, policy: DEFAULT_POLICY });
        const b = computePlacements({ inputs: shuffled, asOf: AS_OF, policy: DEFAULT_POLICY });
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      { numRuns: 300 },
    );
  });

  it('reads the same kinerja years as the succession helper', () => {
    fc.assert(
      fc.property(arbReview, ({ shuffled }) => {
        for (const p of computePlacements({ inputs: shuffled, asOf: AS_OF, policy: DEFAULT_POLICY })) {
          const own = shuffled.ratings.filter((r) => r.employeeId === p.employeeId);
          const years = p.explanation.kinerja.years.map(({ score: _score, ...annual }) => annual);
          expect(annualPredikatWindow(own, AS_OF, DEFAULT_POLICY)).toEqual(years);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('placing now and explaining on demand', () => {
  it('gives the placements, explanations, JPM and kinerja years of computePlacements, in any order of asking', () => {
    fc.assert(
      fc.property(arbReview, fc.integer({ min: 0, max: 2 ** 31 - 1 }), ({ shuffled }, seed) => {
        const eager = computePlacements({ inputs: shuffled, asOf: AS_OF, policy: DEFAULT_POLICY });
        const placed = placeEmployees({ inputs: shuffled, asOf: AS_OF, policy: DEFAULT_POLICY });
        expect(placed.placements).toEqual(eager.map(({ explanation: _explanation, ...core }) => core));
        // Asked out of order and twice: an explanation must not depend on the one built before it.
        const order = eager.map((_, k) => k).sort((a, b) => ((a * 7919 + seed) % 101) - ((b * 7919 + seed) % 101));
        for (const k of [...order, ...order]) {
          expect(placed.explanationAt(k)).toEqual(eager[k]!.explanation);
          expect(placed.jpmAt(k)).toBe(eager[k]!.explanation.potensial.kompetensi?.jpm ?? null);
          const years = eager[k]!.explanation.kinerja.years.map(({ tahun, predikat }) => ({ tahun, predikat }));
          expect(placed.kinerjaYearsAt(k)).toEqual(years);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('placing page by page', () => {
  /** The employees with ids in [from, to) and exactly their rows, as a review reads one keyset page. */
  const pageOf = (inputs: ReviewInputs, from: number, to: number): ReviewInputs => {
    const inPage = (r: { employeeId: number }) => r.employeeId >= from && r.employeeId < to;
    return {
      units: inputs.units,
      positions: inputs.positions,
      employees: inputs.employees.filter((e) => e.id >= from && e.id < to),
      ratings: inputs.ratings.filter(inPage),
      assessments: inputs.assessments.filter(inPage),
      discipline: inputs.discipline.filter(inPage),
      trainings: inputs.trainings.filter(inPage),
    };
  };

  it('gives the placements, explanations, JPM and kinerja years of placing everyone at once, whatever the cuts', () => {
    fc.assert(
      fc.property(arbReview, fc.array(fc.integer({ min: 1, max: 7 }), { maxLength: 4 }), ({ shuffled }, cuts) => {
        const whole = placeEmployees({ inputs: shuffled, asOf: AS_OF, policy: DEFAULT_POLICY });
        const bounds = [1, ...[...cuts].sort((a, b) => a - b), 8];
        const pages = bounds.slice(1).map((to, p) => placeEmployees({ inputs: pageOf(shuffled, bounds[p]!, to), asOf: AS_OF, policy: DEFAULT_POLICY }));
        const joined = joinPlacedPages(pages);
        expect(joined.placements).toEqual(whole.placements);
        for (let k = 0; k < whole.placements.length; k++) {
          expect(joined.explanationAt(k)).toEqual(whole.explanationAt(k));
          expect(joined.jpmAt(k)).toBe(whole.jpmAt(k));
          expect(joined.kinerjaYearsAt(k)).toEqual(whole.kinerjaYearsAt(k));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('refuses pages out of employee id order', () => {
    const inputs = inputsOf([fc.sample(arbProfile, 1)[0]!, fc.sample(arbProfile, 1)[0]!]);
    const first = placeEmployees({ inputs: pageOf(inputs, 1, 2), asOf: AS_OF, policy: DEFAULT_POLICY });
    const second = placeEmployees({ inputs: pageOf(inputs, 2, 3), asOf: AS_OF, policy: DEFAULT_POLICY });
    expect(joinPlacedPages([first, second]).placements.map((p) => p.employeeId)).toEqual([1, 2]);
    expect(() => joinPlacedPages([second, first])).toThrow(RangeError);
    expect(() => joinPlacedPages([first, first])).toThrow(RangeError);
  });
});
