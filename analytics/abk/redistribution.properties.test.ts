/**
 * Property: on generated instansi, redistribution never names someone who may not move (PP 11/2017 Pasal 190–191 as
 * the policy applies it), and pairing never moves more than a position has over or lacks. Every rule is checked here
 * from the raw inputs, independently of the engine's own eligibility code.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, wholeYearsBetween } from '../domain/dates.js';
import { computeAbk } from './abk.compute.js';
import { buildAbkInputs, need, paramsWith, position, unit, type PersonSpec } from './abk.test-utils.js';
import type { AbkPositionRecord } from './abk.types.js';

const NAMES = ['Analis SDM Aparatur', 'analis sdm aparatur.', 'Perawat', 'Pengelola Keuangan'];
const UNITS = [unit(1, 'PEMDA', null), unit(2, 'A', 1), unit(3, 'B', 1), unit(4, 'C', 2)];

const isoDate = (from: number, to: number) =>
  fc.record({ y: fc.integer({ min: from, max: to }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) }).map(
    ({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  );

const positionArb = fc.record({
  nama: fc.constantFrom(...NAMES),
  unitId: fc.integer({ min: 1, max: 4 }),
  ahliMadya: fc.boolean(),
  kebutuhan: fc.integer({ min: 0, max: 6 }),
});

const personArb = fc.record({
  slot: fc.nat(),
  pppk: fc.boolean(),
  tanggalLahir: fc.option(isoDate(1964, 1972).map((d) => d.slice(0, 8) + '15'), { freq: 8 }),
  tmtJabatan: isoDate(2015, 2026),
  box: fc.option(fc.constantFrom(1, 2, 3, 4, 5, 6, 7, 8, 9 as const), { freq: 4 }),
  penalty: fc.option(fc.record({ mulai: isoDate(2023, 2026), months: fc.option(fc.integer({ min: 1, max: 36 })) }), { freq: 3 }),
});

const policyArb = fc.record({
  minYearsInPost: fc.integer({ min: 0, max: 4 }),
  allowUnderMinYears: fc.boolean(),
  retirementMarginMonths: fc.integer({ min: 0, max: 24 }),
});

/** Pension date from the rules as published: the 1st of the month after the BUP birthday (58; 60 for JF Ahli Madya). */
function pensionOf(tanggalLahir: string, bup: number): string {
  const y = Number(tanggalLahir.slice(0, 4)) + bup;
  const m = Number(tanggalLahir.slice(5, 7));
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

describe('named redistribution on generated data', () => {
  it('never names an ineligible person and never moves more than a position has over or lacks', () => {
    fc.assert(
      fc.property(
        fc.array(positionArb, { minLength: 2, maxLength: 8 }),
        fc.array(personArb, { maxLength: 60 }),
        policyArb,
        // Pension dates fall on the 1st: an asOf on the 1st puts some exactly on the retirement bound.
        fc.constantFrom('2026-06-30', '2026-07-01', '2025-12-01'),
        (specs, personSpecs, redistributionPolicy, AS_OF) => {
          const positions: AbkPositionRecord[] = specs.map((s, i) =>
            position({
              id: i + 1,
              kode: `P${i + 1}`,
              nama: s.nama,
              unitId: s.unitId,
              ...(s.ahliMadya ? { jenisJabatan: 'FUNGSIONAL', jenjangJf: 'AHLI_MADYA' } : {}),
            }),
          );
          const people: PersonSpec[] = personSpecs.map((p, i) => ({
            id: 1000 + i,
            positionId: (p.slot % positions.length) + 1,
            jenisPegawai: p.pppk ? 'PPPK' : 'PNS',
            tanggalLahir: p.tanggalLahir,
            tmtJabatan: p.tmtJabatan,
            box: p.box,
            discipline: p.penalty
              ? [{ tingkat: 'SEDANG', jenis: null, tmtMulai: p.penalty.mulai, tmtSelesai: p.penalty.months === null ? null : addMonths(p.penalty.mulai, p.penalty.months) }]
              : [],
          }));
          const result = computeAbk(
            buildAbkInputs({
              units: UNITS,
              positions,
              people,
              needs: specs.map((s, i) => need(i + 1, s.kebutuhan)),
              asOf: AS_OF,
              params: paramsWith({ abk: { redistribution: redistributionPolicy } }),
            }),
          );
          const balance = new Map(result.positions.map((b) => [b.positionId, b]));
          const personOf = new Map(people.map((p) => [p.id, p]));
          const movedOut = new Map<number, number>();
          const movedIn = new Map<number, number>();
          const proposed = new Set<number>();
          for (const jabatan of result.redistribution) {
            for (const move of jabatan.moves) {
              const from = balance.get(move.from.positionId);
              const to = balance.get(move.to.positionId);
              expect(from?.jabatanKey).toBe(jabatan.jabatanKey);
              expect(to?.jabatanKey).toBe(jabatan.jabatanKey);
              movedOut.set(move.from.positionId, (movedOut.get(move.from.positionId) ?? 0) + move.jumlah);
              movedIn.set(move.to.positionId, (movedIn.get(move.to.positionId) ?? 0) + move.jumlah);
              expect(move.candidates.filter((c) => c.disarankan).length).toBe(move.jumlah - move.tanpaKandidat);
              const fromPosition = positions[move.from.positionId - 1] as AbkPositionRecord;
              const bup = fromPosition.jenjangJf === 'AHLI_MADYA' ? 60 : 58;
              for (const c of move.candidates) {
                const person = personOf.get(c.employeeId) as PersonSpec;
                expect(person.positionId).toBe(move.from.positionId);
                expect(person.jenisPegawai).toBe('PNS');
                expect((person.tmtJabatan as string) <= AS_OF).toBe(true);
                expect(person.tanggalLahir).not.toBeNull();
                expect(pensionOf(person.tanggalLahir as string, bup) > addMonths(AS_OF, redistributionPolicy.retirementMarginMonths)).toBe(true);
                const running = (person.discipline ?? []).some((d) => d.tmtMulai <= AS_OF && (d.tmtSelesai === null || AS_OF < d.tmtSelesai));
                expect(running).toBe(false);
                const under = wholeYearsBetween(person.tmtJabatan as string, AS_OF) < redistributionPolicy.minYearsInPost;
                if (under) expect(redistributionPolicy.allowUnderMinYears).toBe(true);
                expect(c.flags.includes('KURANG_MASA_JABATAN')).toBe(under);
                if (c.disarankan) {
                  expect(proposed.has(c.employeeId)).toBe(false);
                  proposed.add(c.employeeId);
                }
              }
            }
          }
          for (const b of result.positions) {
            expect(movedOut.get(b.positionId) ?? 0).toBeLessThanOrEqual(b.lebih);
            expect(movedIn.get(b.positionId) ?? 0).toBeLessThanOrEqual(b.kurang);
          }
          expect(result.total.kurang).toBe(result.positions.reduce((s, b) => s + b.kurang, 0));
          expect(result.total.lebih).toBe(result.positions.reduce((s, b) => s + b.lebih, 0));
        },
      ),
      { numRuns: 300 },
    );
  });
});
