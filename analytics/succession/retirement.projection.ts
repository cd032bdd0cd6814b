/**
 * Retirement projection: which critical positions lose their incumbent to BUP within each horizon, and whether a
 * ready-now successor is waiting.
 */
import { addMonths } from '../domain/dates.js';
import type { UnitRecord } from '../types.js';
import { DEFAULT_SUCCESSION_PARAMS, type SuccessionParams } from './succession.params.js';
import type { PositionSuccession, ProjectedPosition, ProjectionHorizon, RetirementProjection } from './succession.types.js';
import { subtreeUnitIds } from './unit.tree.js';

/** Code-unit order: the same on every machine, unlike localeCompare. */
const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * For each horizon H (default 6, 12, 24 months): critical positions whose incumbent retires on or before asOf + H,
 * and how many of them have at least one SIAP_SEKARANG successor. Horizons are cumulative (24 includes 6).
 */
export function retirementProjection({
  positions,
  units,
  asOf,
  params = DEFAULT_SUCCESSION_PARAMS,
  unitId,
}: {
  positions: readonly PositionSuccession[];
  units: readonly UnitRecord[];
  asOf: string;
  /** @defaultValue DEFAULT_SUCCESSION_PARAMS (horizons 6, 12, 24 months) */
  params?: Pick<SuccessionParams, 'projectionHorizonsMonths'>;
  /** Root of the subtree; omitted or null for the whole instansi. */
  unitId?: number | null;
}): RetirementProjection {
  const scope = unitId === undefined || unitId === null ? null : subtreeUnitIds(units, unitId);
  const retiring = positions
    .filter((p) => p.kritikal && p.incumbentRetirementDate !== null && (scope === null || scope.has(p.unitId)))
    .map(
      (p): ProjectedPosition => ({
        positionId: p.positionId,
        kode: p.kode,
        nama: p.nama,
        incumbentEmployeeId: p.incumbentEmployeeId,
        retirementDate: p.incumbentRetirementDate as string,
        readyNowCount: p.readyNowCount,
        covered: p.readyNowCount > 0,
      }),
    );
  return {
    asOf,
    unitId: scope === null ? null : (unitId ?? null),
    horizons: projectionHorizons(retiring, asOf, params.projectionHorizonsMonths),
  };
}

/**
 * The cumulative horizons over retiring positions: for each H, those retiring on or before asOf + H, by retirement
 * date then kode, and how many of them are covered.
 */
export function projectionHorizons<P extends { kode: string; retirementDate: string; covered: boolean }>(
  retiring: readonly P[],
  asOf: string,
  horizonsMonths: readonly number[],
): Array<ProjectionHorizon<P>> {
  const ordered = [...retiring].sort((a, b) => byString(a.retirementDate, b.retirementDate) || byString(a.kode, b.kode));
  return horizonsMonths.map((months) => {
    const cutoff = addMonths(asOf, months);
    const within = ordered.filter((p) => p.retirementDate <= cutoff);
    const covered = within.filter((p) => p.covered).length;
    const uncovered = within.length - covered;
    return { months, cutoff, losingIncumbent: within.length, covered, uncovered, positions: within };
  });
}
