import { describe, expect, it } from 'vitest';
import type { UnitRecord } from '../types.js';
import { addMonths } from '../domain/dates.js';
import { buildUnitTree, subtreeIds } from '../domain/unit-tree.js';
import { benchMetrics } from './bench.metrics.js';
import { retirementProjection } from './retirement.projection.js';
import type { PositionSuccession, SlateEntry } from './succession.types.js';
import { subtreeBench, subtreeProjection, unitSuccessionSummaries } from './unit.summaries.js';

/** mulberry32: a small seeded PRNG, so every case can be replayed from its seed. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), chance: (p: number) => next() < p };
}

const AS_OF = '2026-01-15';

/** A random forest of units and positions whose slates share a small pool of people (so some hold many). */
function scenario(seed: number) {
  const r = prng(seed);
  const units: UnitRecord[] = [];
  const unitCount = 1 + r.int(40);
  for (let id = 1; id <= unitCount; id++) {
    const parentId = id === 1 || r.chance(0.1) ? null : 1 + r.int(id - 1);
    units.push({ id, kode: `U${id}`, nama: `Unit ${id}`, parentId });
  }
  const params = {
    overloadThreshold: 1 + r.int(4),
    projectionHorizonsMonths: r.chance(0.5) ? [6, 12, 24] : [1 + r.int(6), 12 + r.int(30)],
  };
  // Some incumbents retire exactly on a horizon's cutoff (inside it) or the day after (outside).
  const edges = params.projectionHorizonsMonths.flatMap((m) => {
    const cutoff = addMonths(AS_OF, m);
    const after = new Date(`${cutoff}T00:00:00Z`);
    after.setUTCDate(after.getUTCDate() + 1);
    return [cutoff, after.toISOString().slice(0, 10)];
  });
  const retirement = () => (r.chance(0.3) ? edges[r.int(edges.length)]! : `${2025 + r.int(5)}-${String(1 + r.int(12)).padStart(2, '0')}-01`);
  const people = 3 + r.int(30);
  const positions: PositionSuccession[] = [];
  const positionCount = r.int(120);
  for (let positionId = 1; positionId <= positionCount; positionId++) {
    const kritikal = r.chance(0.7);
    const hasSlate = kritikal && r.chance(0.8);
    const slate = hasSlate
      ? [...new Set(Array.from({ length: r.int(6) }, () => 1 + r.int(people)))].map(
          (employeeId, i) => ({ employeeId, nip: `19800101200501${String(1000 + employeeId)}`, rank: i + 1 }) as unknown as SlateEntry,
        )
      : [];
    const readyNowCount = slate.length === 0 ? 0 : r.int(slate.length + 1);
    positions.push({
      positionId,
      // Kodes drawn with repeats of the date, so the projection's order must fall back to the kode.
      kode: `P${String(r.int(1000)).padStart(3, '0')}-${positionId}`,
      nama: `Jabatan ${positionId}`,
      jenisJabatan: hasSlate ? 'ADMINISTRATOR' : 'PELAKSANA',
      unitId: 1 + r.int(unitCount),
      kritikal,
      incumbentEmployeeId: r.chance(0.8) ? 1000 + positionId : null,
      incumbentRetirementDate: r.chance(0.3) ? null : retirement(),
      hasSlate,
      eligibleCount: slate.length + r.int(5),
      readyNowCount,
      slate,
      nearMissCount: 0,
      nearMisses: [],
      risks: [],
    });
  }
  return { r, units, positions, params };
}

describe('unit succession summaries', () => {
  it('add up, over the units of any subtree, to the bench metrics and projection the engine computes for it', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const { r, units, positions, params } = scenario(seed);
      const summaries = unitSuccessionSummaries({ positions, asOf: AS_OF, params });
      const tree = buildUnitTree(units);
      // The whole instansi, every unit's subtree, and an arbitrary set of units (a reorganised tree groups units
      // the review never saw together).
      const scopes: Array<{ unitId: number | null; ids: Set<number> | null }> = [
        { unitId: null, ids: null },
        ...units.map((u) => ({ unitId: u.id, ids: new Set(subtreeIds(tree, u.id)) })),
        { unitId: null, ids: new Set(units.filter(() => r.chance(0.5)).map((u) => u.id)) },
      ];
      for (const scope of scopes) {
        const inScope = scope.ids === null ? summaries : summaries.filter((s) => scope.ids!.has(s.unitId));
        const within = scope.ids === null ? positions : positions.filter((p) => scope.ids!.has(p.unitId));
        const metrics = benchMetrics({ positions: within, units, unitId: null, params });
        const projection = retirementProjection({ positions: within, units, asOf: AS_OF, unitId: null, params });
        const what = `seed ${seed}, unit ${scope.unitId}`;
        expect(subtreeBench(inScope, params), what).toEqual({
          criticalPositions: metrics.criticalPositions,
          positionsWithReadyNow: metrics.positionsWithReadyNow,
          pctWithReadyNow: metrics.pctWithReadyNow,
          meanEligible: metrics.meanEligible,
          overloadedSuccessors: metrics.overloadedSuccessors,
        });
        expect(subtreeProjection(inScope, AS_OF, params), what).toEqual(
          projection.horizons.map((h) => ({
            ...h,
            positions: h.positions.map((p) => ({ kode: p.kode, nama: p.nama, retirementDate: p.retirementDate, readyNowCount: p.readyNowCount, covered: p.covered })),
          })),
        );
      }
    }
  });

  it('keep only what a read needs: no unit without a critical position, no slate count of someone who cannot be overloaded', () => {
    const { positions, params } = scenario(42);
    const summaries = unitSuccessionSummaries({ positions, asOf: AS_OF, params: { ...params, overloadThreshold: 3 } });
    const criticalUnits = new Set(positions.filter((p) => p.kritikal).map((p) => p.unitId));
    expect(new Set(summaries.map((s) => s.unitId))).toEqual(criticalUnits);
    const held = new Map<number, number>();
    for (const p of positions) if (p.kritikal && p.hasSlate) for (const e of p.slate) held.set(e.employeeId, (held.get(e.employeeId) ?? 0) + 1);
    for (const s of summaries) for (const [employeeId] of s.slateLoads) expect(held.get(employeeId)).toBeGreaterThanOrEqual(3);
  });
});
