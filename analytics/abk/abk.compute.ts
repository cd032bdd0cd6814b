/**
 * The whole Neraca Pegawai of one instansi at asOf: need per position, balance, unit roll-ups, outlook, vacancy
 * priorities and named redistribution. Pure: the same inputs give the same result, whatever the order of the arrays.
 */
import { opdByUnit } from '../succession/unit.tree.js';
import type { SuccessionPlacement } from '../succession/succession.types.js';
import type { DisciplineRecord, EmployeeRecord } from '../types.js';
import type { AbkInputs, AbkPositionRecord, AbkResult, PositionBalance, PositionOutlook } from './abk.types.js';
import { balanceTotals, positionBalance } from './balance.compute.js';
import { holdersByPosition } from './holders.js';
import { outlookTotals, outlookYears, positionOutlook } from './outlook.compute.js';
import { vacancyPriorities } from './priorities.compute.js';
import { redistribution } from './redistribution.compute.js';
import { unitBalances } from './unit.rollup.js';
import { abkYear, positionNeeds } from './workload.compute.js';

const byKode = (a: { kode: string }, b: { kode: string }) => (a.kode < b.kode ? -1 : a.kode > b.kode ? 1 : 0);

function byId<T extends { id: number }>(rows: readonly T[]): Map<number, T> {
  return new Map(rows.map((r) => [r.id, r]));
}

function groupDiscipline(rows: readonly DisciplineRecord[]): Map<number, DisciplineRecord[]> {
  const out = new Map<number, DisciplineRecord[]>();
  for (const r of rows) {
    const list = out.get(r.employeeId);
    if (list) list.push(r);
    else out.set(r.employeeId, [r]);
  }
  return out;
}

export function computeAbk(inputs: AbkInputs): AbkResult {
  const { asOf, params } = inputs;
  const tahun = abkYear({ needs: inputs.needs, tasks: inputs.tasks, asOf, requested: inputs.tahun });
  if (tahun === null) {
    return {
      asOf,
      tahun: null,
      positions: [],
      units: [],
      total: balanceTotals([], params),
      outlook: { years: [], positions: [], totals: [] },
      priorities: [],
      redistribution: [],
    };
  }
  const positions = byId<AbkPositionRecord>(inputs.positions);
  const needs = positionNeeds({ needs: inputs.needs, tasks: inputs.tasks, tahun, policy: params });
  const holders = holdersByPosition({ employees: inputs.employees, positions, asOf, params: params.succession });

  const balances: PositionBalance[] = [];
  for (const [positionId, need] of needs) {
    const position = positions.get(positionId);
    if (position === undefined) continue;
    balances.push(positionBalance({ position, need, holders: holders.get(positionId), policy: params }));
  }
  balances.sort(byKode);

  const years = outlookYears({ tahun, asOf, horizonYears: params.horizonYears });
  const outlooks: PositionOutlook[] = balances.map((balance) =>
    positionOutlook({ balance, holders: holders.get(balance.positionId), years, policy: params }),
  );
  const outlookById = new Map(outlooks.map((o) => [o.positionId, o]));

  return {
    asOf,
    tahun,
    positions: balances,
    units: unitBalances({ units: inputs.units, positions: balances, policy: params }),
    total: balanceTotals(balances, params),
    outlook: { years, positions: outlooks, totals: outlookTotals(years, outlooks) },
    priorities: vacancyPriorities({
      balances,
      outlooks: outlookById,
      holders,
      succession: new Map(inputs.succession.map((s) => [s.positionId, s])),
      asOf,
      params,
    }),
    redistribution: redistribution(balances, {
      asOf,
      policy: params.redistribution,
      positions,
      holders,
      employees: byId<EmployeeRecord>(inputs.employees),
      discipline: groupDiscipline(inputs.discipline),
      placements: new Map<number, SuccessionPlacement>(inputs.placements.map((p) => [p.employeeId, p])),
      opdOfUnit: opdByUnit(inputs.units),
    }),
  };
}
