/**
 * The reference search: for one position, evaluate every gate of every active employee with a box, the way the
 * rules read. It is the obvious-and-slow twin of the candidate index (which must return exactly the same
 * answer) and answers "why isn't X on the list?" for a single person.
 */
import type { DisciplineRecord, EmployeeRecord, PositionRecord } from '../types.js';
import {
  buildCandidateFacts,
  factsContext,
  rumpunKey,
  type CandidateFacts,
  type FactsContext,
} from './candidate.facts.js';
import { evaluateGates } from './gates/index.js';
import { assessJalur } from './gates/jalur.gate.js';
import { emptyOutcome, toNearMiss, toSlateEntry, type SlateOutcome } from './slate.entry.js';
import { compareBase, compareForSlate, kesesuaianOf, readinessOf, type TargetPlace } from './slate.rank.js';
import { isSlateTarget, type SlateTarget } from './succession.params.js';
import { groupByEmployee } from './succession.context.js';
import type {
  GateResult,
  JenisSuksesi,
  Kesesuaian,
  Readiness,
  SuccessionInputs,
  SuccessionPlacement,
} from './succession.types.js';
import { opdByUnit } from './unit.tree.js';

interface ScanCandidate {
  facts: CandidateFacts;
  gates: GateResult[];
}

interface ScanLookups {
  positionsById: Map<number, PositionRecord>;
  opd: Map<number, number>;
  placements: Map<number, SuccessionPlacement>;
  discipline: Map<number, DisciplineRecord[]>;
  ctx: FactsContext;
}

function scanLookups(inputs: SuccessionInputs): ScanLookups {
  return {
    positionsById: new Map(inputs.positions.map((p) => [p.id, p])),
    opd: opdByUnit(inputs.units),
    placements: new Map(inputs.placements.map((p) => [p.employeeId, p])),
    discipline: groupByEmployee(inputs.discipline),
    ctx: factsContext(inputs.asOf, inputs.params),
  };
}

function factsOf(inputs: SuccessionInputs, employee: EmployeeRecord, lookups: ScanLookups): CandidateFacts | null {
  const position = lookups.positionsById.get(employee.positionId);
  if (!position) return null;
  return buildCandidateFacts({
    employee,
    position,
    opdUnitId: lookups.opd.get(position.unitId) ?? null,
    placement: lookups.placements.get(employee.id),
    annualPredikat: inputs.annualPredikat.get(employee.id),
    discipline: lookups.discipline.get(employee.id),
    ctx: lookups.ctx,
  });
}

function placeOf(position: PositionRecord, opd: Map<number, number>): TargetPlace {
  return { opdUnitId: opd.get(position.unitId) ?? null, rumpunKey: rumpunKey(position.rumpun) };
}

/**
 * Scans every employee for one position. Quadratic in spirit: meant for tests, validation and single-position
 * questions, not for a whole review.
 */
export function scanPositionCandidates({
  inputs,
  positionId,
}: {
  inputs: SuccessionInputs;
  positionId: number;
}): SlateOutcome {
  const { asOf, params } = inputs;
  const position = inputs.positions.find((p) => p.id === positionId);
  if (!position || !isSlateTarget(position.jenisJabatan)) return emptyOutcome();
  const target: SlateTarget = position.jenisJabatan;
  const lookups = scanLookups(inputs);
  const place = placeOf(position, lookups.opd);
  const eligible: ScanCandidate[] = [];
  const nearMisses: ScanCandidate[] = [];
  for (const employee of inputs.employees) {
    if (employee.positionId === position.id) continue;
    const facts = factsOf(inputs, employee, lookups);
    if (!facts || facts.box === null) continue;
    const gates = evaluateGates({ candidate: facts, target, asOf, params });
    const failed = gates.filter((g) => !g.passed);
    if (failed.length === 0) eligible.push({ facts, gates });
    else if (failed.length === 1 && params.poolBoxes.includes(facts.box)) nearMisses.push({ facts, gates });
  }
  eligible.sort((a, b) => compareForSlate({ a: a.facts, b: b.facts, target: place, params }));
  nearMisses.sort((a, b) => compareBase(a.facts, b.facts, params));
  const limit = params.nearMissLimit ?? nearMisses.length;
  return {
    eligibleCount: eligible.length,
    readyNowCount: eligible.filter((c) => readinessOf({ box: c.facts.box ?? 0, params }) === 'SIAP_SEKARANG').length,
    slate: eligible
      .slice(0, Math.max(0, params.slateLimit))
      .map((c, k) => toSlateEntry({ rank: k + 1, candidate: c.facts, gates: c.gates, target, place, params })),
    nearMissCount: nearMisses.length,
    nearMisses: nearMisses
      .slice(0, limit)
      .map((c) => toNearMiss({ candidate: c.facts, failed: c.gates.find((g) => !g.passed) as GateResult })),
  };
}

/** Why an employee is, or is not, a successor for a position. */
export interface CandidacyExplanation {
  employeeId: number;
  positionId: number;
  /** True when the employee holds the position (an incumbent is never its own candidate). */
  holdsPosition: boolean;
  /** Null when the position's jenis gets no slate. */
  target: SlateTarget | null;
  gates: GateResult[];
  eligible: boolean;
  readiness: Readiness | null;
  kesesuaian: Kesesuaian | null;
  jenis: JenisSuksesi | null;
}

/**
 * Evaluates every gate of one employee against one position.
 * @returns null when the employee, the position or the employee's own position is unknown
 */
export function explainCandidacy({
  inputs,
  employeeId,
  positionId,
}: {
  inputs: SuccessionInputs;
  employeeId: number;
  positionId: number;
}): CandidacyExplanation | null {
  const { asOf, params } = inputs;
  const position = inputs.positions.find((p) => p.id === positionId);
  const employee = inputs.employees.find((e) => e.id === employeeId);
  if (!position || !employee) return null;
  const lookups = scanLookups(inputs);
  const facts = factsOf(inputs, employee, lookups);
  if (!facts) return null;
  const target = isSlateTarget(position.jenisJabatan) ? position.jenisJabatan : null;
  const gates = target === null ? [] : evaluateGates({ candidate: facts, target, asOf, params });
  const holdsPosition = employee.positionId === position.id;
  const eligible = target !== null && !holdsPosition && gates.every((g) => g.passed);
  return {
    employeeId,
    positionId,
    holdsPosition,
    target,
    gates,
    eligible,
    readiness: facts.box === null ? null : readinessOf({ box: facts.box, params }),
    kesesuaian: kesesuaianOf({ candidate: facts, target: placeOf(position, lookups.opd) }),
    jenis: target === null ? null : assessJalur({ candidate: facts, target, params }).jenis,
  };
}
